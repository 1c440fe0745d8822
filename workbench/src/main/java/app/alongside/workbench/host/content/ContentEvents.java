package app.alongside.workbench.host.content;

import com.atlassian.confluence.event.events.content.blogpost.BlogPostCreateEvent;
import com.atlassian.confluence.event.events.content.blogpost.BlogPostUpdateEvent;
import com.atlassian.confluence.event.events.content.page.PageCreateEvent;
import com.atlassian.confluence.event.events.content.page.PageUpdateEvent;
import com.atlassian.confluence.pages.BlogPost;
import com.atlassian.confluence.pages.Page;
import com.atlassian.event.api.EventPublisher;

import java.util.Map;

/** Publishes Confluence's page and blog post events to the app's listeners when content changes. */
public final class ContentEvents implements ContentListener {

    private final ContentStore store;
    private final EventPublisher publisher;

    public ContentEvents(ContentStore store, EventPublisher publisher) {
        this.store = store;
        this.publisher = publisher;
    }

    @Override
    public void created(ContentRecord created) {
        Object entity = store.asEntity(created);
        if (entity instanceof Page page) {
            publisher.publish(new PageCreateEvent(this, page, Map.of(), null));
        } else if (entity instanceof BlogPost post) {
            publisher.publish(new BlogPostCreateEvent(this, post, Map.of(), null));
        }
    }

    @Override
    public void updated(ContentRecord before, ContentRecord after) {
        Object updated = store.asEntity(after);
        Object original = store.asEntity(before);
        if (updated instanceof Page page) {
            publisher.publish(new PageUpdateEvent(this, page, (Page) original, null));
        } else if (updated instanceof BlogPost post) {
            publisher.publish(new BlogPostUpdateEvent(this, post, (BlogPost) original, null));
        }
    }
}
