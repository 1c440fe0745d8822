package app.alongside.ladder;

import app.alongside.decision.Decision;
import app.alongside.decision.Stage;
import app.alongside.evidence.Reason;
import app.alongside.perspective.SuppressedCount;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Places a decision on the ladder from who took part at each stage and the lived-experience totals as they may be
 * shown (the decision card's totals: nothing here is more precise than what a reader already sees). The rules are
 * the brief's defaults, in order (docs/ladder.md):
 * <ol>
 *   <li>no lived experience at any stage: informing, no evidence of involvement;</li>
 *   <li>at deciding, but fewer than {@link LadderRules#minimumSeats()} or below the parity share: engagement
 *       (Arnstein's placation);</li>
 *   <li>at deciding with parity, but not at agenda or options: engagement (joined after the question was framed);</li>
 *   <li>at agenda or options and deciding with parity: co-design; at every stage as well: co-production;</li>
 *   <li>at options, not deciding: engagement; at agenda only: consultation; only after deciding: consultation.</li>
 * </ol>
 * A total that is not shown counts as no evidence; the placement then also says how high the decision could be.
 */
public final class LadderPlacer {

    private final LadderRules rules;

    public LadderPlacer(LadderRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** {@code livedExperience}: each stage's total as {@code InvolvementTotals.atEachStage} gives it. */
    public LadderPlacement place(Decision decision, Map<Stage, SuppressedCount> livedExperience) {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(livedExperience, "livedExperience");
        Map<Stage, Seats> evidenced = new EnumMap<>(Stage.class);
        Map<Stage, Seats> hopeful = new EnumMap<>(Stage.class);
        List<Reason> stageReasons = new ArrayList<>();
        List<Reason> unknowns = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            int people = decision.peopleAt(stage).size();
            SuppressedCount total = livedExperience.get(stage);
            String prefix = "alongside.ladder.stage." + stage.parameterValue();
            if (people == 0) {
                evidenced.put(stage, Seats.NONE);
                hopeful.put(stage, Seats.NONE);
                stageReasons.add(Reason.of(prefix + ".nobody"));
            } else if (total instanceof SuppressedCount.Shown shown) {
                Seats seats = new Seats(shown.value(), shown.outOf());
                evidenced.put(stage, seats);
                hopeful.put(stage, seats);
                stageReasons.add(shown.value() == 0 ? Reason.of(prefix + ".none", shown.outOf())
                        : Reason.of(prefix + ".some", shown.value(), shown.outOf()));
            } else {
                int threshold = total instanceof SuppressedCount.NotShown hidden ? hidden.threshold() : 0;
                evidenced.put(stage, new Seats(0, people));
                // The most the hidden total could be: everyone recorded at the stage.
                hopeful.put(stage, new Seats(people, people));
                stageReasons.add(Reason.of(prefix + ".hidden"));
                unknowns.add(Reason.of("alongside.ladder.unknown." + stage.parameterValue(), threshold));
            }
        }
        Outcome outcome = rungFor(evidenced);
        Outcome best = rungFor(hopeful);
        Optional<LadderRung> couldBe = best.rung().compareTo(outcome.rung()) > 0 ? Optional.of(best.rung())
                : Optional.empty();
        if (couldBe.isEmpty()) {
            // Hidden totals that could not change the rung are not worth a "not known".
            unknowns.clear();
        } else {
            unknowns.add(Reason.of("alongside.ladder.unknown.couldBe." + couldBe.get().parameterValue()));
        }
        List<Reason> reasons = new ArrayList<>();
        reasons.add(outcome.because());
        if (!decision.status().isMade()) {
            reasons.add(Reason.of("alongside.ladder.reason.notDecidedYet"));
        }
        reasons.addAll(stageReasons);
        return new LadderPlacement(outcome.rung(), outcome.arnstein(), couldBe, outcome.noEvidence(), reasons,
                unknowns, contradictions(decision), decision.claimed());
    }

    private Outcome rungFor(Map<Stage, Seats> seats) {
        boolean agenda = seats.get(Stage.AGENDA).any();
        boolean options = seats.get(Stage.OPTIONS).any();
        Seats deciding = seats.get(Stage.DECIDING);
        boolean delivering = seats.get(Stage.DELIVERING).any();
        boolean reviewing = seats.get(Stage.REVIEWING).any();
        if (!agenda && !options && !deciding.any() && !delivering && !reviewing) {
            return new Outcome(LadderRung.INFORMING, ArnsteinRung.INFORMING, true,
                    Reason.of("alongside.ladder.reason.noEvidence"));
        }
        if (deciding.any()) {
            if (deciding.livedExperience() < rules.minimumSeats()) {
                return outcome(LadderRung.ENGAGEMENT, Reason.of("alongside.ladder.reason.fewSeats", rules.minimumSeats()));
            }
            if (!rules.parity().isMetBy(deciding.livedExperience(), deciding.people())) {
                return outcome(LadderRung.ENGAGEMENT, Reason.of(rules.parityFromCharter()
                        ? "alongside.ladder.reason.belowParity.charter" : "alongside.ladder.reason.belowParity",
                        rules.parity()));
            }
            if (!agenda && !options) {
                return outcome(LadderRung.ENGAGEMENT, Reason.of("alongside.ladder.reason.joinedAtDeciding"));
            }
            if (agenda && options && delivering && reviewing) {
                // A majority with lived experience at deciding is more than partnership: Arnstein's delegated power.
                ArnsteinRung arnstein = 2 * deciding.livedExperience() > deciding.people() ? ArnsteinRung.DELEGATED_POWER
                        : ArnsteinRung.PARTNERSHIP;
                return new Outcome(LadderRung.CO_PRODUCTION, arnstein, false,
                        Reason.of("alongside.ladder.reason.everyStage", rules.parity()));
            }
            return outcome(LadderRung.CO_DESIGN, Reason.of("alongside.ladder.reason.shapedAndDecided"));
        }
        if (options) {
            return outcome(LadderRung.ENGAGEMENT, Reason.of("alongside.ladder.reason.optionsNotDeciding"));
        }
        if (agenda) {
            return outcome(LadderRung.CONSULTATION, Reason.of("alongside.ladder.reason.agendaOnly"));
        }
        return outcome(LadderRung.CONSULTATION, Reason.of("alongside.ladder.reason.afterDeciding"));
    }

    private static List<Reason> contradictions(Decision decision) {
        List<Reason> found = new ArrayList<>();
        boolean laterPeople = !decision.peopleAt(Stage.DELIVERING).isEmpty()
                || !decision.peopleAt(Stage.REVIEWING).isEmpty();
        if (decision.peopleAt(Stage.DECIDING).isEmpty() && (decision.status().isMade() || laterPeople)) {
            found.add(Reason.of("alongside.ladder.contradiction.nobodyDeciding"));
        }
        if (decision.peopleAt(Stage.AGENDA).isEmpty() && !decision.everyone().isEmpty()) {
            found.add(Reason.of("alongside.ladder.contradiction.nobodyAtAgenda"));
        }
        if (!decision.status().isMade() && laterPeople) {
            found.add(Reason.of("alongside.ladder.contradiction.deliveredBeforeDecided"));
        }
        if (decision.decidedOn().isPresent() && decision.reviewOn().isPresent()
                && decision.reviewOn().get().isBefore(decision.decidedOn().get())) {
            found.add(Reason.of("alongside.ladder.contradiction.reviewBeforeDecided", decision.reviewOn().get(),
                    decision.decidedOn().get()));
        }
        return found;
    }

    private static Outcome outcome(LadderRung rung, Reason because) {
        return new Outcome(rung, ArnsteinRung.alongside(rung), false, because);
    }

    /** At one stage: how many of the people counted brought lived experience. */
    private record Seats(int livedExperience, int people) {
        static final Seats NONE = new Seats(0, 0);

        boolean any() {
            return livedExperience > 0;
        }
    }

    private record Outcome(LadderRung rung, ArnsteinRung arnstein, boolean noEvidence, Reason because) {
    }
}
