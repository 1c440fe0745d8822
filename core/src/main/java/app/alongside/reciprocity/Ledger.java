package app.alongside.reciprocity;

import app.alongside.perspective.AuditAction;
import app.alongside.perspective.AuditEntry;
import app.alongside.perspective.AuditLog;
import app.alongside.perspective.SubjectKey;
import app.alongside.settings.SettingsService;
import app.alongside.validation.Problem;
import app.alongside.validation.Validated;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.random.RandomGenerator;

/**
 * The reciprocity ledger's rules. A person reads their own entries; facilitators record, change, mark paid, delete,
 * list and export everyone's; anyone else gets only {@link ReciprocityTotals}, not shown for fewer than k people.
 * Every read of someone else's entries and every change is written to the {@link AuditLog}, with details that never
 * hold an amount, an activity or the benefits flag (administrators read the log).
 *
 * <p>Whether someone may view a space, and whether they are in the facilitators' group, is the adapter's question;
 * this class trusts {@link LedgerActor#facilitator()} and throws {@link NotPermitted} if it is false where needed.</p>
 */
public final class Ledger implements RecognitionTimeliness, LedgerTotals {

    /** Most people one entry form records time for at once. */
    public static final int MAX_PEOPLE = 100;
    /** Most of a person's own entries shown at once. */
    public static final int MAX_OWN = 1_000;
    /** An owed recognition this close to its deadline is due soon. */
    public static final int DUE_SOON_DAYS = 7;
    public static final String PSEUDONYM_PREFIX = "erased:";
    /** Whom a retention entry in the audit log is about: nobody in particular (as the perspectives' one). */
    public static final String RETENTION_SUBJECT = "retention";

    private final LedgerStore store;
    private final AuditLog audit;
    private final SettingsService settings;
    private final Clock clock;
    private final RandomGenerator random;

    public Ledger(LedgerStore store, AuditLog audit, SettingsService settings, Clock clock) {
        this(store, audit, settings, clock, new SecureRandom());
    }

    /** With the source of erasure pseudonyms: {@link SecureRandom} in production, seeded in tests. */
    public Ledger(LedgerStore store, AuditLog audit, SettingsService settings, Clock clock, RandomGenerator random) {
        this.store = Objects.requireNonNull(store, "store");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
    }

    /**
     * A facilitator records the same time and recognition for each of {@code people} (1 to {@link #MAX_PEOPLE}, each
     * once) in {@code spaceKey}: one entry each, all or none. Problems name the form's fields, plus
     * {@value LedgerForms#PEOPLE} when nobody is chosen.
     */
    public Validated<List<LedgerEntry>> record(LedgerActor actor, String spaceKey, List<SubjectKey> people,
                                               TimeForm time, RecognitionForm recognition) {
        requireFacilitator(actor, "record time");
        Objects.requireNonNull(people, "people");
        if (spaceKey == null || spaceKey.isBlank()) {
            throw new IllegalArgumentException("a space key is needed");
        }
        LocalDate today = LocalDate.now(clock);
        List<Problem> problems = new ArrayList<>();
        Set<SubjectKey> distinct = new LinkedHashSet<>(people);
        if (distinct.isEmpty()) {
            problems.add(Problem.of(LedgerForms.PEOPLE, "alongside.ledger.error.people.none"));
        } else if (distinct.size() > MAX_PEOPLE) {
            problems.add(Problem.of(LedgerForms.PEOPLE, "alongside.ledger.error.people.tooMany", MAX_PEOPLE));
        }
        Validated<LedgerForms.TimeParts> parts = LedgerForms.time(time, today);
        problems.addAll(parts.problems());
        LocalDate given = parts.value().map(LedgerForms.TimeParts::on).orElse(today);
        Validated<Recognition> recognised = LedgerForms.recognition(recognition, given, today);
        problems.addAll(recognised.problems());
        if (!problems.isEmpty()) {
            return Validated.invalid(problems);
        }
        LedgerForms.TimeParts p = parts.get();
        List<LedgerEntry> entries = new ArrayList<>();
        for (SubjectKey person : distinct) {
            entries.add(new LedgerEntry(0, new TimeGiven(person, spaceKey, p.on(), p.activity(), p.minutes(),
                    p.meetingPageId(), actor.userKey(), clock.instant()), recognised.get()));
        }
        List<LedgerEntry> stored = store.add(entries);
        for (LedgerEntry entry : stored) {
            log(actor.userKey(), entry.given().subject().value(), AuditAction.LEDGER_RECORDED,
                    "entry " + entry.id() + " in " + spaceKey);
        }
        return Validated.valid(stored);
    }

    /**
     * A facilitator changes what an entry's recognition is (or marks it paid or declined). A problem on
     * {@code id} if there is no such entry.
     */
    public Validated<LedgerEntry> recognise(LedgerActor actor, long id, RecognitionForm form) {
        requireFacilitator(actor, "change recognition");
        Objects.requireNonNull(form, "form");
        Optional<LedgerEntry> entry = store.find(id);
        if (entry.isEmpty()) {
            return Validated.invalid(List.of(Problem.of("id", "alongside.ledger.error.notFound")));
        }
        Validated<Recognition> recognition = LedgerForms.recognition(form, entry.get().given().on(),
                LocalDate.now(clock));
        if (!recognition.isValid()) {
            return Validated.invalid(recognition.problems());
        }
        if (!store.replaceRecognition(id, recognition.get())) {
            return Validated.invalid(List.of(Problem.of("id", "alongside.ledger.error.notFound")));
        }
        log(actor.userKey(), entry.get().given().subject().value(), AuditAction.LEDGER_CHANGED,
                "entry " + id + ": " + recognition.get().type().code() + ", " + recognition.get().state().code());
        return Validated.valid(entry.get().withRecognition(recognition.get()));
    }

    /** Marks an entry paid on {@code paidOn} (today if blank), keeping its type, amount and flag. */
    public Validated<LedgerEntry> markPaid(LedgerActor actor, long id, String paidOn) {
        requireFacilitator(actor, "mark entries paid");
        Optional<LedgerEntry> entry = store.find(id);
        if (entry.isEmpty()) {
            return Validated.invalid(List.of(Problem.of("id", "alongside.ledger.error.notFound")));
        }
        Recognition now = entry.get().recognition();
        return recognise(actor, id, new RecognitionForm(now.type().code(), Money.plain(now.amountPence()),
                RecognitionState.PAID.code(), paidOn, now.mayAffectBenefits()));
    }

    /** A facilitator deletes an entry recorded by mistake; false if there was none. */
    public boolean delete(LedgerActor actor, long id) {
        requireFacilitator(actor, "delete entries");
        Optional<LedgerEntry> entry = store.find(id);
        if (entry.isEmpty() || !store.delete(id)) {
            return false;
        }
        log(actor.userKey(), entry.get().given().subject().value(), AuditAction.LEDGER_DELETED, "entry " + id);
        return true;
    }

    /** The asker's own entries, newest first: not audited (nobody else's data is read). */
    public List<LedgerEntry> own(LedgerActor actor) {
        Objects.requireNonNull(actor, "actor");
        return store.of(actor.self(), MAX_OWN);
    }

    /** One entry: to its person, or to a facilitator (audited then). Empty for anyone else. */
    public Optional<LedgerEntry> entry(LedgerActor actor, long id) {
        Optional<LedgerEntry> entry = store.find(id);
        if (entry.isEmpty()) {
            return entry;
        }
        SubjectKey subject = entry.get().given().subject();
        if (actor.isSelf(subject)) {
            return entry;
        }
        if (!actor.facilitator()) {
            return Optional.empty();
        }
        log(actor.userKey(), subject.value(), AuditAction.LEDGER_READ, "entry " + id);
        return entry;
    }

    /** A facilitator lists entries: one LEDGER_READ entry per other person whose entries were read. */
    public List<LedgerEntry> entries(LedgerActor actor, LedgerQuery query) {
        requireFacilitator(actor, "list everyone’s entries");
        List<LedgerEntry> entries = store.find(query);
        logPerPerson(actor, entries, AuditAction.LEDGER_READ, "listed");
        return entries;
    }

    /** As {@link #entries}, for a CSV export: audited as LEDGER_EXPORTED per person. */
    public List<LedgerEntry> export(LedgerActor actor, LedgerQuery query) {
        requireFacilitator(actor, "export the ledger");
        List<LedgerEntry> entries = store.find(query);
        logPerPerson(actor, entries, AuditAction.LEDGER_EXPORTED, "exported");
        return entries;
    }

    /** The insights page's reciprocity figures: the same suppressed totals anyone who may view the spaces sees. */
    @Override
    public ReciprocityTotals totalsFor(Set<String> spaceKeys, LocalDate from, LocalDate to) {
        return totals(spaceKeys, from, to);
    }

    /**
     * Totals for time given in the spaces from/to (inclusive), for anyone who may view the spaces: not shown when
     * fewer than k people gave time, k being the strictest of the spaces' thresholds.
     */
    public ReciprocityTotals totals(Set<String> spaces, LocalDate from, LocalDate to) {
        Objects.requireNonNull(spaces, "spaces");
        requirePeriod(from, to);
        int k = threshold(spaces);
        LedgerSums sums = spaces.isEmpty() ? LedgerSums.NONE : store.sums(Set.copyOf(spaces), from, to);
        if (sums.people() < k) {
            return new ReciprocityTotals.NotShown(k);
        }
        return new ReciprocityTotals.Shown(sums.people(), sums.contributions(), sums.minutes(), sums.paidPence(),
                sums.owedPence(), sums.declined(), median(sums.paid()));
    }

    /** The suppression threshold for these spaces together: the strictest one. */
    public int threshold(Set<String> spaces) {
        int k = settings.global().suppressionThreshold();
        for (String space : spaces) {
            k = Math.max(k, settings.effectiveFor(space).suppressionThreshold());
        }
        return k;
    }

    /**
     * How the entries given in the spaces from/to (up to {@code today}) stand against "recognised within
     * {@code days} days", month by month (the month time was given), oldest first; months without entries are left
     * out. Counts only: never who.
     */
    public List<RecognitionMonth> recognitionByMonth(Set<String> spaces, LocalDate from, LocalDate to, int days,
                                                     LocalDate today) {
        Objects.requireNonNull(spaces, "spaces");
        requirePeriod(from, to);
        if (days < 1) {
            throw new IllegalArgumentException("days must be at least 1");
        }
        if (spaces.isEmpty()) {
            return List.of();
        }
        Map<YearMonth, int[]> months = new TreeMap<>();
        for (RecognitionDates row : store.recognitionDates(Set.copyOf(spaces), from, to)) {
            if (row.given().isAfter(today)) {
                continue;
            }
            int[] counts = months.computeIfAbsent(YearMonth.from(row.given()), m -> new int[5]);
            LocalDate deadline = row.given().plusDays(days);
            if (row.recognisedOn().isPresent()) {
                counts[row.recognisedOn().get().isAfter(deadline) ? 1 : 0]++;
            } else if (today.isAfter(deadline)) {
                counts[2]++;
            } else if (!today.isBefore(deadline.minusDays(DUE_SOON_DAYS))) {
                counts[3]++;
            } else {
                counts[4]++;
            }
        }
        List<RecognitionMonth> result = new ArrayList<>();
        months.forEach((month, c) -> result.add(new RecognitionMonth(month, c[0], c[1], c[2], c[3], c[4])));
        return result;
    }

    @Override
    public Timeliness timeliness(Set<String> spaces, LocalDate from, LocalDate to, int days, LocalDate today) {
        return new Timeliness(threshold(spaces), recognitionByMonth(spaces, from, to, days, today));
    }

    /**
     * Erases the subject's entries (paid money kept under a fresh pseudonym for the group's totals, see
     * {@link LedgerStore#erase}) and, for a user, their name as recorder of others' entries. Logged as LEDGER_ERASED
     * about the subject, so that the perspective service's erasure, run after this, pseudonymises that entry too.
     * Returns the rows deleted or rewritten.
     */
    public int erase(String actorUserKey, SubjectKey subject) {
        if (actorUserKey == null || actorUserKey.isBlank()) {
            throw new IllegalArgumentException("the actor's user key must not be blank");
        }
        Objects.requireNonNull(subject, "subject");
        String pseudonym = pseudonym();
        int rows = store.erase(subject, pseudonym);
        rows += subject.userKey().map(user -> store.pseudonymiseRecorder(user, pseudonym)).orElse(0);
        if (rows > 0) {
            log(actorUserKey, subject.value(), AuditAction.LEDGER_ERASED, rows + " ledger rows erased");
        }
        return rows;
    }

    /**
     * Applies the privacy screen's retention period to the ledger: entries settled before the cut-off's day (in the
     * server's zone) are deleted, or kept without a name where they are paid money (see {@link LedgerStore#retire}).
     * Owed entries stay whatever their age: money still owed is still needed. Logged as RETENTION_APPLIED about
     * {@code retention} (no person), after the rows go. Returns the rows deleted or rewritten.
     */
    public int applyRetention(String actorUserKey, Instant cutoff) {
        if (actorUserKey == null || actorUserKey.isBlank()) {
            throw new IllegalArgumentException("the actor's user key must not be blank");
        }
        Objects.requireNonNull(cutoff, "cutoff");
        LocalDate day = LocalDate.ofInstant(cutoff, clock.getZone());
        int rows = store.retire(day, this::pseudonym);
        log(actorUserKey, RETENTION_SUBJECT, AuditAction.RETENTION_APPLIED,
                "ledger: " + rows + " entries settled before " + day + " deleted or pseudonymised");
        return rows;
    }

    private String pseudonym() {
        return PSEUDONYM_PREFIX + String.format("%012x", random.nextLong() & 0xFFFF_FFFF_FFFFL);
    }

    /** The median of whole days from giving time to being paid; between two middle values, the lower one. */
    static OptionalInt median(List<LedgerSums.PaidDates> paid) {
        if (paid.isEmpty()) {
            return OptionalInt.empty();
        }
        int[] days = paid.stream()
                .mapToInt(p -> (int) Math.max(0, ChronoUnit.DAYS.between(p.given(), p.paid()))).sorted().toArray();
        return OptionalInt.of(days[(days.length - 1) / 2]);
    }

    private void logPerPerson(LedgerActor actor, List<LedgerEntry> entries, AuditAction action, String verb) {
        Map<SubjectKey, Integer> perPerson = new LinkedHashMap<>();
        for (LedgerEntry entry : entries) {
            SubjectKey subject = entry.given().subject();
            if (!actor.isSelf(subject)) {
                perPerson.merge(subject, 1, Integer::sum);
            }
        }
        perPerson.forEach((subject, n) -> log(actor.userKey(), subject.value(), action,
                n + (n == 1 ? " entry " : " entries ") + verb));
    }

    private void log(String actor, String subject, AuditAction action, String detail) {
        audit.record(new AuditEntry(0, clock.instant(), actor, subject, action, detail));
    }

    private static void requireFacilitator(LedgerActor actor, String what) {
        Objects.requireNonNull(actor, "actor");
        if (!actor.facilitator()) {
            throw new NotPermitted(what);
        }
    }

    private static void requirePeriod(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("the period ends before it starts: " + from + " to " + to);
        }
    }
}
