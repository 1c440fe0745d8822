package app.alongside.confluence.decision.sync;

import app.alongside.decision.register.IndexRebuild.Scope;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.BlogPost;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.spaces.SpaceStatus;
import com.atlassian.sal.api.transaction.TransactionCallback;
import com.atlassian.sal.api.transaction.TransactionTemplate;
import org.junit.Before;
import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The rebuild's walk over Confluence: every space, current and archived, pages and blog posts, in transactions. */
public class ConfluencePageWalkTest {

    private final SpaceManager spaceManager = mock(SpaceManager.class);
    private final PageManager pageManager = mock(PageManager.class);
    private final InTransactionOnly transactions = new InTransactionOnly();
    private final ConfluencePageWalk walk = new ConfluencePageWalk(spaceManager, pageManager, transactions);

    @Before
    public void confluenceAnswersOnlyInsideATransaction() {
        Space rc = TestContent.space("RC");
        Space old = TestContent.space("OLD");
        when(spaceManager.getAllSpaceKeys(any())).thenAnswer(call -> transactions.check(
                call.getArgument(0) == SpaceStatus.CURRENT ? List.of("RC") : List.of("OLD")));
        when(spaceManager.getSpace("RC")).thenAnswer(call -> transactions.check(rc));
        when(spaceManager.getSpace("OLD")).thenAnswer(call -> transactions.check(old));
        when(pageManager.getPageIds(rc)).thenAnswer(call -> transactions.check(List.of(1L, 2L)));
        when(pageManager.getPageIds(old)).thenAnswer(call -> transactions.check(List.of(7L)));
        when(pageManager.getBlogPosts(any(), anyBoolean())).thenAnswer(call -> transactions.check(
                call.getArgument(0) == rc ? List.of(TestContent.blogPost(3, "RC", "Notes", "")) : List.of()));
        when(pageManager.getAbstractPage(anyLong())).thenAnswer(call -> transactions.check(content(call.getArgument(0))));
    }

    @Test
    public void everySpaceCurrentOrArchivedGivesItsPagesAndBlogPosts() {
        assertArrayEquals(new long[]{1, 2, 3, 7}, walk.contentIds(Scope.everything()));
    }

    @Test
    public void aSpaceScopeWalksOnlyThatSpace() {
        assertArrayEquals(new long[]{7}, walk.contentIds(Scope.space("OLD")));
        assertArrayEquals(new long[]{}, walk.contentIds(Scope.space("GONE")));
    }

    @Test
    public void contentGoneOrTrashedSinceItsIdWasReadIsSkipped() {
        List<PageSnapshot> snapshots = walk.snapshots(new long[]{1, 2, 3, 404});

        assertEquals(List.of(1L, 3L), snapshots.stream().map(PageSnapshot::pageId).toList());
        assertEquals("<p>Page 1</p>", snapshots.get(0).storage());
    }

    private static AbstractPage content(long id) {
        return switch ((int) id) {
            case 1 -> TestContent.page(1, "RC", "One", "<p>Page 1</p>");
            case 2 -> TestContent.trashedPage(2, "RC", "<p>Trashed</p>");
            case 3 -> TestContent.blogPost(3, "RC", "Notes", "<p>Blog</p>");
            default -> null;
        };
    }

    /** SAL's template, checking that Confluence is only called inside it. */
    private static final class InTransactionOnly implements TransactionTemplate {
        private boolean inside;

        @Override
        public <T> T execute(TransactionCallback<T> callback) {
            inside = true;
            try {
                return callback.doInTransaction();
            } finally {
                inside = false;
            }
        }

        <T> T check(T answer) {
            if (!inside) {
                throw new AssertionError("Confluence was called outside a transaction");
            }
            return answer;
        }
    }
}
