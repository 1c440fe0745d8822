package com.atlassian.sal.api.user;

/** Stand-in for SAL {@code UserProfile} (subset); signatures from decompiled sal-api 5.1.4. */
public interface UserProfile {

    UserKey getUserKey();

    String getUsername();

    String getFullName();
}
