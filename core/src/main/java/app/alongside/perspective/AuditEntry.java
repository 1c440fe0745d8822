package app.alongside.perspective;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the private-data audit log: who ({@code actor}, a user key), when, did what, to whose data
 * ({@code subject}: a subject key, or after erasure the pseudonym {@code erased:<random>}), with a short detail
 * that never contains a perspective. {@code id} is 0 until stored.
 */
public record AuditEntry(long id, Instant at, String actor, String subject, AuditAction action, String detail) {

    public static final int MAX_DETAIL = 255;

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(action, "action");
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("actor must not be blank");
        }
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("subject must not be blank");
        }
        detail = detail == null ? "" : detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL) : detail;
    }
}
