package com.atlassian.user;

import java.io.Serializable;

/** Stand-in for atlassian-user {@code Entity}; signature from atlassian-user 2.0.1 javadoc (com/atlassian/user/Entity.html). */
public interface Entity extends Serializable {

    String getName();
}
