package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.core.OperationContext;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageUpdateTrigger;

/** Stand-in for Confluence 10.2 {@code PageUpdateEvent} (non-deprecated constructor only); signature from decompiled Confluence 8.7.2. */
public class PageUpdateEvent extends PageEvent {

    private final AbstractPage originalPage;

    public PageUpdateEvent(Object source, Page updatedPage, AbstractPage originalPage,
                           OperationContext<PageUpdateTrigger> operationContext) {
        super(source, updatedPage, operationContext);
        this.originalPage = originalPage;
    }

    /** The page as it was before this update; null when Confluence did not supply it. */
    public AbstractPage getOriginalPage() {
        return originalPage;
    }
}
