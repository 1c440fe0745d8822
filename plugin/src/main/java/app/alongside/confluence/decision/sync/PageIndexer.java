package app.alongside.confluence.decision.sync;

import app.alongside.charter.CharterMacros;
import app.alongside.confluence.charter.persistence.AoCharterPageIndex;
import app.alongside.confluence.charter.web.CharterPages;
import app.alongside.confluence.ladder.PlacementRefresh;
import app.alongside.decision.Decision;
import app.alongside.decision.DecisionMacros;
import app.alongside.decision.DecisionStorageReader;
import app.alongside.decision.ParsedDecision;
import app.alongside.decision.register.DecisionIndex;
import app.alongside.ladder.CharterParityRules;
import app.alongside.ladder.Placements;
import app.alongside.settings.ParityFraction;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;

/**
 * Puts one page's decisions into the index: parse its storage with core's reader, then replace what the index held
 * for the page, and place them on the ladder again (the stored placements follow the index page by page, and so do
 * trash, restore and removal). A charter page whose agreed parity or status changed re-places its space. Storage that cannot be read at all leaves the page's previous rows in place and is logged, so one
 * broken edit never erases the record; the next good save (or a rebuild) brings the index up to date.
 */
@Named
public final class PageIndexer {

    private static final Logger log = LoggerFactory.getLogger(PageIndexer.class);

    private final DecisionIndex index;
    private final Placements placements;
    private final AoCharterPageIndex charterPages;
    private final PlacementRefresh refresh;
    private final DecisionStorageReader reader = new DecisionStorageReader();

    /**
     * {@code charterPages}: which pages hold a charter, kept here because every page save and rebuild comes here;
     * {@code refresh}: told when a charter page changes what it asks of its space's ladder (its parity or status).
     */
    @Inject
    public PageIndexer(DecisionIndex index, Placements placements, AoCharterPageIndex charterPages,
                       PlacementRefresh refresh) {
        this.index = index;
        this.placements = placements;
        this.charterPages = charterPages;
        this.refresh = refresh;
    }

    /**
     * How many decisions the page now has in the index, or empty if its storage could not be read (the index keeps
     * what it had). Database failures are thrown to the caller.
     */
    public Optional<Integer> index(PageSnapshot snapshot) {
        List<Decision> decisions;
        try {
            // Most pages hold no decision: skip parsing them, but still forget decisions someone deleted.
            decisions = snapshot.storage().contains(DecisionMacros.DECISION)
                    ? reader.readPage(snapshot.storage()).stream().map(ParsedDecision::decision).toList()
                    : List.of();
        } catch (RuntimeException e) {
            log.warn("Alongside: could not read the decisions on page {} (space {}); the register keeps what it "
                    + "had for that page until it is saved again: {}", snapshot.pageId(), snapshot.page().spaceKey(),
                    e.toString());
            return Optional.empty();
        }
        index.replacePage(snapshot.page(), decisions);
        placements.placePage(snapshot.page(), decisions);
        String spaceKey = snapshot.page().spaceKey();
        boolean holdsCharter = snapshot.storage().contains("ac:name=\"" + CharterMacros.CHARTER + "\"");
        Optional<ParityFraction> asked = holdsCharter ? CharterPages.parse(spaceKey, snapshot.storage())
                .flatMap(parsed -> CharterParityRules.askedOf(parsed.charter(), spaceKey)) : Optional.empty();
        if (charterPages.replacePage(snapshot.pageId(), spaceKey, snapshot.page().title(), holdsCharter, asked)) {
            refresh.charterChanged(spaceKey);
        }
        return Optional.of(decisions.size());
    }

    /** Hides (or shows again) the page's decisions and their placements. */
    public void setTrashed(long pageId, boolean trashed) {
        index.setTrashed(pageId, trashed);
        placements.setTrashed(pageId, trashed);
        charterPages.setTrashed(pageId, trashed).ifPresent(refresh::charterChanged);
    }

    /** Forgets the page's decisions and their placements. */
    public void remove(long pageId) {
        index.removePage(pageId);
        placements.removePage(pageId);
        charterPages.removePage(pageId);
    }

    /** Forgets what is kept beside a page the index has already forgotten (a rebuild's sweep). */
    public void forgetKeptBeside(long pageId) {
        placements.removePage(pageId);
        charterPages.removePage(pageId);
    }
}
