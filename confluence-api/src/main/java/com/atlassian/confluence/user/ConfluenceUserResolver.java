package com.atlassian.confluence.user;

import com.atlassian.sal.api.user.UserKey;

/** Stand-in for Confluence 10.2 {@code ConfluenceUserResolver} (since 7.16), where the user look-ups are declared; signatures from Confluence javadoc 8.0.0-m90. */
public interface ConfluenceUserResolver {

    ConfluenceUser getUserByKey(UserKey key);

    ConfluenceUser getUserByName(String name);
}
