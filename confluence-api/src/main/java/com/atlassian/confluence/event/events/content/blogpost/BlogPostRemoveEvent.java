package com.atlassian.confluence.event.events.content.blogpost;

import com.atlassian.confluence.pages.BlogPost;

/** Stand-in for Confluence 10.2 {@code BlogPostRemoveEvent}; signature from decompiled Confluence 8.7.2. */
public class BlogPostRemoveEvent extends BlogPostEvent {

    public BlogPostRemoveEvent(Object src, BlogPost blogPost) {
        super(src, blogPost, null);
    }
}
