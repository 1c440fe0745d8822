package app.alongside.workbench.host.security;

import com.atlassian.confluence.security.SpacePermission;
import com.atlassian.confluence.security.SpacePermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Confluence's {@link SpacePermissionManager} for the space permissions the workbench models; others are refused. */
public final class HostSpacePermissionManager implements SpacePermissionManager {

    private static final Logger LOG = LoggerFactory.getLogger(HostSpacePermissionManager.class);
    /** Confluence's permission type for adding and editing pages in a space. */
    static final String EDIT_SPACE = "EDITSPACE";

    private final AccessRules rules;

    public HostSpacePermissionManager(AccessRules rules) {
        this.rules = rules;
    }

    @Override
    public boolean hasPermission(String permissionType, Space space, ConfluenceUser user) {
        if (space == null) {
            return false;
        }
        return switch (String.valueOf(permissionType)) {
            case SpacePermission.VIEWSPACE_PERMISSION -> rules.canViewSpace(user, space.getKey());
            case EDIT_SPACE -> rules.canCreateIn(user, space.getKey());
            case SpacePermission.ADMINISTER_SPACE_PERMISSION -> rules.canAdministerSpace(user, space.getKey());
            default -> {
                LOG.warn("The workbench does not model space permission {}; refusing it", permissionType);
                yield false;
            }
        };
    }
}
