package app.alongside.insight.view;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The parts of an insights page, in the order they are shown; the macro's {@code show} parameter picks some. */
public enum InsightsSection {
    RUNGS("rungs"), STAGES("stages"), LOOPS("loops"), SIGNALS("signals"), CHARTERS("charters"),
    RECIPROCITY("reciprocity");

    private final String parameterValue;

    InsightsSection(String parameterValue) {
        this.parameterValue = parameterValue;
    }

    public String parameterValue() {
        return parameterValue;
    }

    public static Set<InsightsSection> all() {
        return EnumSet.allOf(InsightsSection.class);
    }

    public static Optional<InsightsSection> fromParameter(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String normalised = raw.strip().toLowerCase(Locale.ROOT);
        for (InsightsSection section : values()) {
            if (section.parameterValue.equals(normalised)) {
                return Optional.of(section);
            }
        }
        return Optional.empty();
    }
}
