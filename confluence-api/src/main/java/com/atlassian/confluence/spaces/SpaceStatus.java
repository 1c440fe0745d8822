package com.atlassian.confluence.spaces;

/** Stand-in for Confluence 10.2 {@code SpaceStatus}; constants from decompiled Confluence 8.7.2. */
public enum SpaceStatus {
    CURRENT,
    ARCHIVED
}
