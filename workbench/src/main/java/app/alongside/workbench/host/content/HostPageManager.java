package app.alongside.workbench.host.content;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.BlogPost;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;

/** Confluence's {@link PageManager} over the content store: the current version, or null, with no permission check. */
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
}
