package com.atlassian.confluence.core;

/**
 * Stand-in for Confluence 10.2 {@code Modification}: the change {@link ContentEntityManager#saveNewVersion} applies
 * to content before saving it as a new version; signature from decompiled Confluence 8.7.2.
 */
public interface Modification<T extends ContentEntityObject> {

    void modify(T content);
}
