package app.alongside.decision;

import java.util.Locale;
import java.util.Optional;

/** Where a decision is in its life. Stored in pages by {@link #parameterValue()}; permanent once released. */
public enum DecisionStatus {
    PROPOSED("proposed"),
    UNDER_DISCUSSION("under-discussion"),
    DECIDED("decided"),
    IN_DELIVERY("in-delivery"),
    REVIEWED("reviewed"),
    REVERSED("reversed"),
    SUPERSEDED("superseded");

    private final String parameterValue;

    DecisionStatus(String parameterValue) {
        this.parameterValue = parameterValue;
    }

    public String parameterValue() {
        return parameterValue;
    }

    public String nameKey() {
        return "alongside.status." + parameterValue + ".name";
    }

    /** True once a decision has been made (so a decided-on date is expected). */
    public boolean isMade() {
        return this != PROPOSED && this != UNDER_DISCUSSION;
    }

    public static Optional<DecisionStatus> fromParameter(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String normalised = raw.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        for (DecisionStatus status : values()) {
            if (status.parameterValue.equals(normalised)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
