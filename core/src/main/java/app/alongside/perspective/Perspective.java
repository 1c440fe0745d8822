package app.alongside.perspective;

import java.util.Locale;
import java.util.Optional;

/**
 * A perspective a person brings, as they declare it themselves (several allowed). Private: stored apart from pages,
 * recorded only with consent, and shown only in totals with small-number suppression. Never a role label.
 */
public enum Perspective {
    LIVED_EXPERIENCE("lived-experience", true),
    CARER_OR_FAMILY("carer-or-family", true),
    PEER_WORKER("peer-worker", true),
    STAFF_OR_PRACTITIONER("staff-or-practitioner", false),
    COMMUNITY_PARTNER("community-partner", false),
    PREFER_NOT_TO_SAY("prefer-not-to-say", false);

    private final String code;
    private final boolean livedExperience;

    Perspective(String code, boolean livedExperience) {
        this.code = code;
        this.livedExperience = livedExperience;
    }

    /** The stable code used in storage, forms and JSON. */
    public String code() {
        return code;
    }

    /** Whether it counts as "lived experience" in the rules: lived experience, carer or family, peer worker. */
    public boolean countsAsLivedExperience() {
        return livedExperience;
    }

    /** The i18n key of its name, e.g. {@code alongside.perspective.lived-experience}. */
    public String messageKey() {
        return "alongside.perspective." + code;
    }

    public static Optional<Perspective> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.trim().toLowerCase(Locale.ROOT);
        for (Perspective p : values()) {
            if (p.code.equals(wanted)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
