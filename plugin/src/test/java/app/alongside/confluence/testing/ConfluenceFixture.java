package app.alongside.confluence.testing;

import app.alongside.confluence.security.AppPermissions;
import app.alongside.confluence.security.CurrentUser;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.security.SpacePermission;
import com.atlassian.confluence.security.SpacePermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import org.junit.rules.ExternalResource;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Mocked Confluence services for adapter tests: users, spaces and who may do what. The app's own
 * {@link AppPermissions} and {@link CurrentUser} are real. Resets the logged-in user after each test.
 */
public final class ConfluenceFixture extends ExternalResource {

    public final PermissionManager permissionManager = mock(PermissionManager.class);
    public final SpacePermissionManager spacePermissionManager = mock(SpacePermissionManager.class);
    public final SpaceManager spaceManager = mock(SpaceManager.class);
    public final UserManager userManager = mock(UserManager.class);
    public final AppPermissions permissions =
            new AppPermissions(permissionManager, spacePermissionManager, spaceManager, userManager);
    public final CurrentUser currentUser = new CurrentUser();

    public ConfluenceUser user(String name) {
        ConfluenceUser user = mock(ConfluenceUser.class);
        when(user.getName()).thenReturn(name);
        when(user.getKey()).thenReturn(new UserKey("key-" + name));
        when(user.getFullName()).thenReturn(name);
        return user;
    }

    public ConfluenceUser confluenceAdmin(String name) {
        ConfluenceUser admin = user(name);
        when(permissionManager.isConfluenceAdministrator(admin)).thenReturn(true);
        when(permissionManager.hasPermission(eq(admin), any(Permission.class), any())).thenReturn(true);
        return admin;
    }

    /** A member of the facilitators' group (not a Confluence administrator). */
    public ConfluenceUser facilitator(String name) {
        ConfluenceUser facilitator = user(name);
        when(userManager.isUserInGroup(facilitator.getKey(), AppPermissions.FACILITATORS_GROUP)).thenReturn(true);
        return facilitator;
    }

    /** A space everyone may view. */
    public Space space(String key, String name) {
        Space space = mock(Space.class);
        when(space.getKey()).thenReturn(key);
        when(space.getName()).thenReturn(name);
        when(spaceManager.getSpace(key)).thenReturn(space);
        when(permissionManager.hasPermission(any(), eq(Permission.VIEW), eq(space))).thenReturn(true);
        return space;
    }

    public void hideSpaceFrom(ConfluenceUser user, Space space) {
        when(permissionManager.hasPermission(user, Permission.VIEW, space)).thenReturn(false);
    }

    public void makeSpaceAdmin(ConfluenceUser user, Space space) {
        when(spacePermissionManager.hasPermission(SpacePermission.ADMINISTER_SPACE_PERMISSION, space, user))
                .thenReturn(true);
    }

    public void logIn(ConfluenceUser user) {
        AuthenticatedUserThreadLocal.set(user);
    }

    @Override
    protected void after() {
        AuthenticatedUserThreadLocal.reset();
    }
}
