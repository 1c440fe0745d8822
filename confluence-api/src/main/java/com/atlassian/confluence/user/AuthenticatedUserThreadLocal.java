package com.atlassian.confluence.user;

/** Stand-in for Confluence 10.2 {@code AuthenticatedUserThreadLocal} (ThreadLocal-backed here, Seraph-backed in Confluence); signatures from decompiled Confluence 8.7.2. */
public class AuthenticatedUserThreadLocal {

    private static final ThreadLocal<ConfluenceUser> CURRENT = new ThreadLocal<>();

    public static void set(ConfluenceUser user) {
        if (user == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(user);
        }
    }

    public static ConfluenceUser get() {
        return CURRENT.get();
    }

    /** Removes any user from the current thread. */
    public static void reset() {
        CURRENT.remove();
    }

    /** The current user's name, or {@code null} when anonymous. */
    public static String getUsername() {
        ConfluenceUser user = get();
        return user == null ? null : user.getName();
    }

    public static boolean isAnonymousUser() {
        return get() == null;
    }
}
