package app.alongside.confluence.decision.macro;

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
import java.util.Map;
import java.util.Optional;

/** An in-memory {@link DecisionIndex} with the index's filtering and ordering rules, for the register macro's tests. */
final class FakeDecisionIndex implements DecisionIndex {

    private final Map<Long, IndexedDecision> rows = new LinkedHashMap<>();
    private long nextId = 1;
    RuntimeException failure;

    @Override
    public void replacePage(IndexedPage page, List<Decision> decisions) {
        removePage(page.pageId());
        for (Decision decision : decisions) {
            long id = nextId++;
            rows.put(id, new IndexedDecision(id, page, decision, true));
        }
    }

    @Override
    public void setTrashed(long pageId, boolean trashed) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void removePage(long pageId) {
        rows.values().removeIf(d -> d.page().pageId() == pageId);
    }

    @Override
    public void clear() {
        rows.clear();
    }

    @Override
    public List<IndexedDecision> summaries(RegisterQuery query, Optional<RegisterCursor> after, int limit) {
        if (failure != null) {
            throw failure;
        }
        List<IndexedDecision> matching = new ArrayList<>(rows.values().stream().filter(d -> matches(query, d)).toList());
        matching.sort(Comparator.comparing((IndexedDecision d) -> d.sortKey(query.sort()), keyOrder(query.sort()))
                .thenComparingLong(IndexedDecision::id));
        List<IndexedDecision> result = new ArrayList<>();
        for (IndexedDecision row : matching) {
            if (after.isPresent()) {
                int byKey = keyOrder(query.sort()).compare(row.sortKey(query.sort()), after.get().sortKey());
                if (byKey < 0 || (byKey == 0 && row.id() <= after.get().id())) {
                    continue;
                }
            }
            if (result.size() < limit) {
                result.add(row);
            }
        }
        return result;
    }

    @Override
    public List<IndexedDecision> withDetails(List<IndexedDecision> summaries) {
        return summaries;
    }

    @Override
    public void forEachStatus(RegisterQuery query, StatusSink sink) {
        rows.values().stream().filter(d -> matches(query, d))
                .forEach(d -> sink.accept(d.page().pageId(), d.decision().status()));
    }

    @Override
    public Optional<IndexedDecision> find(long id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public long size() {
        return rows.size();
    }

    private static boolean matches(RegisterQuery query, IndexedDecision row) {
        Decision d = row.decision();
        return query.spaceKeys().contains(row.page().spaceKey())
                && (query.statuses().isEmpty() || query.statuses().contains(d.status()))
                && (query.labels().isEmpty() || row.page().labels().containsAll(query.labels()))
                && query.decidedFrom().map(f -> d.decidedOn().map(x -> !x.isBefore(f)).orElse(false)).orElse(true)
                && query.decidedTo().map(t -> d.decidedOn().map(x -> !x.isAfter(t)).orElse(false)).orElse(true)
                && (!query.reviewDueOnly() || d.isReviewDue(LocalDate.now()))
                && query.loop().map(l -> l == d.loop()).orElse(true)
                && query.titleContains().map(t -> d.title().toLowerCase().contains(t.toLowerCase())).orElse(true);
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
