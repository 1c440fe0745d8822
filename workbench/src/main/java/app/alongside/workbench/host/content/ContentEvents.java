package app.alongside.workbench.host.content;

import com.atlassian.confluence.event.events.content.blogpost.BlogPostCreateEvent;
import com.atlassian.confluence.event.events.content.blogpost.BlogPostRemoveEvent;
import com.atlassian.confluence.event.events.content.blogpost.BlogPostRestoreEvent;
import com.atlassian.confluence.event.events.content.blogpost.BlogPostTrashedEvent;
import com.atlassian.confluence.event.events.content.blogpost.BlogPostUpdateEvent;
import com.atlassian.confluence.event.events.content.page.PageCreateEvent;
import com.atlassian.confluence.event.events.content.page.PageRemoveEvent;
import com.atlassian.confluence.event.events.content.page.PageRestoreEvent;
import com.atlassian.confluence.event.events.content.page.PageTrashedEvent;
import com.atlassian.confluence.event.events.content.page.PageUpdateEvent;
import com.atlassian.confluence.pages.BlogPost;
import com.atlassian.confluence.pages.Page;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.user.User;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Publishes Confluence's page and blog post events to the app's listeners when content changes: create, update,
 * moved to the trash, restored from it, and removed (deleted permanently from the trash).
 */
public final class ContentEvents implements ContentListener {

    private final ContentStore store;
    private final EventPublisher publisher;
    private final Function<String, User> users;

    public ContentEvents(ContentStore store, EventPublisher publisher) {
        this(store, publisher, username -> null);
    }

    /** {@code users} finds the person who trashed something, for the trashed events (null if unknown). */
    public ContentEvents(ContentStore store, EventPublisher publisher, Function<String, User> users) {
        this.store = store;
        this.publisher = publisher;
        this.users = Objects.requireNonNull(users, "users");
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

    @Override
    public void trashed(ContentRecord trashed, String byUsername) {
        Object entity = store.asEntity(trashed);
        User trasher = byUsername == null ? null : users.apply(byUsername);
        if (entity instanceof Page page) {
            publisher.publish(new PageTrashedEvent(this, page, trasher, false));
        } else if (entity instanceof BlogPost post) {
            publisher.publish(new BlogPostTrashedEvent(this, post, trasher, false));
        }
    }

    @Override
    public void restored(ContentRecord restored, String byUsername) {
        Object entity = store.asEntity(restored);
        if (entity instanceof Page page) {
            publisher.publish(new PageRestoreEvent(this, page));
        } else if (entity instanceof BlogPost post) {
            publisher.publish(new BlogPostRestoreEvent(this, post));
        }
    }

    /** The entity as it was (from the record: the content itself is gone from the store by now). */
    @Override
    public void removed(ContentRecord removed, String byUsername) {
        WorkbenchSpace space = store.space(removed.spaceKey()).map(WorkbenchSpace::new).orElse(null);
        if (removed.kind() == ContentKind.PAGE) {
            publisher.publish(new PageRemoveEvent(this, new WorkbenchPage(removed, space, true)));
        } else {
            publisher.publish(new BlogPostRemoveEvent(this, new WorkbenchBlogPost(removed, space, true)));
        }
    }
}
