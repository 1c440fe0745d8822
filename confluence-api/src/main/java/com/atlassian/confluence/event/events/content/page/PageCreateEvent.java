package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.core.OperationContext;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageUpdateTrigger;

import java.io.Serializable;
import java.util.Map;

/** Stand-in for Confluence 10.2 {@code PageCreateEvent} (non-deprecated constructor only); signature from decompiled Confluence 8.7.2. */
public class PageCreateEvent extends PageEvent {

    public PageCreateEvent(Object source, Page page, Map<String, Serializable> context,
                           OperationContext<PageUpdateTrigger> operationContext) {
        super(source, page, operationContext);
    }
}
