package app.alongside.perspective;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The append-only log of every read and change of private data, readable by administrators. */
public interface AuditLog {

    void record(AuditEntry entry);

    /** Newest first, up to {@code limit} entries with an id below {@code before} (all if empty). */
    List<AuditEntry> newest(Optional<Long> before, int limit);

    /** Up to {@code limit} entries about one subject (its key, or a pseudonym), newest first. */
    List<AuditEntry> about(String subject, int limit);

    /**
     * After erasure: rewrites every entry about {@code subject}, and every entry whose actor is {@code actorKey}
     * (if present), to carry {@code pseudonym} instead, so the log keeps what happened but no longer who to.
     * Returns the number of entries rewritten.
     */
    int pseudonymise(String subject, Optional<String> actorKey, String pseudonym);

    /** Retention: deletes entries older than {@code cutoff}. */
    int deleteOlderThan(Instant cutoff);
}
