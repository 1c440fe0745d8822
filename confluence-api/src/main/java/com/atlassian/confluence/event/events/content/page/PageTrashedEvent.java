package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.pages.Page;
import com.atlassian.user.User;

/** Stand-in for Confluence 10.2 {@code PageTrashedEvent} (non-deprecated constructor only); signature from decompiled Confluence 8.7.2. */
public class PageTrashedEvent extends PageEvent {

    public PageTrashedEvent(Object source, Page trashedPage, User trasher, boolean suppressNotifications) {
        super(source, trashedPage, null);
    }
}
