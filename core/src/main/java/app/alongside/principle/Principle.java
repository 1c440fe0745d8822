package app.alongside.principle;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One principle of a {@link Framework}. Its words live in the i18n bundle, so a principle carries only the keys.
 */
public record Principle(Framework framework, String id) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    public Principle {
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("A principle id is lower-case letters, digits and hyphens: " + id);
        }
    }

    /** i18n key of the principle's short name, e.g. {@code alongside.principle.nef.assets.name}. */
    public String nameKey() {
        return prefix() + ".name";
    }

    /** i18n key of the plain-English explanation of what living the principle looks like. */
    public String explanationKey() {
        return prefix() + ".explanation";
    }

    private String prefix() {
        return "alongside.principle." + framework.parameterValue() + "." + id;
    }
}
