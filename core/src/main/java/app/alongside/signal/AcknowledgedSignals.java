package app.alongside.signal;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/** How many signals a group acknowledged with a note, for insights. */
@FunctionalInterface
public interface AcknowledgedSignals {

    /**
     * For each kind, how many signals in these spaces were acknowledged: decision signals of decisions decided
     * between {@code from} and {@code to} (inclusive), and space signals acknowledged in that period.
     */
    Map<SignalKind, Integer> acknowledgedIn(Set<String> spaceKeys, LocalDate from, LocalDate to);
}
