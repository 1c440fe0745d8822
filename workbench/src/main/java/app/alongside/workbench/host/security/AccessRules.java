package app.alongside.workbench.host.security;

import app.alongside.workbench.host.content.ContentRecord;
import app.alongside.workbench.host.content.ContentStore;
import app.alongside.workbench.host.content.SpaceRecord;
import app.alongside.workbench.host.users.UserDirectory;
import com.atlassian.confluence.user.ConfluenceUser;

import java.util.Optional;

/**
 * The one place that decides who may see and change what in the workbench; the permission managers the app uses
 * and the workbench's own screens both ask here. Anonymous users ({@code null}) see nothing.
 */
public final class AccessRules {

    private final UserDirectory directory;
    private final ContentStore store;

    public AccessRules(UserDirectory directory, ContentStore store) {
        this.directory = directory;
        this.store = store;
    }

    public boolean isConfluenceAdministrator(ConfluenceUser user) {
        return user != null && directory.isAdministrator(user.getName());
    }

    public boolean canViewSpace(ConfluenceUser user, String spaceKey) {
        if (user == null) {
            return false;
        }
        Optional<SpaceRecord> space = store.space(spaceKey);
        return space.isPresent() && (space.get().viewerUsers().contains(user.getName())
                || space.get().viewerGroups().stream().anyMatch(g -> directory.isMember(user.getName(), g)));
    }

    /** Space administrators (SETSPACEPERMISSIONS). Confluence administrators are not implicitly space administrators. */
    public boolean canAdministerSpace(ConfluenceUser user, String spaceKey) {
        return canViewSpace(user, spaceKey)
                && store.space(spaceKey).map(s -> s.administrators().contains(user.getName())).orElse(false);
    }

    /** Viewing a page needs the space's view permission and, if the page is restricted, a place on the restriction. */
    public boolean canView(ConfluenceUser user, ContentRecord content) {
        return canViewSpace(user, content.spaceKey())
                && (!content.isRestricted() || content.viewRestrictedTo().contains(user.getName()));
    }

    /** Everyone who can view a page may edit it (the workbench has no edit restrictions yet). */
    public boolean canEdit(ConfluenceUser user, ContentRecord content) {
        return canView(user, content);
    }

    public boolean canCreateIn(ConfluenceUser user, String spaceKey) {
        return canViewSpace(user, spaceKey);
    }
}
