package com.atlassian.confluence.event.events.content.blogpost;

import com.atlassian.confluence.pages.BlogPost;

/** Stand-in for Confluence 10.2 {@code BlogPostRestoreEvent}; signature from decompiled Confluence 8.7.2. */
public class BlogPostRestoreEvent extends BlogPostEvent {

    public BlogPostRestoreEvent(Object src, BlogPost blogPost) {
        super(src, blogPost, null);
    }
}
