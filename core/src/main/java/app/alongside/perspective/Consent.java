package app.alongside.perspective;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Consent as recorded with a declaration: its purpose, when and by whom it was recorded, and, when a facilitator
 * recorded it on the person's behalf, the note of the person's consent (required then, absent otherwise).
 */
public record Consent(ConsentPurpose purpose, Instant givenAt, String recordedBy, ConsentMethod method,
                      Optional<OnBehalfNote> onBehalf) {

    public Consent {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(givenAt, "givenAt");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(onBehalf, "onBehalf");
        if (recordedBy == null || recordedBy.isBlank()) {
            throw new IllegalArgumentException("recordedBy must not be blank");
        }
        if (method == ConsentMethod.ON_BEHALF && onBehalf.isEmpty()) {
            throw new IllegalArgumentException("consent recorded on someone's behalf needs the note of their consent");
        }
        if (method == ConsentMethod.SELF && onBehalf.isPresent()) {
            throw new IllegalArgumentException("consent a person recorded themself has no on-behalf note");
        }
    }
}
