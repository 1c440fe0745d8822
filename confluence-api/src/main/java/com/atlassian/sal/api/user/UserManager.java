package com.atlassian.sal.api.user;

import jakarta.servlet.http.HttpServletRequest;

/** Stand-in for SAL {@code UserManager} (subset; jakarta servlet as in SAL 7 / Platform 8); signatures from decompiled sal-api 5.1.4 (javax there). */
public interface UserManager {

    UserKey getRemoteUserKey();

    UserKey getRemoteUserKey(HttpServletRequest request);

    UserProfile getUserProfile(UserKey userKey);

    boolean isSystemAdmin(UserKey userKey);

    boolean isAdmin(UserKey userKey);

    boolean isUserInGroup(UserKey userKey, String group);
}
