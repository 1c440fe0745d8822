package app.alongside.reciprocity;

import java.util.OptionalInt;

/**
 * What a group's ledger adds up to, as anyone who may view its spaces may see it: the totals, or "not shown" when
 * fewer than k people contributed (a total of one person's time or pay is that person's).
 */
public sealed interface ReciprocityTotals permits ReciprocityTotals.Shown, ReciprocityTotals.NotShown {

    /**
     * {@code people} who gave {@code contributions} totalling {@code minutes}; {@code paidPence} paid and
     * {@code owedPence} still owed; {@code declined} contributions whose recognition was declined; the median days
     * from contribution to payment, if anything was paid.
     */
    record Shown(int people, int contributions, long minutes, long paidPence, long owedPence, int declined,
                 OptionalInt medianDaysToPay) implements ReciprocityTotals {
        public Shown {
            if (people < 0 || contributions < people || minutes < 0 || paidPence < 0 || owedPence < 0 || declined < 0
                    || declined > contributions) {
                throw new IllegalArgumentException("totals must be consistent and not negative");
            }
            java.util.Objects.requireNonNull(medianDaysToPay, "medianDaysToPay");
        }
    }

    /** Fewer than {@code threshold} (k) people contributed. */
    record NotShown(int threshold) implements ReciprocityTotals {
    }
}
