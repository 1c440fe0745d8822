package com.atlassian.confluence.security;

/** Stand-in for Confluence 10.2 {@code SpacePermission} (constants only); values from decompiled Confluence 8.7.2 and javadoc 8.5.7 constant values. */
public class SpacePermission {

    public static final String VIEWSPACE_PERMISSION = "VIEWSPACE";

    public static final String ADMINISTER_SPACE_PERMISSION = "SETSPACEPERMISSIONS";
}
