package app.alongside.workbench.host.security;

import app.alongside.workbench.host.content.ContentKind;
import app.alongside.workbench.host.content.ContentRecord;
import app.alongside.workbench.host.content.ContentStore;
import app.alongside.workbench.host.content.NewContent;
import app.alongside.workbench.host.content.WorkbenchSpace;
import app.alongside.workbench.host.users.UserDirectory;
import app.alongside.workbench.host.users.WorkbenchUser;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.security.SpacePermission;
import org.junit.Test;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class HostPermissionManagerTest {

    private final UserDirectory users = new UserDirectory();
    private final ContentStore store = new ContentStore(Clock.systemUTC());
    private final AccessRules rules = new AccessRules(users, store);
    private final HostPermissionManager permissions = new HostPermissionManager(rules, store);
    private final HostSpacePermissionManager spacePermissions = new HostSpacePermissionManager(rules);

    private final WorkbenchUser admin = add("admin", UserDirectory.ADMINISTRATORS_GROUP);
    private final WorkbenchUser alex = add("alex");
    private final WorkbenchUser sam = add("sam");
    private final WorkbenchUser chris = add("chris");

    private final WorkbenchSpace rc = new WorkbenchSpace(store.addSpace("RC", "Recovery College", "", "",
            Set.of(UserDirectory.USERS_GROUP), Set.of(), Set.of("alex")));
    private final WorkbenchSpace board = new WorkbenchSpace(store.addSpace("BOARD", "Board", "", "", Set.of(),
            Set.of("admin", "chris"), Set.of()));
    private final ContentRecord open = store.create(NewContent.page("RC", "Open", "<p/>", "alex"));
    private final ContentRecord restricted = store.create(new NewContent(ContentKind.PAGE, "RC", "Draft", "<p/>",
            List.of(), Set.of("alex", "sam"), "alex"));

    private WorkbenchUser add(String name, String... groups) {
        WorkbenchUser user = WorkbenchUser.of(name, name.toUpperCase(), null);
        users.add(user, Set.of(groups));
        return user;
    }

    @Test
    public void spaceViewersAreGroupsOrNamedUsers() {
        assertTrue(permissions.hasPermission(chris, Permission.VIEW, rc));
        assertTrue(permissions.hasPermission(chris, Permission.VIEW, board));
        assertFalse(permissions.hasPermission(alex, Permission.VIEW, board));
        assertFalse(permissions.hasPermission(null, Permission.VIEW, rc));
    }

    @Test
    public void pageRestrictionsNarrowWhoCanViewAPage() {
        assertTrue(permissions.hasPermission(chris, Permission.VIEW, store.asEntity(open)));
        assertTrue(permissions.hasPermission(sam, Permission.VIEW, store.asEntity(restricted)));
        assertFalse(permissions.hasPermission(chris, Permission.VIEW, store.asEntity(restricted)));
        assertFalse(permissions.hasPermission(admin, Permission.VIEW, store.asEntity(restricted)));
    }

    @Test
    public void confluenceAdministratorsAreAdministratorsOfTheApplicationButNotOfEverySpace() {
        assertTrue(permissions.isConfluenceAdministrator(admin));
        assertFalse(permissions.isConfluenceAdministrator(alex));
        assertTrue(permissions.hasPermission(admin, Permission.ADMINISTER, PermissionManager.TARGET_APPLICATION));
        assertFalse(permissions.hasPermission(alex, Permission.ADMINISTER, PermissionManager.TARGET_APPLICATION));
        assertFalse(spacePermissions.hasPermission(SpacePermission.ADMINISTER_SPACE_PERMISSION, rc, admin));
        assertTrue(spacePermissions.hasPermission(SpacePermission.ADMINISTER_SPACE_PERMISSION, rc, alex));
        assertTrue(spacePermissions.hasPermission(SpacePermission.VIEWSPACE_PERMISSION, rc, sam));
    }

    @Test
    public void questionsTheWorkbenchDoesNotModelAreRefused() {
        assertFalse(permissions.hasPermission(admin, Permission.EXPORT, rc));
        assertFalse(permissions.hasPermission(admin, Permission.VIEW, "something else"));
        assertFalse(spacePermissions.hasPermission("REMOVEMAIL", rc, admin));
    }
}
