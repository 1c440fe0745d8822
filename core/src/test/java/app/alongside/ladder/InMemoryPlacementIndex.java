package app.alongside.ladder;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * A {@link PlacementIndex} in memory that counts how often it is asked, so a test can hold a register to one
 * question per page of rows.
 */
public final class InMemoryPlacementIndex implements PlacementIndex {

    private final Map<Long, StoredPlacement> placements = new HashMap<>();
    private int calls;

    public InMemoryPlacementIndex put(StoredPlacement placement) {
        placements.put(placement.decisionId(), placement);
        return this;
    }

    @Override
    public Map<Long, StoredPlacement> forDecisions(Collection<Long> decisionIds) {
        calls++;
        Map<Long, StoredPlacement> found = new HashMap<>();
        for (Long id : decisionIds) {
            StoredPlacement placement = placements.get(id);
            if (placement != null) {
                found.put(id, placement);
            }
        }
        return found;
    }

    /** How many times {@link #forDecisions} was called. */
    public int calls() {
        return calls;
    }
}
