package app.alongside.decision.register;

import app.alongside.decision.Decision;
import app.alongside.decision.DecisionStatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A fake {@link DecisionIndex} in memory with the real index's ordering and filtering rules, counting its
 * "statements". Published in core's test jar so the adapters' tests run the real {@link DecisionRegister} over it.
 */
public final class InMemoryDecisionIndex implements DecisionIndex {

    private final Map<Long, IndexedDecision> rows = new LinkedHashMap<>();
    private final Map<Long, Boolean> trashed = new LinkedHashMap<>();
    private final LocalDate today;
    private long nextId = 1;
    int statements;
    /** The stored placements a signal filter reads (the real index joins the placement table). */
    public final Map<Long, app.alongside.ladder.StoredPlacement> placements = new java.util.HashMap<>();
    /** When set, queries fail with it, as a database outage would. */
    public RuntimeException failure;

    /** An index whose "review due" means due on or before 29 November 2026. */
    public InMemoryDecisionIndex() {
        this(LocalDate.of(2026, 11, 29));
    }

    public InMemoryDecisionIndex(LocalDate today) {
        this.today = today;
    }

    /** Indexes the page's decisions (replacing any it had) and returns their ids, in order. */
    public List<Long> add(IndexedPage page, Decision... decisions) {
        replacePage(page, List.of(decisions));
        return rows.values().stream().filter(d -> d.page().pageId() == page.pageId()).map(IndexedDecision::id).toList();
    }

    @Override
    public void replacePage(IndexedPage page, List<Decision> decisions) {
        removePage(page.pageId());
        for (Decision decision : decisions) {
            long id = nextId++;
            rows.put(id, new IndexedDecision(id, page, decision, true));
        }
        trashed.put(page.pageId(), false);
    }

    @Override
    public void setTrashed(long pageId, boolean isTrashed) {
        trashed.put(pageId, isTrashed);
    }

    @Override
    public void removePage(long pageId) {
        rows.values().removeIf(d -> d.page().pageId() == pageId);
        trashed.remove(pageId);
    }

    @Override
    public List<Long> idsOnPage(long pageId) {
        statements++;
        return rows.values().stream().filter(d -> d.page().pageId() == pageId).map(IndexedDecision::id).toList();
    }

    @Override
    public void clear() {
        rows.clear();
        trashed.clear();
    }

    @Override
    public List<IndexedDecision> summaries(RegisterQuery query, Optional<RegisterCursor> after, int limit) {
        statements++;
        if (failure != null) {
            throw failure;
        }
        Comparator<IndexedDecision> order = comparator(query.sort());
        List<IndexedDecision> matching = new ArrayList<>(rows.values().stream().filter(d -> matches(query, d)).toList());
        matching.sort(order);
        List<IndexedDecision> result = new ArrayList<>();
        for (IndexedDecision row : matching) {
            if (after.isPresent() && !isAfter(row, after.get(), query.sort())) {
                continue;
            }
            if (result.size() < limit) {
                result.add(new IndexedDecision(row.id(), row.page(), row.decision(), false));
            }
        }
        return result;
    }

    @Override
    public List<IndexedDecision> withDetails(List<IndexedDecision> summaries) {
        statements += summaries.isEmpty() ? 0 : 2;
        return summaries.stream().map(s -> rows.get(s.id())).toList();
    }

    @Override
    public void forEachStatus(RegisterQuery query, StatusSink sink) {
        statements++;
        rows.values().stream().filter(d -> matches(query, d))
                .forEach(d -> sink.accept(d.page().pageId(), d.decision().status()));
    }

    @Override
    public Optional<IndexedDecision> find(long id) {
        statements++;
        return Optional.ofNullable(rows.get(id)).filter(d -> !trashed.getOrDefault(d.page().pageId(), false));
    }

    @Override
    public void forEachPerson(String spaceKey, LocalDate from, LocalDate to, PersonSink sink) {
        statements++;
        for (IndexedDecision row : rows.values()) {
            Decision d = row.decision();
            boolean inPeriod = d.decidedOn().map(on -> !on.isBefore(from) && !on.isAfter(to)).orElse(false);
            if (!trashed.getOrDefault(row.page().pageId(), false) && row.page().spaceKey().equals(spaceKey) && inPeriod) {
                d.stages().forEach((stage, people) ->
                        people.forEach(person -> sink.accept(row.page().pageId(), stage, person.key())));
            }
        }
    }

    @Override
    public List<IndexedDecision> involving(java.util.Collection<String> personKeys, int limit) {
        statements++;
        return rows.values().stream()
                .filter(row -> !trashed.getOrDefault(row.page().pageId(), false))
                .filter(row -> row.decision().stages().values().stream().flatMap(List::stream)
                        .anyMatch(person -> personKeys.contains(person.key())))
                .sorted(java.util.Comparator.comparing(
                        (IndexedDecision row) -> row.decision().decidedOn().orElse(LocalDate.MIN)).reversed()
                        .thenComparing(IndexedDecision::id, java.util.Comparator.reverseOrder()))
                .limit(limit)
                .toList();
    }

    @Override
    public long size() {
        return rows.size();
    }

    private boolean matches(RegisterQuery query, IndexedDecision row) {
        Decision d = row.decision();
        return !trashed.getOrDefault(row.page().pageId(), false)
                && query.spaceKeys().contains(row.page().spaceKey())
                && (query.statuses().isEmpty() || query.statuses().contains(d.status()))
                && (query.labels().isEmpty() || row.page().labels().containsAll(query.labels()))
                && query.decidedFrom().map(f -> d.decidedOn().map(x -> !x.isBefore(f)).orElse(false)).orElse(true)
                && query.decidedTo().map(t -> d.decidedOn().map(x -> !x.isAfter(t)).orElse(false)).orElse(true)
                && (!query.reviewDueOnly() || d.isReviewDue(today))
                && query.loop().map(l -> l == d.loop()).orElse(true)
                && query.titleContains().map(t -> d.title().toLowerCase().contains(t.toLowerCase())).orElse(true)
                && query.signal().map(f -> placements.containsKey(row.id()) && f.matches(placements.get(row.id())))
                .orElse(true);
    }

    private static boolean isAfter(IndexedDecision row, RegisterCursor cursor, RegisterSort sort) {
        int byKey = sortKeyOrder(sort).compare(row.sortKey(sort), cursor.sortKey());
        return byKey > 0 || (byKey == 0 && row.id() > cursor.id());
    }

    static Comparator<String> sortKeyOrder(RegisterSort sort) {
        return switch (sort) {
            case DECIDED_NEWEST -> Comparator.<String>comparingInt(k -> k.isEmpty() ? 1 : 0)
                    .thenComparing(Comparator.<String>reverseOrder());
            case DECIDED_OLDEST -> Comparator.<String>comparingInt(k -> k.isEmpty() ? 1 : 0)
                    .thenComparing(Comparator.<String>naturalOrder());
            default -> Comparator.naturalOrder();
        };
    }

    private static Comparator<IndexedDecision> comparator(RegisterSort sort) {
        Comparator<IndexedDecision> byKey = Comparator.comparing(d -> d.sortKey(sort), sortKeyOrder(sort));
        return byKey.thenComparingLong(IndexedDecision::id);
    }
}
