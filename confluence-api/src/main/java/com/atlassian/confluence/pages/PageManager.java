package com.atlassian.confluence.pages;

import com.atlassian.confluence.core.ContentEntityManager;
import com.atlassian.confluence.spaces.Space;

import java.util.Collection;
import java.util.List;

/** Stand-in for Confluence 10.2 {@code PageManager} (extends ContentEntityManager, as the real one does); signatures and deprecations from decompiled Confluence 8.7.2. */
public interface PageManager extends ContentEntityManager {

    @Deprecated
    Page getPage(long id);

    @Deprecated
    AbstractPage getAbstractPage(long id);

    @Deprecated
    BlogPost getBlogPost(long id);

    /** Ids of the space's current pages. */
    Collection<Long> getPageIds(Space space);

    List<BlogPost> getBlogPosts(Space space, boolean currentOnly);
}
