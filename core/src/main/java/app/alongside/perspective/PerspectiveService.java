package app.alongside.perspective;

import app.alongside.validation.Validated;

import java.time.Clock;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * Private perspectives with consent, and the data rights around them. Every read and change is written to the
 * {@link AuditLog}. Who may act is the adapter's question (the person themself; a facilitator on someone's behalf
 * only with a note of their consent; an administrator for erasure and retention); this class enforces what the
 * record needs: consent that names its purpose, a note when acting on someone's behalf, versions, and history.
 *
 * <p>Actors are Confluence user keys. Validation problems use the field names {@code perspectives},
 * {@code consent}, {@code ownWords}, {@code consentGivenBy}, {@code consentGivenOn}, {@code consentHow}.</p>
 */
public final class PerspectiveService {

    private final PerspectiveStore store;
    private final AuditLog audit;
    private final Clock clock;

    public PerspectiveService(PerspectiveStore store, AuditLog audit, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * A person records (or changes) their own declaration. Needs at least one known perspective code and the consent
     * box ticked; own words at most {@link Declaration#MAX_OWN_WORDS} characters (any script, emoji welcome). The
     * version rises by one over the current one; the history gains GIVEN (first) or UPDATED.
     */
    public Validated<Declaration> declareOwn(String actorUserKey, DeclarationForm form) {
        throw new UnsupportedOperationException("to be implemented");
    }

    /**
     * A facilitator records (or changes) a declaration on the subject's behalf: as {@link #declareOwn} plus the note
     * of the subject's consent (who gave it, when — not in the future —, how), all required.
     */
    public Validated<Declaration> declareOnBehalf(String facilitatorUserKey, SubjectKey subject, DeclarationForm form) {
        throw new UnsupportedOperationException("to be implemented");
    }

    /** The subject's current declaration, read by {@code actor} (audited as READ). */
    public Optional<Declaration> read(String actorUserKey, SubjectKey subject) {
        throw new UnsupportedOperationException("to be implemented");
    }

    /**
     * Withdraws consent: the declaration is deleted at once (so it leaves every total), the history gains WITHDRAWN.
     * False if there was nothing to withdraw.
     */
    public boolean withdraw(String actorUserKey, SubjectKey subject) {
        throw new UnsupportedOperationException("to be implemented");
    }

    /** Everything held about the subject (audited as EXPORTED: the "My data" page and the JSON export). */
    public MyData export(String actorUserKey, SubjectKey subject) {
        throw new UnsupportedOperationException("to be implemented");
    }

    /**
     * Erases the subject's private data: declaration and history deleted; audit entries about them (and, for a user,
     * made by them) pseudonymised to a fresh {@code erased:<random>} pseudonym; one ERASED entry with that pseudonym
     * records who erased and when. Returns the pseudonym.
     */
    public String erase(String actorUserKey, SubjectKey subject) {
        throw new UnsupportedOperationException("to be implemented");
    }

    /**
     * Applies a retention period (at least one month, at most 10 years): deletes declarations and history older than
     * now minus {@code period}, and audit entries older than that; logs RETENTION_APPLIED.
     */
    public Validated<RetentionResult> applyRetention(String actorUserKey, Period period) {
        throw new UnsupportedOperationException("to be implemented");
    }
}
