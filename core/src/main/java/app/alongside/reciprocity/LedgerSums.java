package app.alongside.reciprocity;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the store computes for some spaces over a period, before suppression: distinct people, entries, minutes,
 * pence paid and owed, declined entries, and for paid money only the (given, paid) date pairs from which the median
 * time to pay is found. Never who.
 */
public record LedgerSums(int people, int contributions, long minutes, long paidPence, long owedPence, int declined,
                         List<PaidDates> paid) {

    public LedgerSums {
        paid = List.copyOf(paid);
    }

    public static final LedgerSums NONE = new LedgerSums(0, 0, 0, 0, 0, 0, List.of());

    /** When time was given and when it was paid for. */
    public record PaidDates(LocalDate given, LocalDate paid) {
        public PaidDates {
            Objects.requireNonNull(given, "given");
            Objects.requireNonNull(paid, "paid");
        }
    }
}
