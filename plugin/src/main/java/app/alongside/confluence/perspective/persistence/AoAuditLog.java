package app.alongside.confluence.perspective.persistence;

import app.alongside.perspective.AuditAction;
import app.alongside.perspective.AuditEntry;
import app.alongside.perspective.AuditLog;
import com.atlassian.activeobjects.external.ActiveObjects;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.java.ao.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Core's {@link AuditLog} in Active Objects ({@link AuditEntryEntity}). Returns core records, never entities.
 *
 * <p>Statements: {@link #record} 1, {@link #newest} 1 (keyset by id, so a deep page costs what the first does),
 * {@link #about} 1, {@link #deleteOlderThan} 1. {@link #pseudonymise} reads the entries in 1 and rewrites each in
 * its own update, all in one transaction: Active Objects has no bulk update, and erasure is rare.</p>
 */
@Named
public final class AoAuditLog implements AuditLog {

    private final ActiveObjects ao;

    @Inject
    public AoAuditLog(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public void record(AuditEntry entry) {
        Map<String, Object> row = new HashMap<>();
        row.put(AuditEntryEntity.AUDIT_AT, StoredValues.millis(entry.at()));
        row.put(AuditEntryEntity.ACTOR_KEY, entry.actor());
        row.put(AuditEntryEntity.SUBJECT_KEY, entry.subject());
        row.put(AuditEntryEntity.AUDIT_ACTION, entry.action().name());
        row.put(AuditEntryEntity.DETAIL, StoredValues.emptyToNull(entry.detail()));
        ao.create(AuditEntryEntity.class, List.of(row)); // as a batch: one statement on every database
    }

    @Override
    public List<AuditEntry> newest(Optional<Long> before, int limit) {
        if (limit < 1) {
            return List.of();
        }
        Query query = before.map(id -> Query.select().where("ID < ?", (int) Math.max(0, Math.min(id,
                Integer.MAX_VALUE)))).orElseGet(Query::select);
        return entries(query.order("ID DESC").limit(limit));
    }

    @Override
    public List<AuditEntry> about(String subject, int limit) {
        if (subject == null || limit < 1) {
            return List.of();
        }
        return entries(Query.select().where("SUBJECT_KEY = ?", subject).order("ID DESC").limit(limit));
    }

    @Override
    public int pseudonymise(String subject, Optional<String> actorKey, String pseudonym) {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(actorKey, "actorKey");
        if (pseudonym == null || pseudonym.isBlank()) {
            throw new IllegalArgumentException("pseudonym must not be blank");
        }
        return ao.executeInTransaction(() -> {
            Query query = actorKey.map(actor -> Query.select().where("SUBJECT_KEY = ? OR ACTOR_KEY = ?", subject,
                    actor)).orElseGet(() -> Query.select().where("SUBJECT_KEY = ?", subject));
            int rewritten = 0;
            for (AuditEntryEntity row : ao.find(AuditEntryEntity.class, query)) {
                if (subject.equals(row.getSubjectKey())) {
                    row.setSubjectKey(pseudonym);
                }
                if (actorKey.isPresent() && actorKey.get().equals(row.getActorKey())) {
                    row.setActorKey(pseudonym);
                }
                row.save();
                rewritten++;
            }
            return rewritten;
        });
    }

    @Override
    public int deleteOlderThan(Instant cutoff) {
        return ao.deleteWithSQL(AuditEntryEntity.class, "AUDIT_AT < ?", StoredValues.millis(cutoff));
    }

    private List<AuditEntry> entries(Query query) {
        List<AuditEntry> entries = new ArrayList<>();
        for (AuditEntryEntity row : ao.find(AuditEntryEntity.class, query)) {
            entries.add(new AuditEntry(row.getID(), StoredValues.instant(row.getAuditAt()), row.getActorKey(),
                    row.getSubjectKey(), action(row.getAuditAction()),
                    row.getDetail() == null ? "" : row.getDetail()));
        }
        return entries;
    }

    /** An action a newer version logged reads as a read: the entry stays visible rather than breaking the log. */
    private static AuditAction action(String stored) {
        try {
            return AuditAction.valueOf(stored);
        } catch (IllegalArgumentException | NullPointerException e) {
            return AuditAction.READ;
        }
    }
}
