package app.alongside.confluence.decision;

import app.alongside.confluence.security.CurrentUser;
import app.alongside.decision.register.PageVisibility;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.ConfluenceUser;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Which pages the person asking may view, as Confluence decides: its view permission on the page itself, so space
 * permissions and page restrictions (inherited ones too) both count. A page that no longer exists or is in the trash
 * is never visible. Asks afresh every time: nothing is cached, so a changed restriction applies at once.
 */
@Named
public final class ConfluencePageVisibility implements PageVisibility {

    private final PageManager pageManager;
    private final PermissionManager permissionManager;
    private final CurrentUser currentUser;

    @Inject
    public ConfluencePageVisibility(PageManager pageManager, PermissionManager permissionManager,
                                    CurrentUser currentUser) {
        this.pageManager = pageManager;
        this.permissionManager = permissionManager;
        this.currentUser = currentUser;
    }

    /** The pages the logged-in user (or an anonymous visitor) may view. */
    @Override
    public Set<Long> visible(Set<Long> pageIds) {
        return visibleTo(currentUser.get(), pageIds);
    }

    /** The pages this user (empty: anonymous) may view. */
    public Set<Long> visibleTo(Optional<ConfluenceUser> user, Set<Long> pageIds) {
        Set<Long> visible = new HashSet<>();
        for (Long pageId : pageIds) {
            if (pageId == null || pageId <= 0) {
                continue;
            }
            AbstractPage page = pageManager.getAbstractPage(pageId);
            if (page != null && !page.isDeleted()
                    && permissionManager.hasPermission(user.orElse(null), Permission.VIEW, page)) {
                visible.add(pageId);
            }
        }
        return visible;
    }

    /** A fixed viewer's visibility, for work done on their behalf away from their request. */
    public PageVisibility forUser(Optional<ConfluenceUser> user) {
        return pageIds -> visibleTo(user, pageIds);
    }
}
