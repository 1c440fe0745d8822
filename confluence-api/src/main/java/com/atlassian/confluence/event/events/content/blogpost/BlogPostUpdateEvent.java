package com.atlassian.confluence.event.events.content.blogpost;

import com.atlassian.confluence.core.OperationContext;
import com.atlassian.confluence.pages.BlogPost;
import com.atlassian.confluence.pages.PageUpdateTrigger;

/** Stand-in for Confluence 10.2 {@code BlogPostUpdateEvent} (non-deprecated constructor only); signature from decompiled Confluence 8.7.2. */
public class BlogPostUpdateEvent extends BlogPostEvent {

    private final BlogPost originalBlogPost;

    public BlogPostUpdateEvent(Object source, BlogPost updatedBlogPost, BlogPost originalBlogPost,
                               OperationContext<PageUpdateTrigger> operationContext) {
        super(source, updatedBlogPost, operationContext);
        this.originalBlogPost = originalBlogPost;
    }

    /** The blog post as it was before this update; null when Confluence did not supply it. */
    public BlogPost getOriginalBlogPost() {
        return originalBlogPost;
    }
}
