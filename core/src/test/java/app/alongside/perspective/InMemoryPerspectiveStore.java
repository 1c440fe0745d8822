package app.alongside.perspective;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A fake {@link PerspectiveStore} in memory, keeping the real store's rules (one current declaration per subject,
 * history oldest first, withdrawal appends nothing when there was nothing to withdraw) and counting its
 * "statements". Published in core's test jar for the adapters' tests; {@link #holdsAnythingAbout} lets erasure
 * tests prove no row is left.
 */
public final class InMemoryPerspectiveStore implements PerspectiveStore {

    private final Map<SubjectKey, Declaration> declarations = new LinkedHashMap<>();
    private final List<ConsentEvent> history = new ArrayList<>();
    private int statements;
    /** When set, every call fails with it, as a database outage would. */
    public RuntimeException failure;

    @Override
    public Optional<Declaration> current(SubjectKey subject) {
        statement();
        return Optional.ofNullable(declarations.get(subject));
    }

    @Override
    public void save(Declaration declaration, ConsentEvent event) {
        statement();
        requireSameSubject(declaration.subject(), event);
        declarations.put(declaration.subject(), declaration);
        history.add(event);
    }

    @Override
    public boolean withdraw(SubjectKey subject, ConsentEvent event) {
        statement();
        requireSameSubject(subject, event);
        if (declarations.remove(subject) == null) {
            return false;
        }
        history.add(event);
        return true;
    }

    @Override
    public List<ConsentEvent> history(SubjectKey subject) {
        statement();
        return history.stream().filter(e -> e.subject().equals(subject)).toList();
    }

    @Override
    public int countLivedExperience(Collection<SubjectKey> subjects) {
        statement();
        Set<SubjectKey> distinct = new HashSet<>(subjects);
        return (int) distinct.stream().map(declarations::get)
                .filter(d -> d != null && d.countsAsLivedExperience()).count();
    }

    @Override
    public Set<SubjectKey> withLivedExperience(Collection<SubjectKey> subjects) {
        statement();
        Set<SubjectKey> found = new HashSet<>();
        for (SubjectKey subject : subjects) {
            Declaration d = declarations.get(subject);
            if (d != null && d.countsAsLivedExperience()) {
                found.add(subject);
            }
        }
        return found;
    }

    @Override
    public int erase(SubjectKey subject) {
        statement();
        int before = rows();
        declarations.remove(subject);
        history.removeIf(e -> e.subject().equals(subject));
        return before - rows();
    }

    @Override
    public int pseudonymiseRecorder(String userKey, String pseudonym) {
        statement();
        int rewritten = 0;
        for (Map.Entry<SubjectKey, Declaration> entry : declarations.entrySet()) {
            Declaration d = entry.getValue();
            Consent c = d.consent();
            if (d.recordedBy().equals(userKey) || c.recordedBy().equals(userKey)) {
                Consent consent = new Consent(c.purpose(), c.givenAt(),
                        c.recordedBy().equals(userKey) ? pseudonym : c.recordedBy(), c.method(), c.onBehalf());
                entry.setValue(new Declaration(d.subject(), d.perspectives(), d.ownWords(), d.showOnPage(), consent,
                        d.version(), d.recordedAt(), d.recordedBy().equals(userKey) ? pseudonym : d.recordedBy()));
                rewritten++;
            }
        }
        for (int i = 0; i < history.size(); i++) {
            ConsentEvent e = history.get(i);
            if (e.by().equals(userKey)) {
                history.set(i, new ConsentEvent(e.subject(), e.kind(), e.version(), e.at(), pseudonym, e.method(),
                        e.onBehalf()));
                rewritten++;
            }
        }
        return rewritten;
    }

    @Override
    public int deleteOlderThan(Instant cutoff) {
        statement();
        int before = rows();
        declarations.values().removeIf(d -> d.recordedAt().isBefore(cutoff));
        history.removeIf(e -> e.at().isBefore(cutoff));
        return before - rows();
    }

    /** Whether any declaration or history row is about the subject or mentions its key anywhere. */
    public boolean holdsAnythingAbout(SubjectKey subject) {
        String key = subject.value();
        return declarations.values().stream().anyMatch(d -> d.subject().equals(subject) || d.toString().contains(key))
                || history.stream().anyMatch(e -> e.subject().equals(subject) || e.toString().contains(key));
    }

    /** Declarations plus history entries held. */
    public int rows() {
        return declarations.size() + history.size();
    }

    /** How many calls were made: each stands for one statement of the real store. */
    public int statements() {
        return statements;
    }

    /** Every subject's history, in the order it was written. */
    public List<ConsentEvent> allHistory() {
        return List.copyOf(history);
    }

    private void statement() {
        statements++;
        if (failure != null) {
            throw failure;
        }
    }

    private static void requireSameSubject(SubjectKey subject, ConsentEvent event) {
        if (!event.subject().equals(subject)) {
            throw new IllegalArgumentException("the event is about " + event.subject() + ", not " + subject);
        }
    }
}
