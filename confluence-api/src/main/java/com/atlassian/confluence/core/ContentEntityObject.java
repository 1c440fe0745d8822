package com.atlassian.confluence.core;

import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.labels.Labelable;

import java.util.Date;
import java.util.List;

/** Stand-in for Confluence 10.2 {@code ContentEntityObject} (acts like an unsaved instance; hosts subclass it); signatures from decompiled Confluence 8.7.2 and atlassian-core {@code EntityObject}. */
public abstract class ContentEntityObject implements Labelable {

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

    /** Declared in {@code Versioned} ({@code AbstractVersionedEntityObject}): the page's version, from 1. */
    public int getVersion() {
        return 1;
    }

    public String getTitle() {
        return null;
    }

    private String body = "";

    /** An unsaved entity has an empty body, as in the real class. */
    public String getBodyAsString() {
        return body;
    }

    /** Replaces the body (storage format); {@code null} leaves it empty, as in the real class. */
    public void setBodyAsString(String content) {
        this.body = content == null ? "" : content;
    }

    /** Declared in {@code com.atlassian.core.bean.EntityObject} in the real hierarchy; {@code null} until saved. */
    public Date getLastModificationDate() {
        return null;
    }

    /**
     * Every label on the content, all namespaces (personal ones included). Declared in
     * {@code AbstractLabelableEntityObject} (interface {@code Labelable}) in the real hierarchy; an unsaved entity
     * has none.
     */
    @Override
    public List<Label> getLabels() {
        return List.of();
    }

    /** In the trash: content status {@code "deleted"}, as in the real class. An unsaved entity is current. */
    public boolean isDeleted() {
        return false;
    }
}
