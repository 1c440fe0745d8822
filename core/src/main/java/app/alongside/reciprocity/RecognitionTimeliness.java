package app.alongside.reciprocity;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What a charter's "contributions are recognised within N days" is checked against: the ledger's entries for some
 * spaces, month by month, as counts only, with the suppression threshold that applies to them. {@link Ledger} is
 * the implementation; the charter's evaluator depends on this port alone.
 */
@FunctionalInterface
public interface RecognitionTimeliness {

    /** Nothing recorded anywhere: for charters whose ledger is not kept in the app. */
    RecognitionTimeliness NONE = (spaces, from, to, days, today) -> new Timeliness(2, List.of());

    /** Entries given in the spaces from/to (inclusive, up to {@code today}) against a deadline of {@code days}. */
    Timeliness timeliness(Set<String> spaces, LocalDate from, LocalDate to, int days, LocalDate today);

    /** The months with entries, oldest first, and k for these spaces. */
    record Timeliness(int threshold, List<RecognitionMonth> months) {
        public Timeliness {
            months = List.copyOf(months);
        }
    }
}
