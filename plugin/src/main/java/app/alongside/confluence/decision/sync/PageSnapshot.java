package app.alongside.confluence.decision.sync;

import app.alongside.decision.register.IndexedPage;
import app.alongside.settings.SpaceKeys;
import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.labels.Namespace;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.BlogPost;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the index needs from a page or blog post, copied out while Confluence's session is open: where it lives, its
 * title and global labels, and its storage format.
 */
public record PageSnapshot(IndexedPage page, String storage) {

    public PageSnapshot {
        Objects.requireNonNull(page, "page");
        storage = storage == null ? "" : storage;
    }

    /**
     * The page as the index sees it, or empty if it cannot be indexed (unsaved, or not in a space). Only global labels
     * count: personal labels are private to their owner and must never filter anyone else's register.
     */
    public static Optional<PageSnapshot> of(AbstractPage content) {
        if (content == null || content.getId() <= 0 || !SpaceKeys.isValid(content.getSpaceKey())) {
            return Optional.empty();
        }
        List<String> labels = new ArrayList<>();
        for (Label label : content.getLabels()) {
            if (Namespace.GLOBAL.equals(label.getNamespace()) && label.getName() != null) {
                labels.add(label.getName());
            }
        }
        IndexedPage page = new IndexedPage(content.getId(), content.getSpaceKey(),
                content.getTitle() == null ? "" : content.getTitle(),
                content instanceof BlogPost ? IndexedPage.ContentType.BLOGPOST : IndexedPage.ContentType.PAGE, labels);
        return Optional.of(new PageSnapshot(page, content.getBodyAsString()));
    }

    public long pageId() {
        return page.pageId();
    }
}
