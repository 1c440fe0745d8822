package com.atlassian.confluence.content.render.xhtml;

import java.util.Locale;

/** Stand-in for Confluence 10.2 {@code ConversionContextOutputType}; constants and {@code value()} (lower-case name) from decompiled Confluence 8.7.2. */
public enum ConversionContextOutputType {
    PREVIEW,
    DISPLAY,
    WORD,
    PDF,
    HTML_EXPORT,
    FEED,
    EMAIL,
    DIFF;

    private final String lowerName = name().toLowerCase(Locale.ROOT);

    public String value() {
        return lowerName;
    }
}
