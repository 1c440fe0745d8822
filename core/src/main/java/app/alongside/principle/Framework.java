package app.alongside.principle;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A published set of co-production principles that a group can start from.
 *
 * <p>The order of {@link #principles()} is the order the source publishes them in; it is never re-ordered.
 */
public enum Framework {
    /** New Economics Foundation for Mind: Slay and Stephens (2013), six principles. */
    NEF("nef", List.of("assets", "capabilities", "mutuality", "networks", "blurring", "catalysts")),
    /** Social Care Institute for Excellence, Guide 51 (2013, updated 2022), four principles. */
    SCIE("scie", List.of("equality", "diversity", "accessibility", "reciprocity")),
    /** NIHR, Guidance on co-producing a research project (2021), five principles. */
    NIHR("nihr", List.of("power", "perspectives", "respect", "reciprocity", "relationships")),
    /** NSUN 4Pi National Involvement Standards (2013): Principles, Purpose, Presence, Process, Impact. */
    FOUR_PI("4pi", List.of("principles", "purpose", "presence", "process", "impact"));

    private final String parameterValue;
    private final List<Principle> principles;

    Framework(String parameterValue, List<String> principleIds) {
        this.parameterValue = parameterValue;
        this.principles = principleIds.stream().map(id -> new Principle(this, id)).toList();
    }

    /** The value stored in a macro parameter; permanent once released. */
    public String parameterValue() {
        return parameterValue;
    }

    public List<Principle> principles() {
        return principles;
    }

    /** i18n key of the framework's display name, e.g. {@code alongside.framework.nef.name}. */
    public String nameKey() {
        return "alongside.framework." + parameterValue + ".name";
    }

    /** i18n key of the full citation of the framework's source. */
    public String sourceKey() {
        return "alongside.framework." + parameterValue + ".source";
    }

    /** i18n key of a one-paragraph introduction to the framework. */
    public String introductionKey() {
        return "alongside.framework." + parameterValue + ".intro";
    }

    /**
     * Reads a framework from what a person or a tool typed into a macro parameter. Accepts the stored value,
     * the enum name and common spellings ({@code 4Pi}, {@code four-pi}), ignoring case and surrounding space.
     */
    public static Optional<Framework> fromParameter(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String normalised = raw.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(" ", "-");
        for (Framework framework : values()) {
            if (framework.parameterValue.equals(normalised)
                    || framework.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(normalised)) {
                return Optional.of(framework);
            }
        }
        return Optional.empty();
    }
}
