package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.pages.Page;

/** Stand-in for Confluence 10.2 {@code PageRestoreEvent}; signature from decompiled Confluence 8.7.2. */
public class PageRestoreEvent extends PageEvent {

    public PageRestoreEvent(Object src, Page page) {
        super(src, page, null);
    }
}
