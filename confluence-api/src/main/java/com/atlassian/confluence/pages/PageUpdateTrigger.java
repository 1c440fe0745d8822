package com.atlassian.confluence.pages;

import com.atlassian.confluence.core.OperationTrigger;

/** Stand-in for Confluence 10.2 {@code PageUpdateTrigger} (type only, constants omitted); signature from decompiled Confluence 8.7.2. */
public enum PageUpdateTrigger implements OperationTrigger {
}
