package app.alongside.decision.view;

import app.alongside.decision.Contribution;
import app.alongside.decision.Decision;
import app.alongside.decision.DecisionStatus;
import app.alongside.decision.LoopState;
import app.alongside.decision.ParsedDecision;
import app.alongside.decision.Response;
import app.alongside.decision.Stage;
import app.alongside.evidence.Reason;
import app.alongside.ladder.LadderPlacement;
import app.alongside.ladder.LadderRung;
import app.alongside.signal.Acknowledgement;
import app.alongside.signal.Signal;
import app.alongside.signal.SignalKind;
import app.alongside.people.PersonRef;
import app.alongside.perspective.SuppressedCount;
import app.alongside.text.Messages;
import app.alongside.validation.Problem;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** Builds decision cards and their blocks in the viewer's words. Never names a role. */
public final class DecisionViews {

    private final Messages messages;

    public DecisionViews(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /**
     * The card for a decision read from a macro. {@code idParameter} is the macro's own {@code id} (blank if none);
     * {@code today} decides whether the review is due.
     */
    public DecisionCardView card(ParsedDecision parsed, String idParameter, People people, LocalDate today) {
        return card(parsed, idParameter, people, today, null);
    }

    /**
     * The card with a lived-experience total for each stage that has people, as a line after the stage's list
     * ("Lived experience: 3 of 7 people", or "not shown" with the reason). {@code totals} null: no totals lines.
     */
    public DecisionCardView card(ParsedDecision parsed, String idParameter, People people, LocalDate today,
                                 StageTotals totals) {
        Decision decision = parsed.decision();
        boolean untitled = decision.title().isBlank();
        String title = untitled ? messages.text("alongside.decision.untitled") : decision.title();
        String idAnchor = idParameter == null || idParameter.isBlank() ? "" : DecisionAnchors.forId(idParameter);

        List<DecisionCardView.StageView> stages = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            DecisionCardView.StageView view = stage(stage, decision.peopleAt(stage), people);
            if (totals != null && view.hasPeople()) {
                view = new DecisionCardView.StageView(view.value(), view.name(), view.people(),
                        totals.at(stage).map(this::totalsLine)
                                .orElseGet(() -> messages.text("alongside.decision.totals.unavailable")));
            }
            stages.add(view);
        }
        List<DecisionCardView.ContributionView> contributions = new ArrayList<>();
        for (Contribution contribution : decision.contributions()) {
            contributions.add(contribution(contributions.size() + 1, contribution, people));
        }
        return new DecisionCardView(DecisionAnchors.forTitle(decision.title()), idAnchor, title, untitled,
                messages.text("alongside.decision.status.label"), decision.status().parameterValue(),
                messages.text(decision.status().nameKey()), facts(decision, today),
                !decision.outcomeStorage().isBlank(), stages, loopValue(decision.loop()),
                loopSummary(decision), contributions, problems(parsed.problems()), words());
    }

    /**
     * The decision's place on the ladder in words, with its signals. {@code acknowledged}: the group's
     * acknowledgements by kind; {@code names}: a user key to the name Confluence shows; {@code zone}: the server's,
     * for the day an acknowledgement was made; {@code post}: where the acknowledge form posts, null when the reader
     * may not acknowledge (acknowledgements still show).
     */
    public PlacementView placement(LadderPlacement placement, List<Signal> signals,
                                   Map<SignalKind, Acknowledgement> acknowledged, Function<String, String> names,
                                   ZoneId zone, PlacementView.Post post) {
        LadderRung rung = placement.rung();
        String claimedLine = placement.claimed().map(this::rungLine)
                .orElseGet(() -> messages.text("alongside.placement.claimed.notStated"));
        String claimedAbove = placement.claimedAboveEvidence()
                ? messages.text("alongside.placement.claimed.above", rungLine(placement.claimed().orElseThrow()),
                rungLine(rung)) : "";
        String couldBe = placement.couldBe().map(best -> messages.text("alongside.placement.couldBe", rungLine(best)))
                .orElse("");
        String noEvidence = placement.noEvidenceOfInvolvement() ? messages.text("alongside.placement.noEvidence") : "";
        List<PlacementView.SignalView> signalViews = new ArrayList<>();
        for (Signal signal : signals) {
            Acknowledgement ack = acknowledged.get(signal.kind());
            String ackLine = "";
            if (ack != null) {
                String who = ack.byErasedPerson() ? messages.text("alongside.acknowledgement.erased")
                        : names.apply(ack.by());
                ackLine = messages.text("alongside.acknowledgement.by", who,
                        ViewDates.longDate(LocalDate.ofInstant(ack.at(), zone)));
            }
            signalViews.add(new PlacementView.SignalView(signal.kind().code(), signal.kind().bit(), messages.text(signal.kind().nameKey()),
                    reason(signal.reason()), signal.details().stream().map(this::reason).toList(), ack != null,
                    ackLine, ack == null ? "" : ack.note()));
        }
        PlacementView.AcknowledgeForm form = post == null ? null : new PlacementView.AcknowledgeForm(post.action(),
                post.tokenName(), post.token(), post.pageId(), post.localId(),
                messages.text("alongside.acknowledgement.note.label"),
                messages.text("alongside.acknowledgement.note.hint", Acknowledgement.MAX_NOTE),
                messages.text("alongside.acknowledgement.submit"), messages.text("alongside.acknowledgement.withdraw"),
                Acknowledgement.MAX_NOTE);
        String why = signals.isEmpty() ? messages.text("alongside.placement.why")
                : messages.text("alongside.placement.why.signals", signals.size());
        return new PlacementView(messages.text("alongside.placement.heading"),
                messages.text("alongside.placement.rung.label"), rung.parameterValue(), rungLine(rung),
                messages.text("alongside.placement.band.label"), rung.band().name().toLowerCase(java.util.Locale.ROOT)
                .replace('_', '-'), messages.text(rung.band().nameKey()),
                messages.text("alongside.placement.arnstein.label"),
                messages.text("alongside.placement.rung.value", placement.arnsteinRung().number(),
                        messages.text(placement.arnsteinRung().nameKey())),
                messages.text("alongside.placement.claimed.label"), claimedLine, placement.claimedAboveEvidence(),
                claimedAbove, couldBe, noEvidence, placement.reasons().stream().map(this::reason).toList(),
                placement.unknowns().stream().map(this::reason).toList(),
                placement.contradictions().stream().map(this::reason).toList(), signalViews, form,
                new PlacementView.Words(why, messages.text("alongside.placement.reasons.heading"),
                        messages.text("alongside.placement.unknowns.heading"),
                        messages.text("alongside.placement.contradictions.heading"),
                        messages.text("alongside.placement.signals.heading"),
                        messages.text("alongside.placement.signals.intro"),
                        messages.text("alongside.placement.signals.none")));
    }

    /** A signal's name in words. */
    public String name(SignalKind kind) {
        return messages.text(kind.nameKey());
    }

    /** A rung as its number and name: "5 · Co-design". */
    public String rungLine(LadderRung rung) {
        return messages.text("alongside.placement.rung.value", rung.number(), messages.text(rung.nameKey()));
    }

    /** A reason in plain English; ISO dates among its arguments are said as people read them. */
    public String reason(Reason reason) {
        Object[] arguments = reason.arguments().stream().map(DecisionViews::readable).toArray();
        return messages.text(reason.messageKey(), arguments);
    }

    private static Object readable(String argument) {
        if (argument.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            try {
                return ViewDates.longDate(LocalDate.parse(argument));
            } catch (java.time.format.DateTimeParseException notADate) {
                return argument;
            }
        }
        return argument;
    }

    /**
     * A suppressed total in words, with its fixed wording and no name: "Lived experience: 3 of 7 people", or
     * "Lived experience: not shown (fewer than 3 people took part)".
     */
    public String totalsLine(SuppressedCount count) {
        if (count instanceof SuppressedCount.Shown shown) {
            return messages.text("alongside.decision.totals.shown", shown.value(), shown.outOf());
        }
        SuppressedCount.NotShown notShown = (SuppressedCount.NotShown) count;
        return messages.text("alongside.decision.totals.notShown",
                messages.text(notShown.reason().messageKey(), notShown.threshold()));
    }

    /** One stage with its people, for a card or a block on its own. */
    public DecisionCardView.StageView stage(Stage stage, List<PersonRef> refs, People people) {
        List<PersonView> named = new ArrayList<>();
        for (PersonRef ref : refs) {
            named.add(people.describe(ref));
        }
        return new DecisionCardView.StageView(stage.parameterValue(), messages.text(stage.nameKey()), named);
    }

    /** The people recorded in a block whose stage is missing or unknown. */
    public DecisionCardView.StageView unknownStage(List<PersonRef> refs, People people) {
        List<PersonView> named = new ArrayList<>();
        for (PersonRef ref : refs) {
            named.add(people.describe(ref));
        }
        return new DecisionCardView.StageView("unknown", messages.text("alongside.decision.stage.unknown.name"), named);
    }

    /** One "you said" with its answer; {@code number} counts from 1 in page order. */
    public DecisionCardView.ContributionView contribution(int number, Contribution contribution, People people) {
        PersonView by = contribution.by().map(people::describe)
                .orElseGet(() -> PersonView.named(messages.text("alongside.decision.anonymous")));
        Response response = contribution.response();
        String answerLabel = switch (response) {
            case ADOPTED, ADAPTED -> messages.text("alongside.decision.answer.label.did");
            case NOT_ADOPTED -> messages.text("alongside.decision.answer.label.because");
            case PENDING -> "";
        };
        return new DecisionCardView.ContributionView(number, by, contribution.isAnonymous(), contribution.said(),
                ViewDates.longDate(contribution.saidOn()), ViewDates.iso(contribution.saidOn()),
                response.parameterValue(), messages.text(response.nameKey()), answerLabel, contribution.answer(),
                ViewDates.longDate(contribution.answeredOn()), ViewDates.iso(contribution.answeredOn()),
                contribution.isAnswered());
    }

    /** A stage block rendered outside a decision. */
    public StandaloneBlockView standaloneStage(DecisionCardView.StageView stage, List<Problem> problems) {
        return new StandaloneBlockView(stage, null, messages.text("alongside.decision.standalone.stage.note"),
                problems(problems), words());
    }

    /** A "you said" block rendered outside a decision. */
    public StandaloneBlockView standaloneContribution(DecisionCardView.ContributionView contribution,
                                                      List<Problem> problems) {
        return new StandaloneBlockView(null, contribution,
                messages.text("alongside.decision.standalone.youSaid.note"), problems(problems), words());
    }

    /**
     * Each problem as a sentence that names the field it concerns, e.g. "Decided on: “32/13/2026” is not a date
     * Alongside can read…".
     */
    public List<String> problems(List<Problem> problems) {
        List<String> sentences = new ArrayList<>();
        for (Problem problem : problems) {
            String message = messages.text(problem.messageKey(), problem.arguments().toArray());
            sentences.add(messages.text("alongside.decision.problem.format",
                    messages.text("alongside.decision.field." + problem.field()), message));
        }
        return sentences;
    }

    public DecisionCardView.CardWords words() {
        return new DecisionCardView.CardWords(
                messages.text("alongside.decision.problems.heading"),
                messages.text("alongside.decision.outcome.heading"),
                messages.text("alongside.decision.outcome.none"),
                messages.text("alongside.decision.stages.heading"),
                messages.text("alongside.decision.stages.nobody"),
                messages.text("alongside.decision.youSaid.heading"),
                messages.text("alongside.decision.contribution.label"),
                messages.text("alongside.decision.said.by"),
                messages.text("alongside.decision.said.on"),
                messages.text("alongside.decision.said.nothing"),
                messages.text("alongside.decision.response.label"),
                messages.text("alongside.decision.answered.on"),
                messages.text("alongside.decision.answer.waiting"));
    }

    private List<DecisionCardView.Fact> facts(Decision decision, LocalDate today) {
        List<DecisionCardView.Fact> facts = new ArrayList<>();
        if (decision.decidedOn().isPresent()) {
            facts.add(new DecisionCardView.Fact(messages.text("alongside.decision.decidedOn.label"),
                    ViewDates.longDate(decision.decidedOn()), ViewDates.iso(decision.decidedOn()), ""));
        } else if (decision.status().isMade()) {
            facts.add(new DecisionCardView.Fact(messages.text("alongside.decision.decidedOn.label"),
                    messages.text("alongside.decision.notRecorded"), "", ""));
        }
        if (decision.reviewOn().isPresent()) {
            facts.add(new DecisionCardView.Fact(messages.text("alongside.decision.reviewOn.label"),
                    ViewDates.longDate(decision.reviewOn()), ViewDates.iso(decision.reviewOn()),
                    decision.isReviewDue(today) ? messages.text("alongside.decision.review.due") : ""));
        }
        Optional<String> supersededBy = decision.supersededBy();
        if (supersededBy.isPresent()) {
            facts.add(new DecisionCardView.Fact(messages.text("alongside.decision.supersededBy.label"),
                    supersededBy.get(), "", ""));
        } else if (decision.status() == DecisionStatus.SUPERSEDED) {
            facts.add(new DecisionCardView.Fact(messages.text("alongside.decision.supersededBy.label"),
                    messages.text("alongside.decision.notRecorded"), "", ""));
        }
        facts.add(new DecisionCardView.Fact(messages.text("alongside.decision.claimed.label"),
                decision.claimed().map(rung -> messages.text("alongside.decision.claimed.value",
                        messages.text(rung.nameKey()), rung.number())).orElseGet(() ->
                        messages.text("alongside.decision.claimed.notStated")), "", ""));
        return facts;
    }

    private String loopSummary(Decision decision) {
        return switch (decision.loop()) {
            case NO_CONTRIBUTIONS -> messages.text("alongside.decision.loop.none");
            case CLOSED -> messages.text("alongside.decision.loop.closed");
            case OPEN -> messages.text("alongside.decision.loop.open",
                    decision.contributions().stream().filter(c -> !c.isAnswered()).count(),
                    decision.contributions().size());
        };
    }

    static String loopValue(LoopState loop) {
        return loop.parameterValue();
    }
}
