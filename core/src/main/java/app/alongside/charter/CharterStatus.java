package app.alongside.charter;

import java.util.Locale;
import java.util.Optional;

/**
 * Where the charter is in its life, as the group set it. "Due for review" is not stored: it follows from the
 * review date.
 */
public enum CharterStatus {
    DRAFT("draft"),
    AGREED("agreed"),
    UNDER_REVIEW("under-review");

    private final String parameterValue;

    CharterStatus(String parameterValue) {
        this.parameterValue = parameterValue;
    }

    public String parameterValue() {
        return parameterValue;
    }

    public String nameKey() {
        return "alongside.charter.status." + parameterValue + ".name";
    }

    public static Optional<CharterStatus> fromParameter(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String normalised = raw.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        for (CharterStatus status : values()) {
            if (status.parameterValue.equals(normalised)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
