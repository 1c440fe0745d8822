package com.atlassian.confluence.spaces;

/** Stand-in for Confluence 10.2 {@code Space} (acts like an unsaved instance; hosts subclass it); signatures from decompiled Confluence 8.7.2. */
public class Space {

    /** Declared in {@code com.atlassian.core.bean.EntityObject} in the real hierarchy; 0 until persisted. */
    public long getId() {
        return 0L;
    }

    public String getKey() {
        return null;
    }

    public String getName() {
        return null;
    }
}
