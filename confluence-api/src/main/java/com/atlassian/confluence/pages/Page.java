package com.atlassian.confluence.pages;

/** Stand-in for Confluence 10.2 {@code Page}; signature from decompiled Confluence 8.7.2 ({@code public class Page extends AbstractPage}). */
public class Page extends AbstractPage {
}
