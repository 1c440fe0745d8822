package com.atlassian.confluence.pages;

/** Stand-in for Confluence 10.2 {@code BlogPost}; signature from decompiled Confluence 8.7.2 ({@code public class BlogPost extends AbstractPage}). */
public class BlogPost extends AbstractPage {
}
