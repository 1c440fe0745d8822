package com.atlassian.confluence.user;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.User;

/** Stand-in for Confluence 10.2 {@code ConfluenceUser} (internal supertype RelatableEntity omitted); signature from decompiled Confluence 8.7.2. */
public interface ConfluenceUser extends User {

    UserKey getKey();
}
