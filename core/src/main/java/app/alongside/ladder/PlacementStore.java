package app.alongside.ladder;

import java.util.List;
import java.util.Set;

/**
 * Where placements are kept (Active Objects in Confluence), written by {@link Placements} only. Each write replaces
 * whole rows, so writing a placement twice is harmless; each costs a constant number of statements per call.
 */
public interface PlacementStore extends PlacementIndex {

    /** The page's placements become exactly these (none for a page without decisions), not trashed. */
    void replacePage(long pageId, List<PlacedDecision> placements);

    /** These decisions' placements are replaced (after a perspective or a space's rules changed). */
    void replace(List<PlacedDecision> placements);

    /** Hides (trashed) or shows again the page's placements, keeping them. */
    void setTrashed(long pageId, boolean trashed);

    /** Forgets the page's placements (the page was deleted for good). */
    void removePage(long pageId);

    /** Forgets every placement. */
    void clear();

    /** The spaces that have placements, for re-placing everything after the global rules change. */
    Set<String> spaceKeys();
}
