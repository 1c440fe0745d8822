package app.alongside.workbench.host.security;

import app.alongside.workbench.host.content.ContentStore;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Confluence's {@link PermissionManager}, answered from the workbench's spaces, page restrictions and groups. A
 * question the workbench cannot answer (another target type or permission) is refused and logged, never allowed.
 */
public final class HostPermissionManager implements PermissionManager {

    private static final Logger LOG = LoggerFactory.getLogger(HostPermissionManager.class);

    private final AccessRules rules;
    private final ContentStore store;

    public HostPermissionManager(AccessRules rules, ContentStore store) {
        this.rules = rules;
        this.store = store;
    }

    @Override
    public boolean hasPermission(ConfluenceUser user, Permission permission, Object target) {
        if (target == TARGET_APPLICATION) {
            if (permission == Permission.VIEW) {
                return user != null;
            }
            if (permission == Permission.ADMINISTER) {
                return rules.isConfluenceAdministrator(user);
            }
        } else if (target instanceof Space space) {
            if (permission == Permission.VIEW) {
                return rules.canViewSpace(user, space.getKey());
            }
            if (permission == Permission.EDIT) {
                return rules.canCreateIn(user, space.getKey());
            }
            if (permission == Permission.ADMINISTER || permission == Permission.SET_PERMISSIONS) {
                return rules.canAdministerSpace(user, space.getKey());
            }
        } else if (target instanceof ContentEntityObject entity) {
            return store.current(entity.getId()).map(content -> {
                if (permission == Permission.VIEW) {
                    return rules.canView(user, content);
                }
                if (permission == Permission.EDIT || permission == Permission.REMOVE) {
                    return rules.canEdit(user, content);
                }
                return refuse(permission, target);
            }).orElse(false);
        }
        return refuse(permission, target);
    }

    @Override
    public boolean isConfluenceAdministrator(ConfluenceUser user) {
        return rules.isConfluenceAdministrator(user);
    }

    private static boolean refuse(Permission permission, Object target) {
        LOG.warn("The workbench does not model permission {} on {}; refusing it", permission, target);
        return false;
    }
}
