package app.alongside.perspective;

import java.time.Instant;

/** What applying a retention period removed: declarations and history entries, and audit entries. */
public record RetentionResult(Instant cutoff, int privateRowsDeleted, int auditEntriesDeleted) {
}
