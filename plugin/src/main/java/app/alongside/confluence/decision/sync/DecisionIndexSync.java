package app.alongside.confluence.decision.sync;

import app.alongside.decision.register.DecisionIndex;
import com.atlassian.confluence.event.events.content.blogpost.BlogPostCreateEvent;
import com.atlassian.confluence.event.events.content.blogpost.BlogPostRemoveEvent;
import com.atlassian.confluence.event.events.content.blogpost.BlogPostRestoreEvent;
import com.atlassian.confluence.event.events.content.blogpost.BlogPostTrashedEvent;
import com.atlassian.confluence.event.events.content.blogpost.BlogPostUpdateEvent;
import com.atlassian.confluence.event.events.content.page.PageCreateEvent;
import com.atlassian.confluence.event.events.content.page.PageMoveEvent;
import com.atlassian.confluence.event.events.content.page.PageRemoveEvent;
import com.atlassian.confluence.event.events.content.page.PageRestoreEvent;
import com.atlassian.confluence.event.events.content.page.PageTrashedEvent;
import com.atlassian.confluence.event.events.content.page.PageUpdateEvent;
import com.atlassian.confluence.event.events.label.LabelAddEvent;
import com.atlassian.confluence.event.events.label.LabelEvent;
import com.atlassian.confluence.event.events.label.LabelRemoveEvent;
import com.atlassian.confluence.labels.Namespace;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

/**
 * Keeps the decision index in step with pages and blog posts: created, updated, restored and moved content, and content
 * whose global labels change, is re-read from its storage; trashed content is hidden (and kept, for a restore);
 * removed content is forgotten. Every handler is
 * idempotent and never throws: a failure is logged at WARN with the page id and the save goes on; a rebuild repairs
 * whatever was missed.
 */
@Named
public final class DecisionIndexSync implements InitializingBean, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DecisionIndexSync.class);

    private final EventPublisher eventPublisher;
    private final PageIndexer indexer;
    private final DecisionIndex index;

    @Inject
    public DecisionIndexSync(EventPublisher eventPublisher, PageIndexer indexer, DecisionIndex index) {
        this.eventPublisher = eventPublisher;
        this.indexer = indexer;
        this.index = index;
    }

    /** Only registers with the event system: nothing touches the database while the app starts. */
    @Override
    public void afterPropertiesSet() {
        eventPublisher.register(this);
    }

    @Override
    public void destroy() {
        eventPublisher.unregister(this);
    }

    @EventListener
    public void onPageCreated(PageCreateEvent event) {
        reindex(event.getPage());
    }

    @EventListener
    public void onPageUpdated(PageUpdateEvent event) {
        reindex(event.getPage());
    }

    @EventListener
    public void onPageRestored(PageRestoreEvent event) {
        reindex(event.getPage());
    }

    @EventListener
    public void onPageTrashed(PageTrashedEvent event) {
        trash(event.getPage());
    }

    @EventListener
    public void onPageRemoved(PageRemoveEvent event) {
        remove(event.getPage());
    }

    /** A move can change the page's space. */
    @EventListener
    public void onPageMoved(PageMoveEvent event) {
        reindex(event.getPage());
    }

    @EventListener
    public void onBlogPostCreated(BlogPostCreateEvent event) {
        reindex(event.getBlogPost());
    }

    @EventListener
    public void onBlogPostUpdated(BlogPostUpdateEvent event) {
        reindex(event.getBlogPost());
    }

    @EventListener
    public void onBlogPostRestored(BlogPostRestoreEvent event) {
        reindex(event.getBlogPost());
    }

    @EventListener
    public void onBlogPostTrashed(BlogPostTrashedEvent event) {
        trash(event.getBlogPost());
    }

    @EventListener
    public void onBlogPostRemoved(BlogPostRemoveEvent event) {
        remove(event.getBlogPost());
    }

    @EventListener
    public void onLabelAdded(LabelAddEvent event) {
        relabel(event);
    }

    @EventListener
    public void onLabelRemoved(LabelRemoveEvent event) {
        relabel(event);
    }

    /** Only global labels filter registers; personal ones (favourites among them) change nothing here. */
    private void relabel(LabelEvent event) {
        if (event.getLabel() != null && Namespace.GLOBAL.equals(event.getLabel().getNamespace())
                && event.getLabelled() instanceof AbstractPage content) {
            reindex(content);
        }
    }

    /** Re-reads the content; content already in the trash stays hidden whatever event came. */
    private void reindex(AbstractPage content) {
        if (content.isDeleted()) {
            trash(content);
            return;
        }
        try {
            PageSnapshot.of(content).ifPresent(indexer::index);
        } catch (RuntimeException e) {
            warn("index", content, e);
        }
    }

    private void trash(AbstractPage content) {
        try {
            index.setTrashed(content.getId(), true);
        } catch (RuntimeException e) {
            warn("hide the decisions of trashed", content, e);
        }
    }

    private void remove(AbstractPage content) {
        try {
            index.removePage(content.getId());
        } catch (RuntimeException e) {
            warn("forget the decisions of removed", content, e);
        }
    }

    private static void warn(String what, AbstractPage content, RuntimeException e) {
        log.warn("Alongside: could not {} page {}; the page was saved, and a rebuild of the decision index will "
                + "catch up: {}", what, content.getId(), e.toString(), e);
    }
}
