package com.atlassian.confluence.spaces;

import java.util.Collection;

/** Stand-in for Confluence 10.2 {@code SpaceManager}; signature and deprecation from decompiled Confluence 8.7.2. */
public interface SpaceManager {

    @Deprecated
    Space getSpace(String spaceKey);

    Collection<String> getAllSpaceKeys(SpaceStatus status);
}
