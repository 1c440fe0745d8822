package app.alongside.reciprocity;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * The ledger of some spaces over a period as anyone who may view the spaces may see it: sums and counts, never a
 * person; or not shown at all when fewer than k people gave time, because a total about one or two people is a
 * statement about them (what they were paid, whether they declined).
 */
public sealed interface ReciprocityTotals permits ReciprocityTotals.Shown, ReciprocityTotals.NotShown {

    /**
     * {@code people} who gave time in {@code contributions} entries totalling {@code minutes}; {@code paidPence} paid
     * and {@code owedPence} still owed; {@code declined} entries where the person chose nothing; the median number
     * of days from giving time to being paid, over paid payments, vouchers and expenses (empty if none was paid).
     */
    record Shown(int people, int contributions, long minutes, long paidPence, long owedPence, int declined,
                 OptionalInt medianDaysToPay) implements ReciprocityTotals {
        public Shown {
            Objects.requireNonNull(medianDaysToPay, "medianDaysToPay");
            if (people < 0 || contributions < people || minutes < 0 || paidPence < 0 || owedPence < 0
                    || declined < 0 || declined > contributions
                    || (medianDaysToPay.isPresent() && medianDaysToPay.getAsInt() < 0)) {
                throw new IllegalArgumentException("totals out of range");
            }
        }
    }

    /** Fewer than {@code threshold} (k) people gave time. */
    record NotShown(int threshold) implements ReciprocityTotals {
        public NotShown {
            if (threshold < 2) {
                throw new IllegalArgumentException("k is at least 2");
            }
        }
    }

    default boolean isShown() {
        return this instanceof Shown;
    }
}
