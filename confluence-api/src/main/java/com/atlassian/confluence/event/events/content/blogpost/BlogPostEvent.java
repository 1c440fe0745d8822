package com.atlassian.confluence.event.events.content.blogpost;

import com.atlassian.confluence.core.OperationContext;
import com.atlassian.confluence.pages.BlogPost;

import java.util.Objects;

/** Stand-in for Confluence 10.2 {@code BlogPostEvent}, where getBlogPost() is declared (ContentEvent/ConfluenceEvent superclasses omitted); signatures from decompiled Confluence 8.7.2. */
public abstract class BlogPostEvent {

    private final BlogPost blogPost;

    /** @throws NullPointerException if {@code blogPost} is null, as in the real class */
    public BlogPostEvent(Object source, BlogPost blogPost, OperationContext<?> operationContext) {
        this.blogPost = Objects.requireNonNull(blogPost);
    }

    public BlogPost getBlogPost() {
        return blogPost;
    }
}
