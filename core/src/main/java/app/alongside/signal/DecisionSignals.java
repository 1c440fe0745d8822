package app.alongside.signal;

import app.alongside.decision.Contribution;
import app.alongside.decision.Decision;
import app.alongside.decision.Stage;
import app.alongside.evidence.Reason;
import app.alongside.ladder.LadderPlacement;
import app.alongside.ladder.LadderRules;
import app.alongside.perspective.SuppressedCount;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The signals about one decision, from the same shown totals its placement used: a total that is not shown never
 * raises or clears a signal by itself.
 */
public final class DecisionSignals {

    private final LadderRules rules;

    public DecisionSignals(LadderRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    public List<Signal> of(Decision decision, Map<Stage, SuppressedCount> livedExperience, LadderPlacement placement,
                           LocalDate today) {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(livedExperience, "livedExperience");
        Objects.requireNonNull(placement, "placement");
        Objects.requireNonNull(today, "today");
        List<Signal> signals = new ArrayList<>();
        SuppressedCount deciding = shownOrHidden(decision, livedExperience, Stage.DECIDING);
        if (decision.status().isMade() && deciding instanceof SuppressedCount.Shown shown && shown.value() == 0) {
            signals.add(Signal.of(SignalKind.DECIDED_WITHOUT_LIVED_EXPERIENCE,
                    Reason.of("alongside.signal.decided-without-lived-experience.reason", shown.outOf())));
        }
        if (joinedLate(decision, livedExperience)) {
            signals.add(Signal.of(SignalKind.JOINED_LATE, Reason.of("alongside.signal.joined-late.reason")));
        }
        if (deciding instanceof SuppressedCount.Shown shown && shown.value() > 0
                && (shown.value() < rules.minimumSeats() || !rules.parity().isMetBy(shown.value(), shown.outOf()))) {
            signals.add(Signal.of(SignalKind.FEW_SEATS, Reason.of("alongside.signal.few-seats.reason", shown.value(),
                    shown.outOf(), rules.parity(), rules.minimumSeats())));
        }
        unanswered(decision, today).ifPresent(signals::add);
        if (placement.claimedAboveEvidence()) {
            boolean hiddenCouldExplain = placement.couldBe()
                    .map(best -> best.compareTo(placement.claimed().orElseThrow()) >= 0).orElse(false);
            signals.add(Signal.of(SignalKind.CLAIMED_ABOVE_EVIDENCE, Reason.of(hiddenCouldExplain
                    ? "alongside.signal.claimed-above-evidence.reason.hidden"
                    : "alongside.signal.claimed-above-evidence.reason")));
        }
        return signals;
    }

    /** Lived experience shown at deciding or later, and shown as none at the agenda and options where people were. */
    private static boolean joinedLate(Decision decision, Map<Stage, SuppressedCount> livedExperience) {
        boolean later = false;
        for (Stage stage : List.of(Stage.DECIDING, Stage.DELIVERING, Stage.REVIEWING)) {
            if (shownOrHidden(decision, livedExperience, stage) instanceof SuppressedCount.Shown s && s.value() > 0) {
                later = true;
            }
        }
        if (!later) {
            return false;
        }
        boolean someoneEarly = false;
        for (Stage stage : List.of(Stage.AGENDA, Stage.OPTIONS)) {
            if (decision.peopleAt(stage).isEmpty()) {
                continue;
            }
            someoneEarly = true;
            if (!(livedExperience.get(stage) instanceof SuppressedCount.Shown s) || s.value() > 0) {
                return false;
            }
        }
        return someoneEarly;
    }

    private Optional<Signal> unanswered(Decision decision, LocalDate today) {
        List<Reason> details = new ArrayList<>();
        for (Contribution contribution : decision.contributions()) {
            if (contribution.isAnswered()) {
                continue;
            }
            Optional<LocalDate> said = contribution.saidOn().or(decision::decidedOn);
            if (said.isEmpty() || said.get().isAfter(today)) {
                continue;
            }
            long waited = ChronoUnit.DAYS.between(said.get(), today);
            if (waited > rules.answerWithinDays()) {
                details.add(Reason.of("alongside.signal.you-said-unanswered.detail", said.get(), waited));
            }
        }
        if (details.isEmpty()) {
            return Optional.empty();
        }
        Reason reason = details.size() == 1
                ? Reason.of("alongside.signal.you-said-unanswered.reason.one", rules.answerWithinDays())
                : Reason.of("alongside.signal.you-said-unanswered.reason", details.size(), rules.answerWithinDays());
        return Optional.of(new Signal(SignalKind.YOU_SAID_UNANSWERED, reason, details, List.of()));
    }

    /** A stage with nobody recorded has no total at all. */
    private static SuppressedCount shownOrHidden(Decision decision, Map<Stage, SuppressedCount> totals, Stage stage) {
        return decision.peopleAt(stage).isEmpty() ? null : totals.get(stage);
    }
}
