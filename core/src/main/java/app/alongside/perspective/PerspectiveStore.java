package app.alongside.perspective;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where declarations and consent history live (Active Objects in Confluence; never page storage or search). */
public interface PerspectiveStore {

    Optional<Declaration> current(SubjectKey subject);

    /** Stores {@code declaration} as the subject's current one (replacing any) and appends {@code event}: atomic. */
    void save(Declaration declaration, ConsentEvent event);

    /**
     * Deletes the subject's current declaration and appends {@code event} (a {@code WITHDRAWN} event): atomic.
     * Returns false, appending nothing, if there was no declaration.
     */
    boolean withdraw(SubjectKey subject, ConsentEvent event);

    /** The subject's consent history, oldest first. */
    List<ConsentEvent> history(SubjectKey subject);

    /** How many of these subjects have a current declaration that counts as lived experience: one statement. */
    int countLivedExperience(Collection<SubjectKey> subjects);

    /**
     * Which of these subjects have a current declaration that counts as lived experience: one statement (per
     * {@code countLivedExperience}'s chunk). Only for {@link InvolvementTotals}, which turns it into suppressed totals
     * for many groups at once; nothing else may show or keep the set.
     */
    java.util.Set<SubjectKey> withLivedExperience(Collection<SubjectKey> subjects);

    /** Deletes every row about the subject (declaration and history). Returns the number of rows deleted. */
    int erase(SubjectKey subject);

    /**
     * After a user's erasure: wherever they recorded someone else's declaration or consent event (as the person
     * acting, e.g. a facilitator), writes {@code pseudonym} instead of their user key. Returns the rows rewritten.
     */
    int pseudonymiseRecorder(String userKey, String pseudonym);

    /** Retention: deletes declarations recorded before {@code cutoff} and history entries older than it. */
    int deleteOlderThan(Instant cutoff);
}
