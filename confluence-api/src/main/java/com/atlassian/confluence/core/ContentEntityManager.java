package com.atlassian.confluence.core;

/**
 * Stand-in for Confluence 10.2 {@code ContentEntityManager} (the supertype of {@code PageManager}); only the member
 * the app uses. Signature from decompiled Confluence 8.7.2 and the javadoc of 5.9–7.3.
 */
public interface ContentEntityManager {

    /** Applies {@code modification} to {@code current} and persists the result as a new version. */
    <T extends ContentEntityObject> void saveNewVersion(T current, Modification<T> modification);
}
