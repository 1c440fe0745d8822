package app.alongside.ladder;

import app.alongside.signal.SignalKind;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A decision's placement as the index keeps it, so registers and insights need no per-row work: the evidenced rung,
 * how high it could be if hidden totals were shown, the signals that do not depend on the day, and the date the
 * oldest unanswered "you said" was said (from which {@link SignalKind#YOU_SAID_UNANSWERED} follows on any day).
 */
public record StoredPlacement(long decisionId, LadderRung rung, Optional<LadderRung> couldBe, Set<SignalKind> signals,
                              Optional<LocalDate> oldestUnansweredOn) {

    public StoredPlacement {
        if (decisionId <= 0) {
            throw new IllegalArgumentException("decisionId must be positive");
        }
        Objects.requireNonNull(rung, "rung");
        Objects.requireNonNull(couldBe, "couldBe");
        signals = signals.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(signals));
        if (signals.contains(SignalKind.YOU_SAID_UNANSWERED) || signals.stream()
                .anyMatch(kind -> kind.scope() != SignalKind.Scope.DECISION)) {
            throw new IllegalArgumentException("only decision signals that do not depend on the day are stored");
        }
        Objects.requireNonNull(oldestUnansweredOn, "oldestUnansweredOn");
    }

    /** The stored signals, with "you said" unanswered added when the oldest has waited too long by {@code today}. */
    public Set<SignalKind> signalsOn(LocalDate today, LadderRules rules) {
        boolean overdue = oldestUnansweredOn.map(said -> said.plusDays(rules.answerWithinDays()).isBefore(today))
                .orElse(false);
        if (!overdue) {
            return signals;
        }
        EnumSet<SignalKind> all = signals.isEmpty() ? EnumSet.noneOf(SignalKind.class) : EnumSet.copyOf(signals);
        all.add(SignalKind.YOU_SAID_UNANSWERED);
        return all;
    }
}
