package com.atlassian.confluence.event.events.content;

import com.atlassian.confluence.event.events.content.blogpost.BlogPostCreateEvent;
import com.atlassian.confluence.event.events.content.blogpost.BlogPostRemoveEvent;
import com.atlassian.confluence.event.events.content.blogpost.BlogPostRestoreEvent;
import com.atlassian.confluence.event.events.content.blogpost.BlogPostTrashedEvent;
import com.atlassian.confluence.event.events.content.blogpost.BlogPostUpdateEvent;
import com.atlassian.confluence.event.events.content.page.PageCreateEvent;
import com.atlassian.confluence.event.events.content.page.PageRemoveEvent;
import com.atlassian.confluence.event.events.content.page.PageRestoreEvent;
import com.atlassian.confluence.event.events.content.page.PageTrashedEvent;
import com.atlassian.confluence.event.events.content.page.PageUpdateEvent;
import com.atlassian.confluence.pages.BlogPost;
import com.atlassian.confluence.pages.Page;
import org.junit.Test;

import java.util.Collections;

import static org.junit.Assert.assertSame;

public class ContentEventsTest {

    private final Object source = new Object();

    @Test
    public void pageEventsCarryTheirPage() {
        Page page = new Page();
        assertSame(page, new PageCreateEvent(source, page, Collections.emptyMap(), null).getPage());
        assertSame(page, new PageUpdateEvent(source, page, new Page(), null).getPage());
        assertSame(page, new PageTrashedEvent(source, page, null, false).getPage());
        assertSame(page, new PageRestoreEvent(source, page).getPage());
        assertSame(page, new PageRemoveEvent(source, page).getPage());
    }

    @Test
    public void blogPostEventsCarryTheirBlogPost() {
        BlogPost post = new BlogPost();
        assertSame(post, new BlogPostCreateEvent(source, post, Collections.emptyMap(), null).getBlogPost());
        assertSame(post, new BlogPostUpdateEvent(source, post, new BlogPost(), null).getBlogPost());
        assertSame(post, new BlogPostTrashedEvent(source, post, null, false).getBlogPost());
        assertSame(post, new BlogPostRestoreEvent(source, post).getBlogPost());
        assertSame(post, new BlogPostRemoveEvent(source, post).getBlogPost());
    }

    @Test(expected = NullPointerException.class)
    public void pageIsRequired() {
        new PageRemoveEvent(source, null);
    }

    @Test(expected = NullPointerException.class)
    public void blogPostIsRequired() {
        new BlogPostRemoveEvent(source, null);
    }
}
