package com.atlassian.confluence.user;

/** Stand-in for Confluence 10.2 {@code UserAccessor} (other supertypes omitted); signature from Confluence javadoc 9.2.4 (user/UserAccessor.html). */
public interface UserAccessor extends ConfluenceUserResolver {
}
