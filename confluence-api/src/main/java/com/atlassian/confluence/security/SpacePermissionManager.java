package com.atlassian.confluence.security;

import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;

/** Stand-in for Confluence 10.2 {@code SpacePermissionManager} (ConfluenceUser overload); signature from Confluence javadoc 10.0.3 (RecoveryAwareSpacePermissionManager implements it). */
public interface SpacePermissionManager {

    boolean hasPermission(String permissionType, Space space, ConfluenceUser user);
}
