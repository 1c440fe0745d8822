package app.alongside.perspective;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A fake {@link AuditLog} in memory: ids from 1 upwards in the order entries are recorded, queries newest first
 * (highest id first), as the real log. Published in core's test jar for the adapters' tests.
 */
public final class InMemoryAuditLog implements AuditLog {

    private final List<AuditEntry> entries = new ArrayList<>();
    private long nextId = 1;
    /** When set, every call fails with it, as a database outage would. */
    public RuntimeException failure;

    @Override
    public void record(AuditEntry entry) {
        check();
        entries.add(new AuditEntry(nextId++, entry.at(), entry.actor(), entry.subject(), entry.action(),
                entry.detail()));
    }

    @Override
    public List<AuditEntry> newest(Optional<Long> before, int limit) {
        check();
        return entries.stream().filter(e -> before.map(b -> e.id() < b).orElse(true))
                .sorted(Comparator.comparingLong(AuditEntry::id).reversed()).limit(limit).toList();
    }

    @Override
    public List<AuditEntry> about(String subject, int limit) {
        check();
        return entries.stream().filter(e -> e.subject().equals(subject))
                .sorted(Comparator.comparingLong(AuditEntry::id).reversed()).limit(limit).toList();
    }

    @Override
    public int pseudonymise(String subject, Optional<String> actorKey, String pseudonym) {
        check();
        int rewritten = 0;
        for (int i = 0; i < entries.size(); i++) {
            AuditEntry e = entries.get(i);
            boolean aboutThem = e.subject().equals(subject);
            boolean byThem = actorKey.map(e.actor()::equals).orElse(false);
            if (aboutThem || byThem) {
                entries.set(i, new AuditEntry(e.id(), e.at(), byThem ? pseudonym : e.actor(),
                        aboutThem ? pseudonym : e.subject(), e.action(), e.detail()));
                rewritten++;
            }
        }
        return rewritten;
    }

    @Override
    public int deleteOlderThan(Instant cutoff) {
        check();
        int before = entries.size();
        entries.removeIf(e -> e.at().isBefore(cutoff));
        return before - entries.size();
    }

    /** Every entry, oldest first. */
    public List<AuditEntry> entries() {
        return List.copyOf(entries);
    }

    /** The most recent entry. */
    public AuditEntry last() {
        if (entries.isEmpty()) {
            throw new IllegalStateException("nothing recorded");
        }
        return entries.get(entries.size() - 1);
    }

    /** Whether any entry's actor, subject or detail contains {@code text}. */
    public boolean mentions(String text) {
        return entries.stream().anyMatch(e -> e.actor().contains(text) || e.subject().contains(text)
                || e.detail().contains(text));
    }

    private void check() {
        if (failure != null) {
            throw failure;
        }
    }
}
