package app.alongside.confluence.insight;

import app.alongside.confluence.charter.persistence.AoCharterPageIndex;
import app.alongside.confluence.charter.web.CharterPages;
import app.alongside.charter.ChartersInSpaces;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The charters of some spaces: the charter pages the index knows in those spaces, each read from its page as the
 * charter macro reads it. A page that no longer holds a readable charter is left out. Visibility is the caller's
 * ({@code RegisterInsights} asks once for every charter page).
 */
@Named
public final class IndexedCharters implements ChartersInSpaces {

    /** More charters than a group could mean to compare; the rest are left out rather than read. */
    static final int MAX_CHARTERS = 50;

    private final AoCharterPageIndex index;
    private final CharterPages pages;

    @Inject
    public IndexedCharters(AoCharterPageIndex index, CharterPages pages) {
        this.index = index;
        this.pages = pages;
    }

    @Override
    public List<CharterOnPage> in(Set<String> spaceKeys) {
        List<CharterOnPage> charters = new ArrayList<>();
        for (AoCharterPageIndex.CharterPageRow row : index.pagesIn(spaceKeys)) {
            if (charters.size() == MAX_CHARTERS) {
                break;
            }
            pages.read(row.pageId()).ifPresent(page ->
                    charters.add(new CharterOnPage(row.pageId(), row.title(), page.parsed().charter())));
        }
        return charters;
    }
}
