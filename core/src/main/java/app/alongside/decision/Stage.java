package app.alongside.decision;

import java.util.Locale;
import java.util.Optional;

/** The stages of a decision, in the order they happen. The record says who took part at each. */
public enum Stage {
    /** Raising and framing the question. */
    AGENDA("agenda"),
    /** Developing the choices. */
    OPTIONS("options"),
    DECIDING("deciding"),
    DELIVERING("delivering"),
    REVIEWING("reviewing");

    private final String parameterValue;

    Stage(String parameterValue) {
        this.parameterValue = parameterValue;
    }

    public String parameterValue() {
        return parameterValue;
    }

    public String nameKey() {
        return "alongside.stage." + parameterValue + ".name";
    }

    public static Optional<Stage> fromParameter(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String normalised = raw.strip().toLowerCase(Locale.ROOT);
        for (Stage stage : values()) {
            if (stage.parameterValue.equals(normalised)) {
                return Optional.of(stage);
            }
        }
        return Optional.empty();
    }
}
