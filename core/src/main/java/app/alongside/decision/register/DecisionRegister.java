package app.alongside.decision.register;

import app.alongside.decision.DecisionStatus;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The register: decisions matching a query, only from pages the viewer may view, one page at a time.
 *
 * <p>Cost per page is constant whatever the register's size: one summaries query (more only when many rows in a
 * row are hidden from the viewer, at most {@link #MAX_BATCHES}), one or two detail queries, and one streamed
 * status query for the counts. Visibility is asked once per distinct page.
 */
public final class DecisionRegister {

    /** How many summary batches to read looking for visible rows before returning a shorter page. */
    static final int MAX_BATCHES = 4;

    private final DecisionIndex index;

    public DecisionRegister(DecisionIndex index) {
        this.index = index;
    }

    public RegisterPage search(RegisterQuery query, PageVisibility visibility) {
        Map<Long, Boolean> visiblePages = new HashMap<>();
        List<IndexedDecision> visibleRows = new ArrayList<>();
        Optional<RegisterCursor> after = query.after();
        int wanted = query.pageSize() + 1;
        int batchSize = Math.min(RegisterQuery.MAX_PAGE_SIZE * 2 + 1, wanted * 2);
        boolean exhausted = false;
        for (int batch = 0; batch < MAX_BATCHES && visibleRows.size() < wanted && !exhausted; batch++) {
            List<IndexedDecision> candidates = index.summaries(query, after, batchSize);
            exhausted = candidates.size() < batchSize;
            resolve(candidates.stream().map(d -> d.page().pageId()).collect(java.util.stream.Collectors.toSet()),
                    visiblePages, visibility);
            for (IndexedDecision candidate : candidates) {
                after = Optional.of(candidate.cursor(query.sort()));
                if (visiblePages.get(candidate.page().pageId()) && visibleRows.size() < wanted) {
                    visibleRows.add(candidate);
                }
            }
        }
        List<IndexedDecision> rows;
        Optional<RegisterCursor> next;
        if (visibleRows.size() > query.pageSize()) {
            rows = visibleRows.subList(0, query.pageSize());
            next = Optional.of(rows.get(rows.size() - 1).cursor(query.sort()));
        } else {
            rows = visibleRows;
            // Stopped looking before the end (many hidden rows in a row): carry on from the last row looked at.
            next = exhausted ? Optional.empty() : after;
        }
        return new RegisterPage(index.withDetails(rows), next, counts(query, visibility, visiblePages));
    }

    /**
     * One decision by its index id, with who took part and every contribution, if it exists, its page is not
     * trashed and the viewer may view that page. Anything else is empty, so a caller cannot tell a hidden decision
     * from a missing one.
     */
    public Optional<IndexedDecision> find(long id, PageVisibility visibility) {
        if (id <= 0) {
            return Optional.empty();
        }
        Optional<IndexedDecision> found = index.find(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        IndexedDecision decision = found.get();
        long pageId = decision.page().pageId();
        if (!visibility.visible(Set.of(pageId)).contains(pageId)) {
            return Optional.empty();
        }
        return decision.detailed() ? Optional.of(decision)
                : index.withDetails(List.of(decision)).stream().findFirst();
    }

    /**
     * Every visible decision matching the query's filters, in its order from its cursor, with details, handed to
     * {@code sink} one batch at a time (for exports): at most {@code maxRows} rows. Ignores the query's page size.
     * Each batch costs one summaries statement, at most two detail statements, and one visibility question per page
     * not seen before. Returns how many rows were handed over.
     */
    public int forEachVisible(RegisterQuery query, PageVisibility visibility, int maxRows,
                              java.util.function.Consumer<IndexedDecision> sink) {
        Map<Long, Boolean> visiblePages = new HashMap<>();
        Optional<RegisterCursor> after = query.after();
        int batchSize = RegisterQuery.MAX_PAGE_SIZE * 2;
        int handed = 0;
        boolean exhausted = false;
        while (!exhausted && handed < maxRows) {
            List<IndexedDecision> candidates = index.summaries(query, after, batchSize);
            exhausted = candidates.size() < batchSize;
            if (candidates.isEmpty()) {
                break;
            }
            resolve(candidates.stream().map(d -> d.page().pageId()).collect(java.util.stream.Collectors.toSet()),
                    visiblePages, visibility);
            List<IndexedDecision> visibleRows = new ArrayList<>();
            for (IndexedDecision candidate : candidates) {
                after = Optional.of(candidate.cursor(query.sort()));
                if (visiblePages.get(candidate.page().pageId()) && handed + visibleRows.size() < maxRows) {
                    visibleRows.add(candidate);
                }
            }
            if (!visibleRows.isEmpty()) {
                for (IndexedDecision row : index.withDetails(visibleRows)) {
                    sink.accept(row);
                    handed++;
                }
            }
        }
        return handed;
    }

    private Map<DecisionStatus, Integer> counts(RegisterQuery query, PageVisibility visibility,
                                                Map<Long, Boolean> visiblePages) {
        Map<Long, List<DecisionStatus>> byPage = new HashMap<>();
        index.forEachStatus(query, (pageId, status) -> byPage.computeIfAbsent(pageId, id -> new ArrayList<>()).add(status));
        resolve(byPage.keySet(), visiblePages, visibility);
        Map<DecisionStatus, Integer> counts = new EnumMap<>(DecisionStatus.class);
        byPage.forEach((pageId, statuses) -> {
            if (visiblePages.get(pageId)) {
                statuses.forEach(status -> counts.merge(status, 1, Integer::sum));
            }
        });
        return counts;
    }

    /** Asks about each page once per search. */
    private static void resolve(Set<Long> pageIds, Map<Long, Boolean> known, PageVisibility visibility) {
        Set<Long> unknown = new LinkedHashSet<>(pageIds);
        unknown.removeAll(known.keySet());
        if (unknown.isEmpty()) {
            return;
        }
        Set<Long> visible = new HashSet<>(visibility.visible(unknown));
        for (Long pageId : unknown) {
            known.put(pageId, visible.contains(pageId));
        }
    }
}
