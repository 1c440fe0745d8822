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

        /**
         * What a reader may be told, in words, exports and REST answers (ADR 7): a group too small, which the page
         * shows anyway, or {@code could-identify} for both other reasons. Telling those two apart would say whether
         * everyone in the group was counted, the very thing {@link #WOULD_DESCRIBE_EVERYONE} hides; they stay
         * distinct in core only, for tests and logs.
         */
        public String publicCode() {
            return this == GROUP_TOO_SMALL ? "group-too-small" : "could-identify";
        }

        /** The i18n key of what readers are told: one per {@link #publicCode()}. */
        public String messageKey() {
            return "alongside.totals.notshown." + publicCode();
        }
    }

    default boolean isShown() {
        return this instanceof Shown;
    }
}
