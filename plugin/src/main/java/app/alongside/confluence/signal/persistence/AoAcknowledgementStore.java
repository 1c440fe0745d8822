package app.alongside.confluence.signal.persistence;

import app.alongside.signal.AcknowledgedSignals;
import app.alongside.signal.Acknowledgement;
import app.alongside.signal.AcknowledgementStore;
import app.alongside.signal.SignalKind;
import app.alongside.signal.SignalSubject;
import com.atlassian.activeobjects.external.ActiveObjects;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.java.ao.Query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Core's {@link AcknowledgementStore} in Active Objects, and the counts insights read ({@link AcknowledgedSignals}).
 * Statements: {@link #save} 2 in one transaction (delete the old, insert the new); {@link #about} 1;
 * {@link #remove} 1; {@link #eraseUser} 1 (an UPDATE, so the group's notes stay); {@link #acknowledgedIn} one
 * statement.
 */
@Named
public final class AoAcknowledgementStore implements AcknowledgementStore, AcknowledgedSignals {

    private final ActiveObjects ao;

    @Inject
    public AoAcknowledgementStore(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public void save(Acknowledgement acknowledgement) {
        String key = ackKey(acknowledgement.subject(), acknowledgement.kind());
        Map<String, Object> row = new HashMap<>();
        row.put(AcknowledgementEntity.ACK_KEY, key);
        row.put(AcknowledgementEntity.SUBJECT_KEY, acknowledgement.subject().key());
        row.put(AcknowledgementEntity.KIND, acknowledgement.kind().code());
        row.put(AcknowledgementEntity.SPACE_KEY, acknowledgement.spaceKey());
        row.put(AcknowledgementEntity.NOTE, acknowledgement.note());
        row.put(AcknowledgementEntity.USER_KEY, acknowledgement.by());
        row.put(AcknowledgementEntity.ACKNOWLEDGED_AT, acknowledgement.at().toEpochMilli());
        row.put(AcknowledgementEntity.COUNTED_ON, countedOn(acknowledgement));
        ao.executeInTransaction(() -> {
            ao.deleteWithSQL(AcknowledgementEntity.class, AcknowledgementEntity.ACK_KEY + " = ?", key);
            ao.create(AcknowledgementEntity.class, List.of(row));
            return null;
        });
    }

    @Override
    public List<Acknowledgement> about(SignalSubject subject) {
        List<Acknowledgement> found = new ArrayList<>();
        for (AcknowledgementEntity row : ao.find(AcknowledgementEntity.class, Query.select()
                .where(AcknowledgementEntity.SUBJECT_KEY + " = ?", subject.key()))) {
            toRecord(row).ifPresent(found::add);
        }
        return found;
    }

    @Override
    public boolean remove(SignalSubject subject, SignalKind kind) {
        return ao.deleteWithSQL(AcknowledgementEntity.class, AcknowledgementEntity.ACK_KEY + " = ?",
                ackKey(subject, kind)) > 0;
    }

    @Override
    public int eraseUser(String userKey) {
        AcknowledgementEntity[] rows = ao.find(AcknowledgementEntity.class, Query.select()
                .where(AcknowledgementEntity.USER_KEY + " = ?", userKey));
        for (AcknowledgementEntity row : rows) {
            row.setUserKey(Acknowledgement.ERASED);
            row.save();
        }
        return rows.length;
    }

    @Override
    public Map<SignalKind, Integer> acknowledgedIn(Set<String> spaceKeys, LocalDate from, LocalDate to) {
        Map<SignalKind, Integer> counts = new EnumMap<>(SignalKind.class);
        if (spaceKeys.isEmpty() || to.isBefore(from)) {
            return counts;
        }
        List<String> keys = new ArrayList<>(spaceKeys);
        Collections.sort(keys);
        String placeholders = String.join(", ", Collections.nCopies(keys.size(), "?"));
        // One statement: the kinds of the period's acknowledgements, counted as they stream (there is at most one
        // row per signal raised, so this reads no more than the signals themselves).
        List<Object> parameters = new ArrayList<>(keys);
        parameters.add((int) from.toEpochDay());
        parameters.add((int) to.toEpochDay());
        ao.stream(AcknowledgementEntity.class, Query.select("ID, " + AcknowledgementEntity.KIND).where(
                AcknowledgementEntity.SPACE_KEY + " IN (" + placeholders + ") AND " + AcknowledgementEntity.COUNTED_ON
                        + " BETWEEN ? AND ?", parameters.toArray()),
                row -> SignalKind.fromCode(row.getKind()).ifPresent(kind -> counts.merge(kind, 1, Integer::sum)));
        return counts;
    }

    private static Integer countedOn(Acknowledgement acknowledgement) {
        if (acknowledgement.kind().scope() == SignalKind.Scope.SPACE) {
            return (int) LocalDate.ofInstant(acknowledgement.at(), ZoneOffset.UTC).toEpochDay();
        }
        return acknowledgement.decidedOn().map(date -> (int) date.toEpochDay()).orElse(null);
    }

    /** A row this version cannot read (a kind from a later version, say) is skipped, not failed on. */
    private static Optional<Acknowledgement> toRecord(AcknowledgementEntity row) {
        Optional<SignalKind> kind = SignalKind.fromCode(row.getKind());
        Optional<SignalSubject> subject = SignalSubject.parse(row.getSubjectKey());
        if (kind.isEmpty() || subject.isEmpty() || kind.get().scope() != subject.get().scope()) {
            return Optional.empty();
        }
        Optional<LocalDate> decidedOn = kind.get().scope() == SignalKind.Scope.DECISION && row.getCountedOn() != null
                ? Optional.of(LocalDate.ofEpochDay(row.getCountedOn())) : Optional.empty();
        try {
            return Optional.of(new Acknowledgement(kind.get(), subject.get(), row.getSpaceKey(), row.getNote(),
                    row.getUserKey(), Instant.ofEpochMilli(row.getAcknowledgedAt()), decidedOn));
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    private static String ackKey(SignalSubject subject, SignalKind kind) {
        return subject.key() + "|" + kind.code();
    }
}
