package app.alongside.confluence.signal.web;

import app.alongside.confluence.decision.ConfluencePageVisibility;
import app.alongside.decision.Decision;
import app.alongside.decision.DecisionStorageReader;
import app.alongside.decision.ParsedDecision;
import app.alongside.storage.StorageFormatException;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.user.ConfluenceUser;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Optional;
import java.util.Set;

/**
 * A decision read from its page as it is now (not the index, which may lag), for acknowledging its signals: the
 * page must be one the person may view, and hold a decision with that {@code id}.
 */
@Named
public class DecisionOnPage {

    private final PageManager pageManager;
    private final ConfluencePageVisibility visibility;
    private final DecisionStorageReader reader = new DecisionStorageReader();

    @Inject
    public DecisionOnPage(PageManager pageManager, ConfluencePageVisibility visibility) {
        this.pageManager = pageManager;
        this.visibility = visibility;
    }

    /** A decision on a page, with the page and its space. */
    public record Found(AbstractPage page, String spaceKey, Decision decision) {
    }

    public Optional<Found> find(Optional<ConfluenceUser> user, long pageId, String localId) {
        if (pageId <= 0 || localId == null || localId.isBlank()
                || visibility.visibleTo(user, Set.of(pageId)).isEmpty()) {
            return Optional.empty();
        }
        AbstractPage page = pageManager.getAbstractPage(pageId);
        if (page == null || page.getSpaceKey() == null) {
            return Optional.empty();
        }
        try {
            return reader.readPage(page.getBodyAsString()).stream().map(ParsedDecision::decision)
                    .filter(decision -> decision.localId().equals(localId.strip())).findFirst()
                    .map(decision -> new Found(page, page.getSpaceKey(), decision));
        } catch (StorageFormatException unreadable) {
            return Optional.empty();
        }
    }
}
