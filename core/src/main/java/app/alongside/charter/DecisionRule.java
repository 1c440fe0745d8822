package app.alongside.charter;

import java.util.Locale;
import java.util.Optional;

/** How the group decides. Stored in pages by {@link #parameterValue()}; permanent once released. */
public enum DecisionRule {
    CONSENSUS("consensus"),
    /** No one has a reasoned objection. */
    CONSENT("consent"),
    /** A vote, usually with a parity rule. */
    MAJORITY("majority");

    private final String parameterValue;

    DecisionRule(String parameterValue) {
        this.parameterValue = parameterValue;
    }

    public String parameterValue() {
        return parameterValue;
    }

    public String nameKey() {
        return "alongside.charter.rule." + parameterValue + ".name";
    }

    public static Optional<DecisionRule> fromParameter(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String normalised = raw.strip().toLowerCase(Locale.ROOT);
        for (DecisionRule rule : values()) {
            if (rule.parameterValue.equals(normalised)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }
}
