package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.core.OperationContext;
import com.atlassian.confluence.pages.Page;

import java.util.Objects;

/** Stand-in for Confluence 10.2 {@code PageEvent}, where getPage() is declared (ContentEvent/ConfluenceEvent superclasses omitted); signatures from decompiled Confluence 8.7.2. */
public abstract class PageEvent {

    private final Page page;

    /** @throws NullPointerException if {@code page} is null, as in the real class */
    public PageEvent(Object source, Page page, OperationContext<?> operationContext) {
        this.page = Objects.requireNonNull(page);
    }

    public Page getPage() {
        return page;
    }
}
