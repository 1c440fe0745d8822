package com.atlassian.confluence.core;

import java.util.Date;

/** Stand-in for Confluence 10.2 {@code ContentEntityObject} (acts like an unsaved instance; hosts subclass it); signatures from decompiled Confluence 8.7.2 and atlassian-core {@code EntityObject}. */
public abstract class ContentEntityObject {

    protected ContentEntityObject() {
    }

    /** Declared in {@code com.atlassian.core.bean.EntityObject} in the real hierarchy; 0 until persisted. */
    public long getId() {
        return 0L;
    }

    /** As in the real class: {@code Long.toString(getId())}. */
    public String getIdAsString() {
        return Long.toString(getId());
    }

    public String getTitle() {
        return null;
    }

    /** An unsaved entity has an empty body, as in the real class. */
    public String getBodyAsString() {
        return "";
    }

    /** Declared in {@code com.atlassian.core.bean.EntityObject} in the real hierarchy; {@code null} until saved. */
    public Date getLastModificationDate() {
        return null;
    }
}
