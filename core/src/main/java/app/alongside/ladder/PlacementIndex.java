package app.alongside.ladder;

import java.util.Collection;
import java.util.Map;

/**
 * The stored placements of indexed decisions (Active Objects in Confluence), kept up to date whenever a page, a
 * perspective or a space's rules change. Registers read them with their rows; insights aggregate them in SQL.
 */
public interface PlacementIndex {

    /** The placements of these decisions, in one statement; a decision not (yet) placed is absent. */
    Map<Long, StoredPlacement> forDecisions(Collection<Long> decisionIds);
}
