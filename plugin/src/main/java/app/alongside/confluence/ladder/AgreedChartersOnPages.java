package app.alongside.confluence.ladder;

import app.alongside.charter.Charter;
import app.alongside.confluence.charter.persistence.AoCharterPageIndex;
import app.alongside.confluence.charter.web.CharterPages;
import app.alongside.ladder.AgreedCharters;
import app.alongside.ladder.CharterParityRules;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The agreed charters covering a space, read from the space's charter pages as the charter macro reads them: one
 * statement for the charter page index, then at most {@value #MAX_READ} pages read through the page manager. Nothing
 * is kept between calls, so a charter saved on another node is seen at once. A charter on a page of another space
 * that lists this space is not found here (the index knows charter pages by their own space).
 */
@Named
public final class AgreedChartersOnPages implements AgreedCharters {

    /** A space has one charter, or a few while a new one is drafted; more pages than this are left unread. */
    static final int MAX_READ = 5;

    private final AoCharterPageIndex index;
    private final CharterPages pages;

    @Inject
    public AgreedChartersOnPages(AoCharterPageIndex index, CharterPages pages) {
        this.index = index;
        this.pages = pages;
    }

    @Override
    public List<Charter> covering(String spaceKey) {
        List<Charter> agreed = new ArrayList<>();
        List<AoCharterPageIndex.CharterPageRow> rows = index.pagesIn(Set.of(spaceKey));
        for (AoCharterPageIndex.CharterPageRow row : rows.subList(0, Math.min(MAX_READ, rows.size()))) {
            pages.read(row.pageId()).map(page -> page.parsed().charter())
                    .filter(charter -> CharterParityRules.applies(charter, spaceKey))
                    .ifPresent(agreed::add);
        }
        return agreed;
    }
}
