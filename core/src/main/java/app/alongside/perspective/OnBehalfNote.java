package app.alongside.perspective;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A facilitator's note of the consent a person gave for them to record a perspective on their behalf: who gave it
 * (the person, in their words), when, and how (in person, by phone, in writing...).
 */
public record OnBehalfNote(String givenBy, LocalDate givenOn, String how) {

    public static final int MAX_LENGTH = 500;

    public OnBehalfNote {
        Objects.requireNonNull(givenOn, "givenOn");
        givenBy = requireText(givenBy, "givenBy");
        how = requireText(how, "how");
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        String trimmed = value.strip();
        if (trimmed.codePointCount(0, trimmed.length()) > MAX_LENGTH) {
            throw new IllegalArgumentException(what + " is longer than " + MAX_LENGTH + " characters");
        }
        return trimmed;
    }
}
