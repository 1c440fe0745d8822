package app.alongside.decision.view;

import java.util.List;
import java.util.Objects;

/**
 * What a decision card shows, in words: the title with its anchors, the status, the dates and claimed level, who
 * took part at each stage, every "you said" with its "we did", whether the loop is closed, and what to fix in how
 * the decision was written, and where the record places it on the ladder ({@code placement}, null when not
 * placed). The outcome itself is formatted text that the adapter renders from the page.
 *
 * <p>Status, stages and responses carry a {@code value} (the stored parameter value) for styling, and always a
 * name in words: nothing is said by colour alone.
 */
public record DecisionCardView(String anchorId, String idAnchorId, String title, boolean untitled,
                               String statusLabel, String statusValue, String statusName,
                               List<Fact> facts, boolean hasOutcome, List<StageView> stages,
                               String loopValue, String loopSummary, List<ContributionView> contributions,
                               List<String> problems, CardWords words, PlacementView placement) {

    /** A card without a ladder placement (a decision shown outside a space). */
    public DecisionCardView(String anchorId, String idAnchorId, String title, boolean untitled, String statusLabel,
                            String statusValue, String statusName, List<Fact> facts, boolean hasOutcome,
                            List<StageView> stages, String loopValue, String loopSummary,
                            List<ContributionView> contributions, List<String> problems, CardWords words) {
        this(anchorId, idAnchorId, title, untitled, statusLabel, statusValue, statusName, facts, hasOutcome, stages,
                loopValue, loopSummary, contributions, problems, words, null);
    }

    public DecisionCardView {
        Objects.requireNonNull(anchorId, "anchorId");
        idAnchorId = idAnchorId == null || idAnchorId.equals(anchorId) ? "" : idAnchorId;
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(statusLabel, "statusLabel");
        Objects.requireNonNull(statusValue, "statusValue");
        Objects.requireNonNull(statusName, "statusName");
        facts = List.copyOf(facts);
        stages = List.copyOf(stages);
        Objects.requireNonNull(loopValue, "loopValue");
        Objects.requireNonNull(loopSummary, "loopSummary");
        contributions = List.copyOf(contributions);
        problems = List.copyOf(problems);
        Objects.requireNonNull(words, "words");
    }

    /** Whether the card places the decision on the ladder (it does wherever the totals can be worked out). */
    public boolean hasPlacement() {
        return placement != null;
    }

    /** This card with its ladder placement. */
    public DecisionCardView withPlacement(PlacementView placement) {
        return new DecisionCardView(anchorId, idAnchorId, title, untitled, statusLabel, statusValue, statusName, facts,
                hasOutcome, stages, loopValue, loopSummary, contributions, problems, words, placement);
    }

    /** A second anchor from the decision's own {@code id} parameter, when it differs from the title's. */
    public boolean hasIdAnchor() {
        return !idAnchorId.isEmpty();
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    public boolean hasContributions() {
        return !contributions.isEmpty();
    }

    /** One labelled fact: a date (with its ISO form for {@code <time>}), the claimed level, what superseded it. */
    public record Fact(String label, String value, String datetime, String note) {
        public Fact {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
            datetime = datetime == null ? "" : datetime;
            note = note == null ? "" : note;
        }

        public boolean hasDatetime() {
            return !datetime.isEmpty();
        }

        /** A marker shown next to the value in words, such as "Due for review". */
        public boolean hasNote() {
            return !note.isEmpty();
        }
    }

    /**
     * A stage and the people recorded at it, in the order the page names them. {@code totals} is the stage's
     * suppressed lived-experience total in words ("Lived experience: 3 of 7 people"), shown as a line of its own
     * after the list, never next to a name; empty when the card shows no totals.
     */
    public record StageView(String value, String name, List<PersonView> people, String totals) {
        public StageView {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(name, "name");
            people = List.copyOf(people);
            totals = totals == null ? "" : totals;
        }

        /** A stage without a totals line. */
        public StageView(String value, String name, List<PersonView> people) {
            this(value, name, people, "");
        }

        public boolean hasPeople() {
            return !people.isEmpty();
        }

        public boolean hasTotals() {
            return !totals.isEmpty();
        }

        public int count() {
            return people.size();
        }
    }

    /** A "you said" and its "we did". {@code by} is "Anonymous" in words when nobody is named. */
    public record ContributionView(int number, PersonView by, boolean anonymous, String said, String saidOn,
                                   String saidOnIso, String responseValue, String responseName, String answerLabel,
                                   String answer, String answeredOn, String answeredOnIso, boolean answered) {
        public ContributionView {
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(said, "said");
            saidOn = saidOn == null ? "" : saidOn;
            saidOnIso = saidOnIso == null ? "" : saidOnIso;
            Objects.requireNonNull(responseValue, "responseValue");
            Objects.requireNonNull(responseName, "responseName");
            answerLabel = answerLabel == null ? "" : answerLabel;
            answer = answer == null ? "" : answer;
            answeredOn = answeredOn == null ? "" : answeredOn;
            answeredOnIso = answeredOnIso == null ? "" : answeredOnIso;
        }

        public boolean hasSaid() {
            return !said.isEmpty();
        }

        public boolean hasSaidOn() {
            return !saidOn.isEmpty();
        }

        public boolean hasAnswer() {
            return !answer.isEmpty();
        }

        public boolean hasAnsweredOn() {
            return !answeredOn.isEmpty();
        }
    }

    /** The card's fixed words: headings and labels. */
    public record CardWords(String problemsHeading, String outcomeHeading, String noOutcome, String stagesHeading,
                            String nobodyRecorded, String youSaidHeading, String contributionLabel,
                            String saidByLabel, String saidOnLabel, String nothingSaid, String responseLabel,
                            String answeredOnLabel, String waitingForAnswer) {
        public CardWords {
            Objects.requireNonNull(problemsHeading, "problemsHeading");
            Objects.requireNonNull(outcomeHeading, "outcomeHeading");
            Objects.requireNonNull(noOutcome, "noOutcome");
            Objects.requireNonNull(stagesHeading, "stagesHeading");
            Objects.requireNonNull(nobodyRecorded, "nobodyRecorded");
            Objects.requireNonNull(youSaidHeading, "youSaidHeading");
            Objects.requireNonNull(contributionLabel, "contributionLabel");
            Objects.requireNonNull(saidByLabel, "saidByLabel");
            Objects.requireNonNull(saidOnLabel, "saidOnLabel");
            Objects.requireNonNull(nothingSaid, "nothingSaid");
            Objects.requireNonNull(responseLabel, "responseLabel");
            Objects.requireNonNull(answeredOnLabel, "answeredOnLabel");
            Objects.requireNonNull(waitingForAnswer, "waitingForAnswer");
        }
    }
}
