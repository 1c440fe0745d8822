package app.alongside.confluence.decision.rest;

import app.alongside.decision.Decision;
import app.alongside.decision.register.DecisionIndex;
import app.alongside.decision.register.IndexedDecision;
import app.alongside.decision.register.IndexedPage;
import app.alongside.decision.register.RegisterCursor;
import app.alongside.decision.register.RegisterQuery;
import app.alongside.decision.register.RegisterSort;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link DecisionIndex} in memory with the index's ordering and filtering rules (the same as core's test fake), so
 * that the REST tests run the real {@code DecisionRegister}. Summaries come without details, as the real index's do.
 */
final class FakeDecisionIndex implements DecisionIndex {

    private final Map<Long, IndexedDecision> rows = new LinkedHashMap<>();
    private final Map<Long, Boolean> trashed = new LinkedHashMap<>();
    private final LocalDate today;
    private long nextId = 1;

    FakeDecisionIndex(LocalDate today) {
        this.today = today;
    }

    /** Indexes the decisions and returns their ids, in order. */
    List<Long> add(IndexedPage page, Decision... decisions) {
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
    public void clear() {
        rows.clear();
        trashed.clear();
    }

    @Override
    public List<IndexedDecision> summaries(RegisterQuery query, Optional<RegisterCursor> after, int limit) {
        List<IndexedDecision> matching = new ArrayList<>(rows.values().stream().filter(d -> matches(query, d)).toList());
        matching.sort(Comparator.<IndexedDecision, String>comparing(d -> d.sortKey(query.sort()), keyOrder(query.sort()))
                .thenComparingLong(IndexedDecision::id));
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
        return summaries.stream().map(s -> rows.get(s.id())).toList();
    }

    @Override
    public void forEachStatus(RegisterQuery query, StatusSink sink) {
        rows.values().stream().filter(d -> matches(query, d)).forEach(d -> sink.accept(d.page().pageId(), d.decision().status()));
    }

    @Override
    public Optional<IndexedDecision> find(long id) {
        return Optional.ofNullable(rows.get(id)).filter(d -> !trashed.getOrDefault(d.page().pageId(), false))
                .map(d -> new IndexedDecision(d.id(), d.page(), d.decision(), false));
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
                && query.titleContains().map(t -> d.title().toLowerCase(Locale.ROOT).contains(t.toLowerCase(Locale.ROOT)))
                .orElse(true);
    }

    private static boolean isAfter(IndexedDecision row, RegisterCursor cursor, RegisterSort sort) {
        int byKey = keyOrder(sort).compare(row.sortKey(sort), cursor.sortKey());
        return byKey > 0 || (byKey == 0 && row.id() > cursor.id());
    }

    private static Comparator<String> keyOrder(RegisterSort sort) {
        return switch (sort) {
            case DECIDED_NEWEST -> Comparator.<String>comparingInt(k -> k.isEmpty() ? 1 : 0)
                    .thenComparing(Comparator.<String>reverseOrder());
            case DECIDED_OLDEST -> Comparator.<String>comparingInt(k -> k.isEmpty() ? 1 : 0)
                    .thenComparing(Comparator.<String>naturalOrder());
            default -> Comparator.naturalOrder();
        };
    }
}
