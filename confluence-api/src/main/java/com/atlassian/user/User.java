package com.atlassian.user;

import java.security.Principal;

/** Stand-in for atlassian-user {@code User}; signature from atlassian-user 1.7 javadoc (User extends Entity, Principal). */
public interface User extends Entity, Principal {

    String getFullName();

    String getEmail();
}
