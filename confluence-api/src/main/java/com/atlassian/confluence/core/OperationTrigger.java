package com.atlassian.confluence.core;

/** Stand-in for Confluence 10.2 {@code OperationTrigger} (marker interface); signature from decompiled Confluence 8.7.2 and javadoc 8.0.0 class-use. */
public interface OperationTrigger {
}
