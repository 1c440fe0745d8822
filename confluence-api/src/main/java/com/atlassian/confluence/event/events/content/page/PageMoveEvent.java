package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.user.User;

import java.util.List;

/**
 * Stand-in for Confluence 10.2 {@code PageMoveEvent} (public constructor only; getters and the interfaces
 * {@code Updated}, {@code UserDriven}, {@code NotificationEnabledEvent} omitted); signature from decompiled
 * Confluence 8.7.2. {@code getPage()} is the moved page, already in its new place.
 */
public class PageMoveEvent extends PageEvent {

    public PageMoveEvent(Object src, Page movedPage, List<Page> movedPageList, Space oldSpace, Page oldParentPage,
                         Integer oldPosition, User theMover, boolean movedBecauseOfParent) {
        super(src, movedPage, null);
    }
}
