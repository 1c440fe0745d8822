package com.atlassian.confluence.core;

/** Stand-in for Confluence 10.2 {@code OperationContext} (type only, needed by event constructors); signature from decompiled Confluence 8.7.2. */
public interface OperationContext<TRIGGER extends OperationTrigger> {
}
