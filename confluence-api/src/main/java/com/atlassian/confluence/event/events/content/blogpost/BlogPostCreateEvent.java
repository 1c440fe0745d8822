package com.atlassian.confluence.event.events.content.blogpost;

import com.atlassian.confluence.core.OperationContext;
import com.atlassian.confluence.pages.BlogPost;

import java.io.Serializable;
import java.util.Map;

/** Stand-in for Confluence 10.2 {@code BlogPostCreateEvent} (non-deprecated constructor only); signature from decompiled Confluence 8.7.2. */
public class BlogPostCreateEvent extends BlogPostEvent {

    public BlogPostCreateEvent(Object source, BlogPost blogPost, Map<String, Serializable> context,
                               OperationContext<?> operationContext) {
        super(source, blogPost, operationContext);
    }
}
