package app.alongside.participant;

import java.util.Locale;
import java.util.Optional;

/** How a person likes to take part: communication and access needs they choose to share on their page. */
public enum AccessNeed {
    LARGE_PRINT("large-print"),
    EASY_READ("easy-read"),
    PRE_READS("pre-reads"),
    BREAKS("breaks"),
    BSL("bsl"),
    CAPTIONS("captions"),
    QUIET_SPACE("quiet-space"),
    ONLINE("online"),
    IN_PERSON("in-person");

    private final String code;

    AccessNeed(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return "alongside.access." + code;
    }

    /** By code; case, spaces and underscores ignored ({@code Large print} works). */
    public static Optional<AccessNeed> fromCode(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String wanted = value.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        for (AccessNeed need : values()) {
            if (need.code.equals(wanted)) {
                return Optional.of(need);
            }
        }
        return Optional.empty();
    }
}
