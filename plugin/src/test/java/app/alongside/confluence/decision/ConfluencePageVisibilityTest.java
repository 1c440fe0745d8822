package app.alongside.confluence.decision;

import app.alongside.confluence.testing.ConfluenceFixture;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.user.ConfluenceUser;
import org.junit.Rule;
import org.junit.Test;

import java.util.Optional;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** A decision shows only where Confluence lets the viewer see its page. */
public class ConfluencePageVisibilityTest {

    @Rule
    public final ConfluenceFixture confluence = new ConfluenceFixture();

    private final PageManager pageManager = mock(PageManager.class);
    private final ConfluencePageVisibility visibility =
            new ConfluencePageVisibility(pageManager, confluence.permissionManager, confluence.currentUser);
    private final ConfluenceUser jo = confluence.user("jo");

    @Test
    public void onlyPagesConfluenceLetsTheViewerSeeAreVisible() {
        AbstractPage open = page(1, false);
        AbstractPage restricted = page(2, false);
        when(confluence.permissionManager.hasPermission(jo, Permission.VIEW, open)).thenReturn(true);
        when(confluence.permissionManager.hasPermission(jo, Permission.VIEW, restricted)).thenReturn(false);
        confluence.logIn(jo);

        assertEquals(Set.of(1L), visibility.visible(Set.of(1L, 2L)));
    }

    @Test
    public void missingAndTrashedPagesAreNeverVisible() {
        page(3, true);
        when(confluence.permissionManager.hasPermission(any(), eq(Permission.VIEW), any())).thenReturn(true);
        confluence.logIn(jo);

        assertEquals(Set.of(), visibility.visible(Set.of(3L, 404L, 0L, -1L)));
    }

    @Test
    public void anAnonymousVisitorIsAskedAboutAsNobody() {
        AbstractPage publicPage = page(5, false);
        when(confluence.permissionManager.hasPermission(isNull(), eq(Permission.VIEW), eq(publicPage))).thenReturn(true);

        assertEquals(Set.of(5L), visibility.visible(Set.of(5L)));
    }

    @Test
    public void aFixedViewerIsAskedAboutWhoeverIsLoggedIn() {
        AbstractPage page = page(6, false);
        when(confluence.permissionManager.hasPermission(jo, Permission.VIEW, page)).thenReturn(true);
        confluence.logIn(confluence.user("someone-else"));

        assertEquals(Set.of(6L), visibility.forUser(Optional.of(jo)).visible(Set.of(6L)));
        assertEquals(Set.of(), visibility.visible(Set.of(6L)));
    }

    private AbstractPage page(long id, boolean trashed) {
        Page page = new Page() {
            @Override
            public long getId() {
                return id;
            }

            @Override
            public boolean isDeleted() {
                return trashed;
            }
        };
        when(pageManager.getAbstractPage(id)).thenReturn(page);
        return page;
    }
}
