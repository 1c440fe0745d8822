package com.atlassian.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;

import java.util.Map;

/** Stand-in for Confluence 10.2 {@code Macro}; signature from Confluence javadoc 9.0.2/9.3.2 (com/atlassian/confluence/macro/Macro.html). */
public interface Macro {

    String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException;

    BodyType getBodyType();

    OutputType getOutputType();

    /** Stand-in for {@code Macro.BodyType}; constants in declaration order of Confluence 8.7.2. */
    enum BodyType {
        PLAIN_TEXT,
        RICH_TEXT,
        NONE
    }

    /** Stand-in for {@code Macro.OutputType}; constants in declaration order of Confluence 8.7.2. */
    enum OutputType {
        INLINE,
        BLOCK
    }
}
