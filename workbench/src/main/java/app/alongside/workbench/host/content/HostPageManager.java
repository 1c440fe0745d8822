package app.alongside.workbench.host.content;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.Modification;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.BlogPost;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;

import java.util.Collection;
import java.util.List;

/**
 * Confluence's {@link PageManager} over the content store, with no permission check: by id, the current version
 * (content in the trash included, {@code isDeleted()} true, as in Confluence; deleted permanently: null); by space,
 * the content outside the trash unless asked otherwise. {@link #saveNewVersion} saves a modified page or blog post
 * as its next version, by the logged-in user, and the app hears it as an update event, as in Confluence.
 */
@SuppressWarnings("deprecation")
public final class HostPageManager implements PageManager {

    private final ContentStore store;

    public HostPageManager(ContentStore store) {
        this.store = store;
    }

    @Override
    public Page getPage(long id) {
        return getAbstractPage(id) instanceof Page page ? page : null;
    }

    @Override
    public AbstractPage getAbstractPage(long id) {
        return store.current(id).map(store::asEntity).orElse(null);
    }

    @Override
    public BlogPost getBlogPost(long id) {
        return getAbstractPage(id) instanceof BlogPost post ? post : null;
    }

    @Override
    public Collection<Long> getPageIds(Space space) {
        if (space == null) {
            return List.of();
        }
        return store.inSpace(space.getKey()).stream().filter(r -> r.kind() == ContentKind.PAGE)
                .map(ContentRecord::id).toList();
    }

    @Override
    public List<BlogPost> getBlogPosts(Space space, boolean currentOnly) {
        if (space == null) {
            return List.of();
        }
        java.util.stream.Stream<ContentRecord> posts = store.inSpace(space.getKey()).stream();
        if (!currentOnly) {
            posts = java.util.stream.Stream.concat(posts, store.trashIn(space.getKey()).stream());
        }
        return posts.filter(r -> r.kind() == ContentKind.BLOG_POST).map(r -> (BlogPost) store.asEntity(r)).toList();
    }

    /**
     * Applies the modification to the content (its body: the workbench's pages change nothing else this way) and
     * saves the result as the next version. The object must be the current version, as Confluence's callers get it
     * from this manager; content changed since, or in the trash, is refused rather than overwritten.
     */
    @Override
    public <T extends ContentEntityObject> void saveNewVersion(T current, Modification<T> modification) {
        ContentRecord record;
        if (current instanceof WorkbenchPage page) {
            record = page.record();
        } else if (current instanceof WorkbenchBlogPost post) {
            record = post.record();
        } else {
            throw new IllegalArgumentException("not workbench content: " + current);
        }
        modification.modify(current);
        String editor = AuthenticatedUserThreadLocal.getUsername();
        try {
            store.update(record.id(), record.version(), record.title(), current.getBodyAsString(),
                    editor == null ? record.lastModifier() : editor);
        } catch (VersionConflictException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
