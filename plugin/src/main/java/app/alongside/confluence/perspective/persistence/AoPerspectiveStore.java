package app.alongside.confluence.perspective.persistence;

import app.alongside.perspective.Consent;
import app.alongside.perspective.ConsentEvent;
import app.alongside.perspective.ConsentMethod;
import app.alongside.perspective.ConsentPurpose;
import app.alongside.perspective.Declaration;
import app.alongside.perspective.OnBehalfNote;
import app.alongside.perspective.PerspectiveStore;
import app.alongside.perspective.SubjectKey;
import com.atlassian.activeobjects.external.ActiveObjects;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.java.ao.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Core's {@link PerspectiveStore} in Active Objects: one {@link DeclarationEntity} row per person with a current
 * declaration, and their {@link ConsentEventEntity} history. Returns core records, never entities.
 *
 * <p>Statements: {@link #current} 1, {@link #history} 1, {@link #save} 3 in one transaction (delete the old
 * declaration, insert the new one, append the event), {@link #withdraw} 2 in one transaction (1 when there was
 * nothing to withdraw), {@link #erase} 2 and {@link #deleteOlderThan} 2 (each in one transaction), and
 * {@link #countLivedExperience} 1 for any number of subjects up to {@value #SUBJECTS_PER_STATEMENT} (then one per
 * {@value #SUBJECTS_PER_STATEMENT}: PostgreSQL's driver takes at most 32,767 parameters in a statement). Within a
 * statement the subjects go in {@code IN} lists of {@value #IN_LIST} joined by {@code OR}, because Oracle refuses a
 * longer list. Rows are inserted as one-row batches: one statement on every database, where a single create costs
 * two on PostgreSQL (it asks the sequence for the id first).</p>
 */
@Named
public final class AoPerspectiveStore implements PerspectiveStore {

    static final int IN_LIST = 500;
    static final int SUBJECTS_PER_STATEMENT = 30_000;

    private final ActiveObjects ao;

    @Inject
    public AoPerspectiveStore(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public Optional<Declaration> current(SubjectKey subject) {
        DeclarationEntity[] rows = ao.find(DeclarationEntity.class,
                Query.select().where("SUBJECT_KEY = ?", subject.value()));
        return rows.length == 0 ? Optional.empty() : Optional.of(declaration(rows[0]));
    }

    @Override
    public void save(Declaration declaration, ConsentEvent event) {
        requireSameSubject(declaration.subject(), event);
        ao.executeInTransaction(() -> {
            ao.deleteWithSQL(DeclarationEntity.class, "SUBJECT_KEY = ?", declaration.subject().value());
            ao.create(DeclarationEntity.class, List.of(declarationRow(declaration)));
            ao.create(ConsentEventEntity.class, List.of(eventRow(event)));
            return null;
        });
    }

    @Override
    public boolean withdraw(SubjectKey subject, ConsentEvent event) {
        requireSameSubject(subject, event);
        return ao.executeInTransaction(() -> {
            if (ao.deleteWithSQL(DeclarationEntity.class, "SUBJECT_KEY = ?", subject.value()) == 0) {
                return false;
            }
            ao.create(ConsentEventEntity.class, List.of(eventRow(event)));
            return true;
        });
    }

    @Override
    public List<ConsentEvent> history(SubjectKey subject) {
        List<ConsentEvent> history = new ArrayList<>();
        for (ConsentEventEntity row : ao.find(ConsentEventEntity.class, Query.select()
                .where("SUBJECT_KEY = ?", subject.value()).order("EVENT_AT ASC, ID ASC"))) {
            history.add(event(subject, row));
        }
        return history;
    }

    @Override
    public int countLivedExperience(Collection<SubjectKey> subjects) {
        List<String> keys = subjects.stream().filter(Objects::nonNull).map(SubjectKey::value).distinct().sorted()
                .toList();
        int count = 0;
        for (int from = 0; from < keys.size(); from += SUBJECTS_PER_STATEMENT) {
            List<String> chunk = keys.subList(from, Math.min(keys.size(), from + SUBJECTS_PER_STATEMENT));
            List<String> lists = new ArrayList<>();
            for (int start = 0; start < chunk.size(); start += IN_LIST) {
                int size = Math.min(IN_LIST, chunk.size() - start);
                lists.add("SUBJECT_KEY IN (" + String.join(",", Collections.nCopies(size, "?")) + ")");
            }
            Object[] parameters = new Object[chunk.size() + 1];
            parameters[0] = Boolean.TRUE;
            for (int i = 0; i < chunk.size(); i++) {
                parameters[i + 1] = chunk.get(i);
            }
            count += ao.count(DeclarationEntity.class, Query.select()
                    .where("LIVED_EXPERIENCE = ? AND (" + String.join(" OR ", lists) + ")", parameters));
        }
        return count;
    }

    /** As {@link #countLivedExperience}, reading the matching keys instead of counting them: the same statements. */
    @Override
    public java.util.Set<SubjectKey> withLivedExperience(Collection<SubjectKey> subjects) {
        List<String> keys = subjects.stream().filter(Objects::nonNull).map(SubjectKey::value).distinct().sorted()
                .toList();
        java.util.Set<SubjectKey> found = new java.util.HashSet<>();
        for (int from = 0; from < keys.size(); from += SUBJECTS_PER_STATEMENT) {
            List<String> chunk = keys.subList(from, Math.min(keys.size(), from + SUBJECTS_PER_STATEMENT));
            List<String> lists = new ArrayList<>();
            for (int start = 0; start < chunk.size(); start += IN_LIST) {
                int size = Math.min(IN_LIST, chunk.size() - start);
                lists.add("SUBJECT_KEY IN (" + String.join(",", Collections.nCopies(size, "?")) + ")");
            }
            Object[] parameters = new Object[chunk.size() + 1];
            parameters[0] = Boolean.TRUE;
            for (int i = 0; i < chunk.size(); i++) {
                parameters[i + 1] = chunk.get(i);
            }
            ao.stream(DeclarationEntity.class, Query.select("ID, SUBJECT_KEY")
                    .where("LIVED_EXPERIENCE = ? AND (" + String.join(" OR ", lists) + ")", parameters),
                    row -> SubjectKey.parse(row.getSubjectKey()).ifPresent(found::add));
        }
        return found;
    }

    @Override
    public int erase(SubjectKey subject) {
        return ao.executeInTransaction(() ->
                ao.deleteWithSQL(DeclarationEntity.class, "SUBJECT_KEY = ?", subject.value())
                        + ao.deleteWithSQL(ConsentEventEntity.class, "SUBJECT_KEY = ?", subject.value()));
    }

    @Override
    public int pseudonymiseRecorder(String userKey, String pseudonym) {
        // Active Objects has no bulk update; a person records few others' declarations.
        return ao.executeInTransaction(() -> {
            int rewritten = 0;
            for (DeclarationEntity row : ao.find(DeclarationEntity.class, Query.select()
                    .where("RECORDED_BY = ? OR CONSENT_RECORDED_BY = ?", userKey, userKey))) {
                if (userKey.equals(row.getRecordedBy())) {
                    row.setRecordedBy(pseudonym);
                }
                if (userKey.equals(row.getConsentRecordedBy())) {
                    row.setConsentRecordedBy(pseudonym);
                }
                row.save();
                rewritten++;
            }
            for (ConsentEventEntity row : ao.find(ConsentEventEntity.class, Query.select()
                    .where("EVENT_BY = ?", userKey))) {
                row.setEventBy(pseudonym);
                row.save();
                rewritten++;
            }
            return rewritten;
        });
    }

    @Override
    public int deleteOlderThan(Instant cutoff) {
        long millis = StoredValues.millis(cutoff);
        return ao.executeInTransaction(() ->
                ao.deleteWithSQL(DeclarationEntity.class, "RECORDED_AT < ?", millis)
                        + ao.deleteWithSQL(ConsentEventEntity.class, "EVENT_AT < ?", millis));
    }

    // ------------------------------------------------------------------ mapping

    private static void requireSameSubject(SubjectKey subject, ConsentEvent event) {
        if (!subject.equals(event.subject())) {
            throw new IllegalArgumentException("the consent event is about another subject");
        }
    }

    private static Map<String, Object> declarationRow(Declaration declaration) {
        Consent consent = declaration.consent();
        Optional<OnBehalfNote> note = consent.onBehalf();
        Map<String, Object> row = new HashMap<>();
        row.put(DeclarationEntity.SUBJECT_KEY, declaration.subject().value());
        row.put(DeclarationEntity.PERSPECTIVES, StoredValues.perspectives(declaration.perspectives()));
        row.put(DeclarationEntity.LIVED_EXPERIENCE, declaration.countsAsLivedExperience());
        row.put(DeclarationEntity.OWN_WORDS, declaration.ownWords().orElse(null));
        row.put(DeclarationEntity.SHOW_ON_PAGE, declaration.showOnPage());
        row.put(DeclarationEntity.DECLARATION_VERSION, declaration.version());
        row.put(DeclarationEntity.RECORDED_AT, StoredValues.millis(declaration.recordedAt()));
        row.put(DeclarationEntity.RECORDED_BY, declaration.recordedBy());
        row.put(DeclarationEntity.CONSENT_PURPOSE, consent.purpose().code());
        row.put(DeclarationEntity.CONSENT_METHOD, consent.method().name());
        row.put(DeclarationEntity.CONSENT_GIVEN_AT, StoredValues.millis(consent.givenAt()));
        row.put(DeclarationEntity.CONSENT_RECORDED_BY, consent.recordedBy());
        row.put(DeclarationEntity.BEHALF_GIVEN_BY, note.map(OnBehalfNote::givenBy).orElse(null));
        row.put(DeclarationEntity.BEHALF_GIVEN_ON, note.map(n -> StoredValues.day(n.givenOn())).orElse(null));
        row.put(DeclarationEntity.BEHALF_HOW, note.map(OnBehalfNote::how).orElse(null));
        return row;
    }

    private static Map<String, Object> eventRow(ConsentEvent event) {
        Optional<OnBehalfNote> note = event.onBehalf();
        Map<String, Object> row = new HashMap<>();
        row.put(ConsentEventEntity.SUBJECT_KEY, event.subject().value());
        row.put(ConsentEventEntity.EVENT_KIND, event.kind().name());
        row.put(ConsentEventEntity.DECLARATION_VERSION, event.version());
        row.put(ConsentEventEntity.EVENT_AT, StoredValues.millis(event.at()));
        row.put(ConsentEventEntity.EVENT_BY, event.by());
        row.put(ConsentEventEntity.CONSENT_METHOD, event.method().name());
        row.put(ConsentEventEntity.BEHALF_GIVEN_BY, note.map(OnBehalfNote::givenBy).orElse(null));
        row.put(ConsentEventEntity.BEHALF_GIVEN_ON, note.map(n -> StoredValues.day(n.givenOn())).orElse(null));
        row.put(ConsentEventEntity.BEHALF_HOW, note.map(OnBehalfNote::how).orElse(null));
        return row;
    }

    private static Declaration declaration(DeclarationEntity row) {
        Optional<OnBehalfNote> note = StoredValues.note(row.getBehalfGivenBy(), row.getBehalfGivenOn(),
                row.getBehalfHow());
        ConsentMethod method = method(row.getConsentMethod(), note);
        Consent consent = new Consent(purpose(row.getConsentPurpose()),
                StoredValues.instant(row.getConsentGivenAt()), row.getConsentRecordedBy(), method,
                note);
        return new Declaration(new SubjectKey(row.getSubjectKey()), StoredValues.perspectives(row.getPerspectives()),
                Optional.ofNullable(row.getOwnWords()), row.isShowOnPage(), consent,
                Math.max(1, row.getDeclarationVersion()), StoredValues.instant(row.getRecordedAt()),
                row.getRecordedBy());
    }

    private static ConsentEvent event(SubjectKey subject, ConsentEventEntity row) {
        Optional<OnBehalfNote> note = StoredValues.note(row.getBehalfGivenBy(), row.getBehalfGivenOn(),
                row.getBehalfHow());
        ConsentEvent.Kind kind;
        try {
            kind = ConsentEvent.Kind.valueOf(row.getEventKind());
        } catch (IllegalArgumentException e) { // a kind a newer version wrote: something changed, at least
            kind = ConsentEvent.Kind.UPDATED;
        }
        ConsentMethod method = ConsentMethod.ON_BEHALF.name().equals(row.getConsentMethod())
                ? ConsentMethod.ON_BEHALF : ConsentMethod.SELF;
        return new ConsentEvent(subject, kind, Math.max(1, row.getDeclarationVersion()),
                StoredValues.instant(row.getEventAt()), row.getEventBy(), method, note);
    }

    /**
     * The store writes the method and the note together; a row where they disagree was changed by hand, and reading
     * it as either would misstate how consent was given, so it is refused.
     */
    private static ConsentMethod method(String stored, Optional<OnBehalfNote> note) {
        ConsentMethod method = ConsentMethod.ON_BEHALF.name().equals(stored) ? ConsentMethod.ON_BEHALF
                : ConsentMethod.SELF.name().equals(stored) ? ConsentMethod.SELF : null;
        if (method == null || (method == ConsentMethod.ON_BEHALF) != note.isPresent()) {
            throw new IllegalStateException("a stored consent record is unreadable (method " + stored
                    + (note.isPresent() ? ", with" : ", without") + " a note of consent)");
        }
        return method;
    }

    /** There is one purpose; a row naming another (a newer version's) cannot be read as consent to this one. */
    private static ConsentPurpose purpose(String stored) {
        for (ConsentPurpose purpose : ConsentPurpose.values()) {
            if (purpose.code().equals(stored)) {
                return purpose;
            }
        }
        throw new IllegalStateException("a stored declaration names a consent purpose this version does not know: "
                + stored);
    }
}
