package app.alongside.ladder;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A fake {@link PlacementStore} in memory, counting its "statements". Published in core's test jar: the insights
 * fakes read the same rows.
 */
public final class InMemoryPlacementStore implements PlacementStore {

    private final Map<Long, PlacedDecision> rows = new LinkedHashMap<>();
    private final Map<Long, Boolean> trashedPages = new HashMap<>();
    private int statements;

    @Override
    public Map<Long, StoredPlacement> forDecisions(Collection<Long> decisionIds) {
        statements++;
        Map<Long, StoredPlacement> found = new HashMap<>();
        for (Long id : decisionIds) {
            PlacedDecision row = rows.get(id);
            if (row != null) {
                found.put(id, row.placement());
            }
        }
        return found;
    }

    @Override
    public void replacePage(long pageId, List<PlacedDecision> placements) {
        statements++;
        rows.values().removeIf(row -> row.pageId() == pageId);
        placements.forEach(p -> rows.put(p.decisionId(), p));
        trashedPages.put(pageId, false);
    }

    @Override
    public void replace(List<PlacedDecision> placements) {
        statements++;
        placements.forEach(p -> rows.put(p.decisionId(), p));
    }

    @Override
    public void setTrashed(long pageId, boolean trashed) {
        statements++;
        trashedPages.put(pageId, trashed);
    }

    @Override
    public void removePage(long pageId) {
        statements++;
        rows.values().removeIf(row -> row.pageId() == pageId);
        trashedPages.remove(pageId);
    }

    @Override
    public void clear() {
        statements++;
        rows.clear();
        trashedPages.clear();
    }

    @Override
    public Set<String> spaceKeys() {
        statements++;
        Set<String> keys = new TreeSet<>();
        rows.values().forEach(row -> keys.add(row.spaceKey()));
        return keys;
    }

    /** Every placement not on a trashed page. */
    public List<PlacedDecision> shown() {
        return rows.values().stream().filter(row -> !trashedPages.getOrDefault(row.pageId(), false)).toList();
    }

    public PlacedDecision get(long decisionId) {
        return rows.get(decisionId);
    }

    public int size() {
        return rows.size();
    }

    public int statements() {
        return statements;
    }
}
