package app.alongside.perspective;

import java.util.Objects;

/**
 * A total about perspectives as it may be shown: either the number (out of how many people), or "not shown" with
 * the reason. Every view and export of such a total goes through this type.
 */
public sealed interface SuppressedCount permits SuppressedCount.Shown, SuppressedCount.NotShown {

    /** {@code value} people of {@code outOf} in the group. */
    record Shown(int value, int outOf) implements SuppressedCount {
        public Shown {
            if (value < 0 || outOf < value) {
                throw new IllegalArgumentException("0 <= value <= outOf");
            }
        }
    }

    /** Not shown, because of {@code reason}; {@code threshold} is k. */
    record NotShown(Reason reason, int threshold) implements SuppressedCount {
        public NotShown {
            Objects.requireNonNull(reason, "reason");
        }
    }

    enum Reason {
        /** Fewer than k people took part at all. */
        GROUP_TOO_SMALL,
        /** Between 1 and k−1 people counted. */
        FEWER_THAN_THRESHOLD,
        /** Everyone in a group of known people counted: the total would describe each of them. */
        WOULD_DESCRIBE_EVERYONE;

        public String messageKey() {
            return "alongside.totals.notshown." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    default boolean isShown() {
        return this instanceof Shown;
    }
}
