package app.alongside.confluence.ladder;

import app.alongside.ladder.PlacementIndex;
import app.alongside.ladder.StoredPlacement;
import jakarta.inject.Named;

import java.util.Collection;
import java.util.Map;

/**
 * TEMPORARY, remove at merge: a {@link PlacementIndex} that has placed nothing, so the app starts (the workbench
 * creates every macro at start-up) until the Active Objects placement index lands on its own branch. Registers show
 * "not placed yet" on every row meanwhile. Delete this class when {@code AoPlacementIndex} is merged.
 */
@Named
public final class NoPlacements implements PlacementIndex {

    @Override
    public Map<Long, StoredPlacement> forDecisions(Collection<Long> decisionIds) {
        return Map.of();
    }
}
