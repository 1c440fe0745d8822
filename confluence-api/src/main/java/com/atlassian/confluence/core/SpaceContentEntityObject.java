package com.atlassian.confluence.core;

import com.atlassian.confluence.spaces.Space;

/** Stand-in for Confluence 10.2 {@code SpaceContentEntityObject}, where {@code getSpace}/{@code getSpaceKey} are declared; signatures from decompiled Confluence 8.7.2. */
public abstract class SpaceContentEntityObject extends ContentEntityObject {

    /** {@code null} for an unsaved entity, as in the real class. */
    public Space getSpace() {
        return null;
    }

    /** As in the real class: the key of {@link #getSpace()}, or {@code null} without a space. */
    public String getSpaceKey() {
        Space space = getSpace();
        return space == null ? null : space.getKey();
    }
}
