package app.alongside.decision.register;

import java.util.Locale;
import java.util.Optional;

/** How the register is ordered. Every order ends with the decision's id so paging is stable. */
public enum RegisterSort {
    /** Most recently decided first; undecided decisions last. The default. */
    DECIDED_NEWEST("decided-newest"),
    DECIDED_OLDEST("decided-oldest"),
    /** Soonest review first; decisions without a review date last. */
    REVIEW_SOONEST("review-soonest"),
    TITLE("title"),
    STATUS("status");

    private final String parameterValue;

    RegisterSort(String parameterValue) {
        this.parameterValue = parameterValue;
    }

    public String parameterValue() {
        return parameterValue;
    }

    public static Optional<RegisterSort> fromParameter(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String normalised = raw.strip().toLowerCase(Locale.ROOT);
        for (RegisterSort sort : values()) {
            if (sort.parameterValue.equals(normalised)) {
                return Optional.of(sort);
            }
        }
        return Optional.empty();
    }
}
