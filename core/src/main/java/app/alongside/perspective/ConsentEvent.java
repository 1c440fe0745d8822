package app.alongside.perspective;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry in a person's consent history: consent given (with a first declaration), a declaration changed, or
 * consent withdrawn. The history says what happened and when, never which perspectives were declared: a withdrawn
 * perspective must not live on in history.
 */
public record ConsentEvent(SubjectKey subject, Kind kind, int version, Instant at, String by, ConsentMethod method,
                           Optional<OnBehalfNote> onBehalf) {

    public enum Kind { GIVEN, UPDATED, WITHDRAWN }

    public ConsentEvent {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(onBehalf, "onBehalf");
        if (by == null || by.isBlank()) {
            throw new IllegalArgumentException("by must not be blank");
        }
        if (version < 1) {
            throw new IllegalArgumentException("version counts from 1");
        }
    }
}
