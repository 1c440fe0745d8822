package com.atlassian.confluence.content.render.xhtml.macro.annotation;

/** Stand-in for Confluence 10.2 {@code Format}; constants (in this order) from decompiled Confluence 8.7.2. */
public enum Format {
    Storage,
    View
}
