package app.alongside.confluence.decision.persistence;

import app.alongside.confluence.ladder.persistence.PlacementColumns;
import app.alongside.confluence.ladder.persistence.PlacementEntity;
import app.alongside.decision.Contribution;
import app.alongside.decision.Decision;
import app.alongside.decision.DecisionStatus;
import app.alongside.decision.Response;
import app.alongside.decision.Stage;
import app.alongside.decision.register.DecisionIndex;
import app.alongside.decision.register.IndexedDecision;
import app.alongside.decision.register.IndexedPage;
import app.alongside.decision.register.RegisterCursor;
import app.alongside.decision.register.RegisterQuery;
import app.alongside.ladder.LadderRung;
import app.alongside.people.PersonRef;
import app.alongside.signal.SignalKind;
import com.atlassian.activeobjects.external.ActiveObjects;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.java.ao.Query;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import static app.alongside.confluence.decision.persistence.IndexedValues.LIKE_ESCAPE;

/**
 * Core's {@link DecisionIndex} in Active Objects: one row per decision (with its page's space, title, labels and
 * trash state copied in), one per person at a stage, one per contribution. Returns core records, never entities.
 *
 * <p>Statement budget, whatever the size of the index: {@link #summaries} 1 (joined with the placement table when a signal filters), {@link #withDetails} 2 (none for no
 * rows), {@link #forEachStatus} 1 (streamed, two columns), {@link #forEachPerson} 1 (streamed, joined),
 * {@link #involving} 1 (joined), {@link #idsOnPage} 1, {@link #find} 3. {@link #replacePage} runs in one
 * transaction and writes only the decisions whose fingerprint changed: one read of the page's fingerprints (all a
 * save that changed no decision costs), then, if some changed, three deletes of the stale rows and one batched insert
 * per table plus one read of the new ids.
 */
@Named
public final class AoDecisionIndex implements DecisionIndex {

    private static final String PAGE = "page";
    private static final String BLOGPOST = "blogpost";
    private static final int MAX_IDS_PER_STATEMENT = 500;

    private final ActiveObjects ao;
    private final Clock clock;

    /** {@code clock} says which reviews are due today. */
    @Inject
    public AoDecisionIndex(ActiveObjects ao, Clock clock) {
        this.ao = Objects.requireNonNull(ao, "ao");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    // ------------------------------------------------------------------ writing

    @Override
    public void replacePage(IndexedPage page, List<Decision> decisions) {
        List<PendingDecision> wanted = new ArrayList<>(decisions.size());
        for (int position = 0; position < decisions.size(); position++) {
            wanted.add(PendingDecision.of(page, decisions.get(position), position));
        }
        ao.executeInTransaction(() -> {
            // Most saves change few decisions or none: rewrite only those whose fingerprint differs.
            Map<Integer, String> wantedByPosition = new HashMap<>();
            wanted.forEach(d -> wantedByPosition.put(d.position(), d.fingerprint()));
            List<Integer> stale = new ArrayList<>();
            Set<Integer> kept = new HashSet<>();
            ao.stream(DecisionEntity.class, Query.select("ID, POSITION, FINGERPRINT, TRASHED")
                    .where("PAGE_ID = ?", page.pageId()), row -> {
                String fingerprint = row.getFingerprint();
                boolean unchanged = !row.isTrashed() && fingerprint != null
                        && fingerprint.equals(wantedByPosition.get(row.getPosition()));
                if (!(unchanged && kept.add(row.getPosition()))) {
                    stale.add(row.getID());
                }
            });
            deleteDecisions(stale);
            List<PendingDecision> toWrite = wanted.stream().filter(d -> !kept.contains(d.position())).toList();
            if (!toWrite.isEmpty()) {
                insert(page.pageId(), toWrite);
            }
            return null;
        });
    }

    private void insert(long pageId, List<PendingDecision> toWrite) {
        ao.create(DecisionEntity.class, toWrite.stream().map(PendingDecision::row).toList());
        Set<Integer> positions = new HashSet<>();
        toWrite.forEach(d -> positions.add(d.position()));
        Map<Integer, Integer> idByPosition = new HashMap<>();
        ao.stream(DecisionEntity.class, Query.select("ID, POSITION").where("PAGE_ID = ?", pageId), row -> {
            if (positions.contains(row.getPosition())) {
                idByPosition.put(row.getPosition(), row.getID());
            }
        });
        List<Map<String, Object>> people = new ArrayList<>();
        List<Map<String, Object>> contributions = new ArrayList<>();
        for (PendingDecision decision : toWrite) {
            int decisionId = idByPosition.get(decision.position());
            decision.people().forEach(row -> people.add(withDecisionId(row, DecisionPersonEntity.DECISION_ID,
                    decisionId)));
            decision.contributions().forEach(row -> contributions.add(withDecisionId(row,
                    ContributionEntity.DECISION_ID, decisionId)));
        }
        if (!people.isEmpty()) {
            ao.create(DecisionPersonEntity.class, people);
        }
        if (!contributions.isEmpty()) {
            ao.create(ContributionEntity.class, contributions);
        }
    }

    private static Map<String, Object> withDecisionId(Map<String, Object> row, String column, int decisionId) {
        Map<String, Object> copy = new HashMap<>(row);
        copy.put(column, decisionId);
        return copy;
    }

    /** Deletes these decision rows with their people and contributions: three statements per 500 ids, none for none. */
    private void deleteDecisions(List<Integer> ids) {
        for (int from = 0; from < ids.size(); from += MAX_IDS_PER_STATEMENT) {
            List<Integer> chunk = ids.subList(from, Math.min(ids.size(), from + MAX_IDS_PER_STATEMENT));
            Object[] parameters = chunk.toArray();
            String in = placeholders(chunk.size());
            ao.deleteWithSQL(DecisionPersonEntity.class, "DECISION_ID IN (" + in + ")", parameters);
            ao.deleteWithSQL(ContributionEntity.class, "DECISION_ID IN (" + in + ")", parameters);
            ao.deleteWithSQL(DecisionEntity.class, "ID IN (" + in + ")", parameters);
        }
    }

    /**
     * One decision's rows as they would be written (people and contributions still without their decision's id),
     * with the fingerprint of all of it.
     */
    private record PendingDecision(int position, Map<String, Object> row, List<Map<String, Object>> people,
                                   List<Map<String, Object>> contributions, String fingerprint) {

        static PendingDecision of(IndexedPage page, Decision decision, int position) {
            Map<String, Object> row = decisionRow(page, decision, position);
            List<Map<String, Object>> people = new ArrayList<>();
            addPeople(people, 0, page.pageId(), decision);
            List<Map<String, Object>> contributions = new ArrayList<>();
            addContributions(contributions, 0, page.pageId(), decision);
            String fingerprint = IndexedValues.fingerprint(row, people, contributions);
            row.put(DecisionEntity.FINGERPRINT, fingerprint);
            return new PendingDecision(position, row, people, contributions, fingerprint);
        }
    }

    @Override
    public void setTrashed(long pageId, boolean trashed) {
        ao.executeInTransaction(() -> {
            // Active Objects has no bulk update; a page holds few decisions and trashing is rare.
            for (DecisionEntity row : ao.find(DecisionEntity.class,
                    Query.select().where("PAGE_ID = ? AND TRASHED = ?", pageId, !trashed))) {
                row.setTrashed(trashed);
                row.save();
            }
            return null;
        });
    }

    @Override
    public void removePage(long pageId) {
        ao.executeInTransaction(() -> {
            deleteRows(pageId);
            return null;
        });
    }

    @Override
    public void clear() {
        ao.executeInTransaction(() -> {
            ao.deleteWithSQL(DecisionPersonEntity.class, null);
            ao.deleteWithSQL(ContributionEntity.class, null);
            ao.deleteWithSQL(DecisionEntity.class, null);
            return null;
        });
    }

    /** Children only exist beside decision rows (no foreign keys), so a page without decisions costs one delete. */
    private void deleteRows(long pageId) {
        if (ao.deleteWithSQL(DecisionEntity.class, "PAGE_ID = ?", pageId) > 0) {
            ao.deleteWithSQL(DecisionPersonEntity.class, "PAGE_ID = ?", pageId);
            ao.deleteWithSQL(ContributionEntity.class, "PAGE_ID = ?", pageId);
        }
    }

    private static Map<String, Object> decisionRow(IndexedPage page, Decision decision, int position) {
        Map<String, Object> row = new HashMap<>();
        row.put(DecisionEntity.PAGE_ID, page.pageId());
        row.put(DecisionEntity.SPACE_KEY, page.spaceKey());
        row.put(DecisionEntity.PAGE_TITLE, IndexedValues.emptyToNull(IndexedValues.truncate(page.title())));
        row.put(DecisionEntity.CONTENT_TYPE, page.type() == IndexedPage.ContentType.BLOGPOST ? BLOGPOST : PAGE);
        row.put(DecisionEntity.LABELS, IndexedValues.labels(page.labels()));
        row.put(DecisionEntity.TRASHED, Boolean.FALSE);
        row.put(DecisionEntity.POSITION, position);
        row.put(DecisionEntity.LOCAL_ID, decision.localId());
        row.put(DecisionEntity.TITLE, IndexedValues.emptyToNull(IndexedValues.truncate(decision.title())));
        row.put(DecisionEntity.TITLE_KEY, IndexedValues.titleKey(decision.title()));
        row.put(DecisionEntity.STATUS, decision.status().parameterValue());
        row.put(DecisionEntity.STATUS_KEY, decision.status().ordinal());
        row.put(DecisionEntity.SUPERSEDED_BY,
                decision.supersededBy().map(IndexedValues::truncate).map(IndexedValues::emptyToNull).orElse(null));
        row.put(DecisionEntity.DECIDED_ON, IndexedValues.dayOrNull(decision.decidedOn()));
        row.put(DecisionEntity.DECIDED_NEWEST_KEY, IndexedValues.decidedNewestKey(decision.decidedOn()));
        row.put(DecisionEntity.DECIDED_OLDEST_KEY, IndexedValues.decidedOldestKey(decision.decidedOn()));
        row.put(DecisionEntity.REVIEW_ON, IndexedValues.dayOrNull(decision.reviewOn()));
        row.put(DecisionEntity.REVIEW_KEY, IndexedValues.reviewKey(decision.reviewOn()));
        row.put(DecisionEntity.CLAIMED, decision.claimed().map(LadderRung::parameterValue).orElse(null));
        row.put(DecisionEntity.OUTCOME, IndexedValues.emptyToNull(decision.outcomeText()));
        row.put(DecisionEntity.LOOP_STATE, decision.loop().parameterValue());
        row.put(DecisionEntity.CONTRIBUTIONS, decision.contributions().size());
        row.put(DecisionEntity.UNANSWERED,
                (int) decision.contributions().stream().filter(c -> !c.isAnswered()).count());
        return row;
    }

    private static void addPeople(List<Map<String, Object>> rows, int decisionId, long pageId, Decision decision) {
        int position = 0;
        for (Stage stage : Stage.values()) {
            for (PersonRef person : decision.peopleAt(stage)) {
                Map<String, Object> row = new HashMap<>();
                row.put(DecisionPersonEntity.DECISION_ID, decisionId);
                row.put(DecisionPersonEntity.PAGE_ID, pageId);
                row.put(DecisionPersonEntity.STAGE, stage.parameterValue());
                row.put(DecisionPersonEntity.POSITION, position++);
                row.put(DecisionPersonEntity.PERSON_KEY, IndexedValues.truncate(person.key()));
                rows.add(row);
            }
        }
    }

    private static void addContributions(List<Map<String, Object>> rows, int decisionId, long pageId,
                                         Decision decision) {
        int position = 0;
        for (Contribution contribution : decision.contributions()) {
            Map<String, Object> row = new HashMap<>();
            row.put(ContributionEntity.DECISION_ID, decisionId);
            row.put(ContributionEntity.PAGE_ID, pageId);
            row.put(ContributionEntity.POSITION, position++);
            row.put(ContributionEntity.SAID, IndexedValues.emptyToNull(contribution.said()));
            row.put(ContributionEntity.BY_KEY,
                    contribution.by().map(person -> IndexedValues.truncate(person.key())).orElse(null));
            row.put(ContributionEntity.SAID_ON, IndexedValues.dayOrNull(contribution.saidOn()));
            row.put(ContributionEntity.RESPONSE, contribution.response().parameterValue());
            row.put(ContributionEntity.ANSWER, IndexedValues.emptyToNull(contribution.answer()));
            row.put(ContributionEntity.ANSWERED_ON, IndexedValues.dayOrNull(contribution.answeredOn()));
            rows.add(row);
        }
    }

    // ------------------------------------------------------------------ reading

    @Override
    public List<IndexedDecision> summaries(RegisterQuery query, Optional<RegisterCursor> after, int limit) {
        if (limit < 1) {
            return List.of();
        }
        String p = prefix(query);
        Where where = filters(query, p);
        String key = p + IndexedValues.sortColumn(query.sort());
        after.ifPresent(cursor -> {
            if (cursor.sort() != query.sort()) {
                throw new IllegalArgumentException("the cursor belongs to another order");
            }
            Object value = IndexedValues.cursorKey(cursor.sort(), cursor.sortKey());
            // "(key, id) after the cursor's", written so the database can start its index range at the key
            where.add(" AND " + key + " >= ? AND (" + key + " > ? OR " + p + "ID > ?)", value, value,
                    (int) Math.min(cursor.id(), Integer.MAX_VALUE));
        });
        DecisionEntity[] rows = ao.find(DecisionEntity.class, joined(query, Query.select())
                .where(where.sql(), where.parameters()).order(key + " ASC, " + p + "ID ASC").limit(limit));
        List<IndexedDecision> summaries = new ArrayList<>(rows.length);
        for (DecisionEntity row : rows) {
            summaries.add(summary(row));
        }
        return summaries;
    }

    @Override
    public List<IndexedDecision> withDetails(List<IndexedDecision> summaries) {
        if (summaries.isEmpty()) {
            return List.of();
        }
        Object[] ids = summaries.stream().map(s -> (Object) Math.toIntExact(s.id())).distinct().toArray();
        String in = "DECISION_ID IN (" + placeholders(ids.length) + ")";
        Map<Long, Map<Stage, List<PersonRef>>> people = new HashMap<>();
        for (DecisionPersonEntity row : ao.find(DecisionPersonEntity.class,
                Query.select().where(in, ids).order("DECISION_ID ASC, POSITION ASC"))) {
            Optional<Stage> stage = Stage.fromParameter(row.getStage());
            Optional<PersonRef> person = IndexedValues.person(row.getPersonKey());
            if (stage.isPresent() && person.isPresent()) {
                people.computeIfAbsent((long) row.getDecisionId(), id -> new EnumMap<>(Stage.class))
                        .computeIfAbsent(stage.get(), s -> new ArrayList<>()).add(person.get());
            }
        }
        Map<Long, List<Contribution>> contributions = new HashMap<>();
        for (ContributionEntity row : ao.find(ContributionEntity.class,
                Query.select().where(in, ids).order("DECISION_ID ASC, POSITION ASC"))) {
            contributions.computeIfAbsent((long) row.getDecisionId(), id -> new ArrayList<>()).add(contribution(row));
        }
        List<IndexedDecision> detailed = new ArrayList<>(summaries.size());
        for (IndexedDecision summary : summaries) {
            Decision d = summary.decision();
            Decision withPeople = new Decision(d.localId(), d.title(), d.status(), d.supersededBy(), d.decidedOn(),
                    d.reviewOn(), d.claimed(), d.outcomeStorage(), d.outcomeText(),
                    people.getOrDefault(summary.id(), Map.of()), contributions.getOrDefault(summary.id(), List.of()));
            detailed.add(new IndexedDecision(summary.id(), summary.page(), withPeople, true));
        }
        return detailed;
    }

    /**
     * Two narrow columns, streamed: with the {@code page_status} index PostgreSQL reads them from the index alone.
     * (Grouping by page and status in SQL was measured too: slower on H2 and PostgreSQL, which then scan the table.)
     */
    @Override
    public void forEachStatus(RegisterQuery query, StatusSink sink) {
        Where where = filters(query, prefix(query));
        ao.stream(DecisionEntity.class, joined(query, Query.select("PAGE_ID, STATUS"))
                        .where(where.sql(), where.parameters()),
                row -> sink.accept(row.getPageId(), status(row.getStatus())));
    }

    @Override
    public Optional<IndexedDecision> find(long id) {
        if (id <= 0 || id > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        DecisionEntity[] rows = ao.find(DecisionEntity.class,
                Query.select().where("ID = ? AND TRASHED = ?", (int) id, Boolean.FALSE));
        if (rows.length == 0) {
            return Optional.empty();
        }
        return Optional.of(withDetails(List.of(summary(rows[0]))).get(0));
    }

    @Override
    public List<Long> idsOnPage(long pageId) {
        List<Long> ids = new ArrayList<>();
        ao.stream(DecisionEntity.class, Query.select("ID, POSITION").where("PAGE_ID = ?", pageId)
                .order("POSITION ASC, ID ASC"), row -> ids.add((long) row.getID()));
        return ids;
    }

    @Override
    public long size() {
        return ao.count(DecisionEntity.class, Query.select());
    }

    /**
     * One joined select, streamed: the people rows of the space's decisions in the period, as three narrow columns.
     * Undated decisions fall outside every period.
     */
    @Override
    public void forEachPerson(String spaceKey, LocalDate from, LocalDate to, PersonSink sink) {
        Objects.requireNonNull(sink, "sink");
        if (spaceKey == null || from == null || to == null || from.isAfter(to)) {
            return;
        }
        Query query = Query.select("PAGE_ID, STAGE, PERSON_KEY")
                .alias(DecisionPersonEntity.class, "p")
                .alias(DecisionEntity.class, "d")
                .join(DecisionEntity.class, "d.ID = p.DECISION_ID")
                .where("d.SPACE_KEY = ? AND d.TRASHED = ? AND d.DECIDED_ON >= ? AND d.DECIDED_ON <= ?",
                        spaceKey, Boolean.FALSE, IndexedValues.day(from), IndexedValues.day(to))
                .order("p.PAGE_ID ASC, p.DECISION_ID ASC, p.POSITION ASC");
        ao.stream(DecisionPersonEntity.class, query, row -> Stage.fromParameter(row.getStage())
                .ifPresent(stage -> sink.accept(row.getPageId(), stage, row.getPersonKey())));
    }

    /**
     * One joined select: the decisions' rows with one people row for each stage at which each key took part, so a
     * decision comes back up to (stages x keys) times, side by side in the order. The limit in SQL allows for that,
     * and the rows are folded into distinct decisions here. ({@code SELECT DISTINCT} would fold them in SQL, but
     * Oracle refuses DISTINCT over the large-text columns a decision row has.)
     */
    @Override
    public List<IndexedDecision> involving(Collection<String> personKeys, int limit) {
        List<String> keys = personKeys.stream().filter(Objects::nonNull).map(IndexedValues::truncate)
                .distinct().sorted().toList();
        if (keys.isEmpty() || limit < 1) {
            return List.of();
        }
        long rowsPerDecision = (long) Stage.values().length * keys.size();
        Query query = Query.select()
                .alias(DecisionEntity.class, "d")
                .alias(DecisionPersonEntity.class, "p")
                .join(DecisionPersonEntity.class, "p.DECISION_ID = d.ID")
                .where("d.TRASHED = ? AND p.PERSON_KEY IN (" + placeholders(keys.size()) + ")",
                        concat(Boolean.FALSE, keys))
                .order("d.DECIDED_NEWEST_KEY ASC, d.ID ASC")
                .limit((int) Math.min(Integer.MAX_VALUE, rowsPerDecision * limit));
        Map<Integer, IndexedDecision> decisions = new java.util.LinkedHashMap<>();
        for (DecisionEntity row : ao.find(DecisionEntity.class, query)) {
            if (decisions.size() == limit) {
                break;
            }
            decisions.computeIfAbsent(row.getID(), id -> summary(row));
        }
        return List.copyOf(decisions.values());
    }

    private static Object[] concat(Object first, List<?> rest) {
        Object[] all = new Object[rest.size() + 1];
        all[0] = first;
        for (int i = 0; i < rest.size(); i++) {
            all[i + 1] = rest.get(i);
        }
        return all;
    }

    // ------------------------------------------------------------------ for the rebuild

    /** The highest decision id so far (0 for none): rows at or below it were indexed before this moment. */
    public long highestId() {
        long[] highest = {0};
        ao.stream(DecisionEntity.class, Query.select("ID").order("ID DESC").limit(1),
                row -> highest[0] = row.getID());
        return highest[0];
    }

    /**
     * Forgets every page (of one space, or of all) whose decisions were all indexed at or before {@code highestId},
     * so not re-indexed since, except the pages in {@code keep}. Returns how many pages were forgotten.
     */
    public int forgetPagesIndexedUpTo(long highestId, Set<Long> keep, Optional<String> spaceKey) {
        return forgetPagesIndexedUpTo(highestId, keep, spaceKey, pageId -> { });
    }

    /** As above, telling {@code forgotten} each page forgotten (so what is kept beside the index goes too). */
    public int forgetPagesIndexedUpTo(long highestId, Set<Long> keep, Optional<String> spaceKey,
                                      java.util.function.LongConsumer forgotten) {
        Set<Long> stale = new HashSet<>();
        int upTo = (int) Math.min(highestId, Integer.MAX_VALUE);
        Query query = spaceKey.map(key -> Query.select("PAGE_ID").where("ID <= ? AND SPACE_KEY = ?", upTo, key))
                .orElseGet(() -> Query.select("PAGE_ID").where("ID <= ?", upTo));
        ao.stream(DecisionEntity.class, query, row -> stale.add(row.getPageId()));
        stale.removeAll(keep);
        for (long pageId : stale) {
            removePage(pageId);
            forgotten.accept(pageId);
        }
        return stale.size();
    }

    // ------------------------------------------------------------------ mapping and filters

    /**
     * A signal filter joins the placement table (one row per placed decision, so the join adds no rows); the columns
     * of both tables then need their table's alias.
     */
    private static String prefix(RegisterQuery query) {
        return query.signal().isPresent() ? "d." : "";
    }

    private static Query joined(RegisterQuery query, Query select) {
        if (query.signal().isEmpty()) {
            return select;
        }
        return select.alias(DecisionEntity.class, "d").alias(PlacementEntity.class, "pl")
                .join(PlacementEntity.class, "pl.DECISION_ID = d.ID");
    }

    private Where filters(RegisterQuery query, String p) {
        Where where = new Where(p + "TRASHED = ?", Boolean.FALSE);
        List<String> spaces = query.spaceKeys().stream().sorted().toList();
        where.add(" AND " + p + "SPACE_KEY IN (" + placeholders(spaces.size()) + ")", spaces.toArray());
        if (!query.statuses().isEmpty()) {
            Object[] statuses = query.statuses().stream().sorted().map(DecisionStatus::parameterValue).toArray();
            where.add(" AND " + p + "STATUS IN (" + placeholders(statuses.length) + ")", statuses);
        }
        for (String label : query.labels().stream().sorted().toList()) {
            where.add(" AND " + p + "LABELS LIKE ?" + LIKE_ESCAPE, IndexedValues.hasLabel(label));
        }
        query.decidedFrom().ifPresent(from -> where.add(" AND " + p + "DECIDED_ON >= ?", IndexedValues.day(from)));
        query.decidedTo().ifPresent(to -> where.add(" AND " + p + "DECIDED_ON <= ?", IndexedValues.day(to)));
        if (query.reviewDueOnly()) {
            where.add(" AND " + p + "REVIEW_ON <= ?", IndexedValues.day(LocalDate.now(clock)));
        }
        query.loop().ifPresent(loop -> where.add(" AND " + p + "LOOP_STATE = ?", loop.parameterValue()));
        query.titleContains().ifPresent(text -> where.add(" AND " + p + "TITLE_KEY LIKE ?" + LIKE_ESCAPE,
                IndexedValues.titleContains(text.toLowerCase(Locale.ROOT))));
        query.signal().ifPresent(signal -> {
            if (signal.kind() == SignalKind.YOU_SAID_UNANSWERED) {
                where.add(" AND pl.OLDEST_UNANSWERED < ?", IndexedValues.day(signal.saidBefore()));
            } else {
                where.add(" AND pl." + signalColumn(signal.kind()) + " = ?", 1);
            }
        });
        return where;
    }

    private static String signalColumn(SignalKind kind) {
        String column = PlacementColumns.SIGNALS.get(kind);
        if (column == null) {
            throw new IllegalArgumentException("no stored signal " + kind.code());
        }
        return column;
    }

    private static IndexedDecision summary(DecisionEntity row) {
        IndexedPage page = new IndexedPage(row.getPageId(), row.getSpaceKey(),
                IndexedValues.nullToEmpty(row.getPageTitle()),
                BLOGPOST.equals(row.getContentType()) ? IndexedPage.ContentType.BLOGPOST : IndexedPage.ContentType.PAGE,
                IndexedValues.labels(row.getLabels()));
        Decision decision = new Decision(row.getLocalId(), IndexedValues.nullToEmpty(row.getTitle()),
                status(row.getStatus()), Optional.ofNullable(row.getSupersededBy()),
                IndexedValues.date(row.getDecidedOn()), IndexedValues.date(row.getReviewOn()),
                LadderRung.fromParameter(row.getClaimed()), "", IndexedValues.nullToEmpty(row.getOutcome()),
                Map.of(), List.of());
        return new IndexedDecision(row.getID(), page, decision, false);
    }

    private static Contribution contribution(ContributionEntity row) {
        return new Contribution(IndexedValues.nullToEmpty(row.getSaid()), IndexedValues.person(row.getByKey()),
                IndexedValues.date(row.getSaidOn()), Response.fromParameter(row.getResponse()).orElse(Response.PENDING),
                IndexedValues.nullToEmpty(row.getAnswer()), IndexedValues.date(row.getAnsweredOn()));
    }

    /** A row edited by hand into an unknown status reads as proposed rather than breaking the register. */
    private static DecisionStatus status(String stored) {
        return DecisionStatus.fromParameter(stored).orElse(DecisionStatus.PROPOSED);
    }

    private static String placeholders(int count) {
        return String.join(",", Collections.nCopies(count, "?"));
    }

    /** A where clause and its parameters, built up in order. */
    private static final class Where {
        private final StringBuilder sql;
        private final List<Object> parameters = new ArrayList<>();

        Where(String sql, Object... parameters) {
            this.sql = new StringBuilder(sql);
            this.parameters.addAll(List.of(parameters));
        }

        void add(String condition, Object... values) {
            sql.append(condition);
            parameters.addAll(List.of(values));
        }

        String sql() {
            return sql.toString();
        }

        Object[] parameters() {
            return parameters.toArray();
        }
    }
}
