package app.alongside.charter.view;

import app.alongside.principle.PrinciplesView;

import java.util.List;
import java.util.Objects;

/**
 * What the charter macro shows, in the viewer's words: the group, its status, how it decides, its principles, each
 * commitment's live state with reasons and evidence, who has signed (alphabetically, as equals, no roles), where the
 * viewer stands, the check-in trend and the page history. Every string is plain text; the template escapes it.
 */
public record CharterView(String group, String statusValue, String statusText, boolean reviewDue, String reviewText,
                          String ruleText, boolean hasPrinciples, PrinciplesView principles, String noPrinciplesText,
                          List<CommitmentView> commitments, List<SignerView> signers, String signersText,
                          String viewerText, boolean viewerMayAct, List<TrendRow> trend, List<String> trendPeriods,
                          List<PeriodComments> comments, String trendText, String historyHref, List<String> problems,
                          Words words) {

    public CharterView {
        Objects.requireNonNull(group, "group");
        commitments = List.copyOf(commitments);
        signers = List.copyOf(signers);
        trend = List.copyOf(trend);
        trendPeriods = List.copyOf(trendPeriods);
        comments = List.copyOf(comments);
        problems = List.copyOf(problems);
        Objects.requireNonNull(words, "words");
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    public boolean hasCommitments() {
        return !commitments.isEmpty();
    }

    public boolean hasSigners() {
        return !signers.isEmpty();
    }

    public boolean hasTrend() {
        return !trendPeriods.isEmpty();
    }

    /** One commitment: what it promises, its state in words (never an icon alone), why, and the decisions behind it. */
    public record CommitmentView(String name, String stateValue, String stateText, List<String> reasons,
                                 List<EvidenceView> evidence) {
        public CommitmentView {
            reasons = List.copyOf(reasons);
            evidence = List.copyOf(evidence);
        }

        public boolean hasEvidence() {
            return !evidence.isEmpty();
        }
    }

    /** One decision behind a state: a link to its page, its title, the date that matters, and what counts. */
    public record EvidenceView(String href, String title, String date, String note) {
    }

    /** One member who signed, by name only; {@code earlier} when they signed an earlier version of the page. */
    public record SignerView(String name, boolean earlier) {
    }

    /** One principle's row in the trend table: a cell per period, a mean or why it is not shown. */
    public record TrendRow(String principle, List<String> cells) {
        public TrendRow {
            cells = List.copyOf(cells);
        }
    }

    /** A period's comments, without names, sorted; or why they are not shown. */
    public record PeriodComments(String period, List<String> comments, String notShownText) {
        public PeriodComments {
            comments = List.copyOf(comments);
        }

        public boolean shown() {
            return notShownText.isEmpty();
        }
    }

    /** The fixed words of the charter's template. */
    public record Words(String statusLabel, String ruleHeading, String principlesHeading, String commitmentsHeading,
                        String noCommitments, String reasonsLabel, String evidenceSummary, String signedHeading,
                        String earlierVersion, String checkInHeading, String trendCaption, String principleColumn,
                        String commentsHeading, String historyLink, String problemsHeading) {
    }
}
