package app.alongside.confluence.decision.sync;

import app.alongside.decision.register.IndexRebuild.Scope;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.BlogPost;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.spaces.SpaceStatus;
import com.atlassian.sal.api.transaction.TransactionTemplate;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Walks Confluence's spaces, pages and blog posts for a rebuild. Runs on the rebuild's own thread, so every call to
 * Confluence is inside a SAL transaction (Confluence's content is only readable inside one); each space's ids, and
 * each batch of content, is read in its own short transaction so none is held open for the whole rebuild.
 */
@Named
public final class ConfluencePageWalk implements PageWalk {

    private final SpaceManager spaceManager;
    private final PageManager pageManager;
    private final TransactionTemplate transactionTemplate;

    @Inject
    public ConfluencePageWalk(SpaceManager spaceManager, PageManager pageManager,
                              TransactionTemplate transactionTemplate) {
        this.spaceManager = spaceManager;
        this.pageManager = pageManager;
        this.transactionTemplate = transactionTemplate;
    }

    @Override
    public long[] contentIds(Scope scope) {
        List<String> spaceKeys = scope.spaceKey().map(List::of).orElseGet(() -> transactionTemplate.execute(() -> {
            List<String> keys = new ArrayList<>(spaceManager.getAllSpaceKeys(SpaceStatus.CURRENT));
            keys.addAll(spaceManager.getAllSpaceKeys(SpaceStatus.ARCHIVED));
            return keys;
        }));
        LongList ids = new LongList();
        for (String spaceKey : spaceKeys) {
            transactionTemplate.execute(() -> {
                Space space = spaceManager.getSpace(spaceKey);
                if (space != null) {
                    for (Long id : pageManager.getPageIds(space)) {
                        ids.add(id);
                    }
                    for (BlogPost post : pageManager.getBlogPosts(space, true)) {
                        ids.add(post.getId());
                    }
                }
                return null;
            });
        }
        return ids.toArray();
    }

    @Override
    public List<PageSnapshot> snapshots(long[] ids) {
        return transactionTemplate.execute(() -> {
            List<PageSnapshot> snapshots = new ArrayList<>(ids.length);
            for (long id : ids) {
                AbstractPage content = pageManager.getAbstractPage(id);
                if (content != null && !content.isDeleted()) {
                    PageSnapshot.of(content).ifPresent(snapshots::add);
                }
            }
            return snapshots;
        });
    }

    /** Content ids without boxing: a large site has hundreds of thousands. */
    private static final class LongList {
        private long[] values = new long[1024];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
