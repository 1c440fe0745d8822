package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.pages.Page;

/** Stand-in for Confluence 10.2 {@code PageRemoveEvent}; signature from decompiled Confluence 8.7.2. */
public class PageRemoveEvent extends PageEvent {

    public PageRemoveEvent(Object src, Page removedPage) {
        super(src, removedPage, null);
    }
}
