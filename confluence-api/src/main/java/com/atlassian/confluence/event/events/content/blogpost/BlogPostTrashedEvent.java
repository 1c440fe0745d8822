package com.atlassian.confluence.event.events.content.blogpost;

import com.atlassian.confluence.pages.BlogPost;
import com.atlassian.user.User;

/** Stand-in for Confluence 10.2 {@code BlogPostTrashedEvent} (non-deprecated constructor only); signature from decompiled Confluence 8.7.2. */
public class BlogPostTrashedEvent extends BlogPostEvent {

    public BlogPostTrashedEvent(Object source, BlogPost blogPost, User trasher, boolean suppressNotifications) {
        super(source, blogPost, null);
    }
}
