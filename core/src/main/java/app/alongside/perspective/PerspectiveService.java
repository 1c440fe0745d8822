package app.alongside.perspective;

import app.alongside.time.LenientDates;
import app.alongside.validation.Problem;
import app.alongside.validation.Validated;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Private perspectives with consent, and the data rights around them. Every read and change is written to the
 * {@link AuditLog}. Who may act is the adapter's question (the person themself; a facilitator on someone's behalf
 * only with a note of their consent; an administrator for erasure and retention); this class enforces what the
 * record needs: consent that names its purpose, a note when acting on someone's behalf, versions, and history.
 *
 * <p>Actors are Confluence user keys. Validation problems use the field names {@code perspectives},
 * {@code consent}, {@code ownWords}, {@code consentGivenBy}, {@code consentGivenOn}, {@code consentHow} (and
 * {@code period} for retention). Free text accepts any script, language or emoji; lengths are counted in code
 * points (what a person would call characters), and control characters other than tabs and line breaks are removed
 * because no one types them and some databases refuse them.</p>
 *
 * <p>Audit details say what happened ("version 3", "on behalf, consent noted"), never which perspectives or what
 * own words: the log is read by administrators who must not learn them from it.</p>
 */
public final class PerspectiveService {

    public static final String PERSPECTIVES = "perspectives";
    public static final String CONSENT = "consent";
    public static final String OWN_WORDS = "ownWords";
    public static final String CONSENT_GIVEN_BY = "consentGivenBy";
    public static final String CONSENT_GIVEN_ON = "consentGivenOn";
    public static final String CONSENT_HOW = "consentHow";
    public static final String PERIOD = "period";

    /** Retention: at least a month (shorter would erase declarations people have only just made)... */
    public static final int MIN_RETENTION_MONTHS = 1;
    /** ...and at most ten years. */
    public static final int MAX_RETENTION_MONTHS = 120;
    /** The most audit entries one page of the admin's audit log shows. */
    public static final int MAX_AUDIT_PAGE = 500;
    /** The most audit entries about one person that "My data" and the export include. */
    public static final int MAX_EXPORTED_AUDIT = 1_000;
    /** The subject of audit entries about the audit log itself and about retention. */
    public static final String AUDIT_LOG_SUBJECT = "audit-log";
    public static final String RETENTION_SUBJECT = "retention";
    public static final String PSEUDONYM_PREFIX = "erased:";

    /** Problem arguments echo what was typed, but never at length. */
    private static final int MAX_ECHO = 64;

    private final PerspectiveStore store;
    private final AuditLog audit;
    private final Clock clock;
    private final RandomGenerator random;
    private final PerspectiveChanges changes;

    public PerspectiveService(PerspectiveStore store, AuditLog audit, Clock clock) {
        this(store, audit, clock, new SecureRandom());
    }

    /** With the source of erasure pseudonyms: a {@link SecureRandom} in production, a seeded one in tests. */
    public PerspectiveService(PerspectiveStore store, AuditLog audit, Clock clock, RandomGenerator random) {
        this(store, audit, clock, random, PerspectiveChanges.NONE);
    }

    /** In the app: {@code changes} re-places the decisions a changed perspective is counted in. */
    public PerspectiveService(PerspectiveStore store, AuditLog audit, Clock clock, PerspectiveChanges changes) {
        this(store, audit, clock, new SecureRandom(), changes);
    }

    public PerspectiveService(PerspectiveStore store, AuditLog audit, Clock clock, RandomGenerator random,
                              PerspectiveChanges changes) {
        this.store = Objects.requireNonNull(store, "store");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
        this.changes = Objects.requireNonNull(changes, "changes");
    }

    /**
     * A person records (or changes) their own declaration. Needs at least one known perspective code and the consent
     * box ticked; own words at most {@link Declaration#MAX_OWN_WORDS} characters (any script, emoji welcome). The
     * version rises by one over the current one; the history gains GIVEN (first) or UPDATED.
     */
    public Validated<Declaration> declareOwn(String actorUserKey, DeclarationForm form) {
        requireActor(actorUserKey);
        return declare(actorUserKey, SubjectKey.user(actorUserKey), form, false);
    }

    /**
     * A facilitator records (or changes) a declaration on the subject's behalf: as {@link #declareOwn} plus the note
     * of the subject's consent (who gave it, when — not in the future —, how), all required.
     */
    public Validated<Declaration> declareOnBehalf(String facilitatorUserKey, SubjectKey subject, DeclarationForm form) {
        requireActor(facilitatorUserKey);
        Objects.requireNonNull(subject, "subject");
        return declare(facilitatorUserKey, subject, form, true);
    }

    /** The subject's current declaration, read by {@code actor} (audited as READ). */
    public Optional<Declaration> read(String actorUserKey, SubjectKey subject) {
        requireActor(actorUserKey);
        Objects.requireNonNull(subject, "subject");
        Optional<Declaration> current = store.current(subject);
        log(actorUserKey, subject.value(), AuditAction.READ,
                current.map(d -> "version " + d.version()).orElse("nothing held"));
        return current;
    }

    /**
     * The subject's own words, only if they chose to show them on their own page (never the perspectives).
     *
     * <p>Not audited, unlike {@link #read}: the person published these words on their page themselves, so showing
     * them to the page's viewers is what they asked for, and logging every page view would record who visits
     * people's pages, which is more than the log needs to hold.</p>
     */
    public Optional<String> publishedOwnWords(SubjectKey subject) {
        Objects.requireNonNull(subject, "subject");
        return store.current(subject).filter(Declaration::showOnPage).flatMap(Declaration::ownWords);
    }

    /**
     * Withdraws consent: the declaration is deleted at once (so it leaves every total), the history gains WITHDRAWN.
     * False if there was nothing to withdraw. Withdrawn by anyone other than the person themself, the history says
     * it was done on their behalf.
     */
    public boolean withdraw(String actorUserKey, SubjectKey subject) {
        requireActor(actorUserKey);
        Objects.requireNonNull(subject, "subject");
        Optional<Declaration> current = store.current(subject);
        if (current.isEmpty()) {
            return false;
        }
        int version = current.get().version();
        ConsentMethod method = isSelf(actorUserKey, subject) ? ConsentMethod.SELF : ConsentMethod.ON_BEHALF;
        ConsentEvent event = new ConsentEvent(subject, ConsentEvent.Kind.WITHDRAWN, version, clock.instant(),
                actorUserKey, method, Optional.empty());
        if (!store.withdraw(subject, event)) {
            return false;
        }
        log(actorUserKey, subject.value(), AuditAction.WITHDRAWN,
                "version " + version + (method == ConsentMethod.ON_BEHALF ? ", on behalf" : ""));
        changes.changed(subject);
        return true;
    }

    /**
     * Everything held about the subject (audited as EXPORTED: the "My data" page and the JSON export). The EXPORTED
     * entry is written first, so what the person sees includes this very look at their data.
     */
    public MyData export(String actorUserKey, SubjectKey subject) {
        requireActor(actorUserKey);
        Objects.requireNonNull(subject, "subject");
        log(actorUserKey, subject.value(), AuditAction.EXPORTED, "everything held");
        return new MyData(subject, store.current(subject), store.history(subject),
                audit.about(subject.value(), MAX_EXPORTED_AUDIT));
    }

    /**
     * Erases the subject's private data: declaration and history deleted; audit entries about them (and, for a user,
     * made by them) pseudonymised to a fresh {@code erased:<12 hex digits>} pseudonym; one ERASED entry with that
     * pseudonym records who erased and when (the pseudonym as actor too when people erase their own data, so the
     * entry does not name them). Returns the pseudonym.
     */
    public String erase(String actorUserKey, SubjectKey subject) {
        requireActor(actorUserKey);
        Objects.requireNonNull(subject, "subject");
        int rows = store.erase(subject);
        String pseudonym = PSEUDONYM_PREFIX + String.format("%012x", random.nextLong() & 0xFFFF_FFFF_FFFFL);
        int rewritten = audit.pseudonymise(subject.value(), subject.userKey(), pseudonym);
        // Someone erased may have recorded other people's declarations (a facilitator): keep what they did, not who.
        rows += subject.userKey().map(userKey -> store.pseudonymiseRecorder(userKey, pseudonym)).orElse(0);
        String actor = isSelf(actorUserKey, subject) ? pseudonym : actorUserKey;
        log(actor, pseudonym, AuditAction.ERASED,
                rows + " private rows deleted, " + rewritten + " audit entries pseudonymised");
        changes.changed(subject);
        return pseudonym;
    }

    /**
     * Erases the subject's private data, as {@link #erase}, if anything is held about them; otherwise does nothing and
     * logs nothing (so that, say, every deleted page does not leave an audit entry). Whether anything is held is
     * checked by reading the consent history, which every declaration leaves, without auditing: no private data is
     * read, only whether there is some.
     */
    public Optional<String> eraseIfAny(String actorUserKey, SubjectKey subject) {
        requireActor(actorUserKey);
        Objects.requireNonNull(subject, "subject");
        if (store.history(subject).isEmpty() && store.current(subject).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(erase(actorUserKey, subject));
    }

    /**
     * Applies a retention period (at least one month, at most 10 years): deletes declarations and history older than
     * now minus {@code period}, and audit entries older than that; logs RETENTION_APPLIED (after deleting, so the
     * entry survives). Outside the range: a problem on {@code period},
     * {@code alongside.retention.error.range}, with the least and most months as arguments.
     */
    public Validated<RetentionResult> applyRetention(String actorUserKey, Period period) {
        requireActor(actorUserKey);
        Objects.requireNonNull(period, "period");
        ZonedDateTime now = ZonedDateTime.now(clock);
        ZonedDateTime cutoff = now.minus(period);
        if (cutoff.isAfter(now.minusMonths(MIN_RETENTION_MONTHS))
                || cutoff.isBefore(now.minusMonths(MAX_RETENTION_MONTHS))) {
            return Validated.invalid(List.of(Problem.of(PERIOD, "alongside.retention.error.range",
                    MIN_RETENTION_MONTHS, MAX_RETENTION_MONTHS)));
        }
        Instant cutoffInstant = cutoff.toInstant();
        int privateRows = store.deleteOlderThan(cutoffInstant);
        int auditRows = audit.deleteOlderThan(cutoffInstant);
        if (privateRows > 0) {
            changes.changedForMany();
        }
        log(actorUserKey, RETENTION_SUBJECT, AuditAction.RETENTION_APPLIED, "period " + period + ": "
                + privateRows + " private rows and " + auditRows + " audit entries deleted");
        return Validated.valid(new RetentionResult(cutoffInstant, privateRows, auditRows));
    }

    /**
     * A page of the audit log for an administrator, newest first: up to {@code limit} (1 to {@link #MAX_AUDIT_PAGE})
     * entries with an id below {@code before}. The reading itself is logged as AUDIT_READ (about
     * {@value #AUDIT_LOG_SUBJECT}) after the page is read, so the page shows the log as it was.
     */
    public List<AuditEntry> auditLog(String adminUserKey, Optional<Long> before, int limit) {
        requireActor(adminUserKey);
        Objects.requireNonNull(before, "before");
        int pageSize = Math.max(1, Math.min(limit, MAX_AUDIT_PAGE));
        List<AuditEntry> page = audit.newest(before, pageSize);
        log(adminUserKey, AUDIT_LOG_SUBJECT, AuditAction.AUDIT_READ,
                before.map(id -> "before entry " + id).orElse("newest") + ", " + page.size() + " entries");
        return page;
    }

    private Validated<Declaration> declare(String actor, SubjectKey subject, DeclarationForm form, boolean onBehalf) {
        Objects.requireNonNull(form, "form");
        List<Problem> problems = new ArrayList<>();
        Set<Perspective> perspectives = perspectives(form.perspectiveCodes(), problems);
        if (!form.consentGiven()) {
            problems.add(Problem.of(CONSENT, "alongside.perspective.error.consent"));
        }
        Optional<String> ownWords = Optional.of(clean(form.ownWords())).filter(w -> !w.isEmpty());
        if (ownWords.isPresent() && codePoints(ownWords.get()) > Declaration.MAX_OWN_WORDS) {
            problems.add(Problem.of(OWN_WORDS, "alongside.perspective.error.ownWords.tooLong",
                    Declaration.MAX_OWN_WORDS));
        }
        Optional<OnBehalfNote> note = onBehalf ? note(form, problems) : Optional.empty();
        if (!problems.isEmpty()) {
            return Validated.invalid(problems);
        }

        Instant now = clock.instant();
        Optional<Declaration> current = store.current(subject);
        // After a withdrawal the count carries on from the history, so a version number is never reused.
        int version = current.map(d -> d.version() + 1).orElseGet(() -> store.history(subject).stream()
                .mapToInt(ConsentEvent::version).max().orElse(0) + 1);
        ConsentMethod method = onBehalf ? ConsentMethod.ON_BEHALF : ConsentMethod.SELF;
        Consent consent = new Consent(ConsentPurpose.TOTALS_ONLY, now, actor, method, note);
        Declaration declaration = new Declaration(subject, perspectives, ownWords, form.showOnPage(), consent,
                version, now, actor);
        ConsentEvent.Kind kind = current.isPresent() ? ConsentEvent.Kind.UPDATED : ConsentEvent.Kind.GIVEN;
        store.save(declaration, new ConsentEvent(subject, kind, version, now, actor, method, note));
        log(actor, subject.value(), kind == ConsentEvent.Kind.GIVEN ? AuditAction.DECLARED : AuditAction.UPDATED,
                "version " + version + (onBehalf ? ", on behalf, consent noted" : ""));
        changes.changed(subject);
        return Validated.valid(declaration);
    }

    private static Set<Perspective> perspectives(List<String> codes, List<Problem> problems) {
        Set<Perspective> known = EnumSet.noneOf(Perspective.class);
        boolean unknown = false;
        for (String code : codes) {
            if (code.isBlank()) {
                continue;
            }
            Optional<Perspective> perspective = Perspective.fromCode(code);
            if (perspective.isPresent()) {
                known.add(perspective.get());
            } else {
                unknown = true;
                problems.add(Problem.of(PERSPECTIVES, "alongside.perspective.error.unknown", echo(code)));
            }
        }
        if (known.isEmpty() && !unknown) {
            problems.add(Problem.of(PERSPECTIVES, "alongside.perspective.error.none"));
        }
        if (known.contains(Perspective.PREFER_NOT_TO_SAY) && known.size() > 1) {
            // "Prefer not to say" alongside an answer would say something; ask which one they mean.
            problems.add(Problem.of(PERSPECTIVES, "alongside.perspective.error.preferNotToSayAlone"));
        }
        return known;
    }

    private Optional<OnBehalfNote> note(DeclarationForm form, List<Problem> problems) {
        int before = problems.size();
        String givenBy = noteText(form.consentGivenBy(), CONSENT_GIVEN_BY, "alongside.perspective.error.givenBy",
                problems);
        String typedOn = clean(form.consentGivenOn());
        Optional<LocalDate> givenOn = LenientDates.parse(typedOn);
        if (givenOn.isEmpty()) {
            problems.add(Problem.of(CONSENT_GIVEN_ON, "alongside.perspective.error.givenOn", echo(typedOn)));
        } else if (givenOn.get().isAfter(LocalDate.now(clock))) {
            problems.add(Problem.of(CONSENT_GIVEN_ON, "alongside.perspective.error.givenOn.future"));
        }
        String how = noteText(form.consentHow(), CONSENT_HOW, "alongside.perspective.error.how", problems);
        return problems.size() > before ? Optional.empty() : Optional.of(new OnBehalfNote(givenBy, givenOn.get(), how));
    }

    private static String noteText(String raw, String field, String missingKey, List<Problem> problems) {
        String text = clean(raw);
        if (text.isEmpty()) {
            problems.add(Problem.of(field, missingKey));
        } else if (codePoints(text) > OnBehalfNote.MAX_LENGTH) {
            problems.add(Problem.of(field, "alongside.perspective.error.note.tooLong", field, OnBehalfNote.MAX_LENGTH));
        }
        return text;
    }

    /** Stripped, without control characters other than tab and line breaks (nobody types them; PostgreSQL refuses NUL). */
    static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(raw.length());
        raw.codePoints().filter(c -> !Character.isISOControl(c) || c == '\t' || c == '\n' || c == '\r')
                .forEach(out::appendCodePoint);
        return out.toString().strip();
    }

    private static int codePoints(String text) {
        return text.codePointCount(0, text.length());
    }

    private static String echo(String typed) {
        String text = typed.strip();
        return codePoints(text) <= MAX_ECHO ? text
                : text.substring(0, text.offsetByCodePoints(0, MAX_ECHO)) + "\u2026";
    }

    private static boolean isSelf(String actorUserKey, SubjectKey subject) {
        return subject.userKey().map(actorUserKey::equals).orElse(false);
    }

    private void log(String actor, String subject, AuditAction action, String detail) {
        audit.record(new AuditEntry(0, clock.instant(), actor, subject, action, detail));
    }

    private static void requireActor(String userKey) {
        if (userKey == null || userKey.isBlank()) {
            throw new IllegalArgumentException("the actor's user key must not be blank");
        }
    }
}
