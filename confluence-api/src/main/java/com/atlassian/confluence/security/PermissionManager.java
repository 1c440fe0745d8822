package com.atlassian.confluence.security;

import com.atlassian.confluence.user.ConfluenceUser;

/** Stand-in for Confluence 10.2 {@code PermissionManager} (ConfluenceUser overloads, since 8.8); signatures from Confluence javadoc 9.4.0 and decompiled 8.7.2 (constant). */
public interface PermissionManager {

    Object TARGET_APPLICATION = "APPLICATION";

    boolean hasPermission(ConfluenceUser user, Permission permission, Object target);

    boolean isConfluenceAdministrator(ConfluenceUser user);
}
