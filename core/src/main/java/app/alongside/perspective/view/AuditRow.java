package app.alongside.perspective.view;

import java.util.Objects;

/** One audit log entry in words: when, who acted, what they did, whose data it was, and the short detail. */
public record AuditRow(long id, String when, String whenIso, String who, String action, String about,
                       String detail) {

    public AuditRow {
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(action, "action");
        about = about == null ? "" : about;
        detail = detail == null ? "" : detail;
    }

    public boolean hasDetail() {
        return !detail.isEmpty();
    }
}
