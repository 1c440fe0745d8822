package com.atlassian.confluence.content.render.xhtml;

import com.atlassian.confluence.core.ContentEntityObject;

/** Stand-in for Confluence 10.2 {@code ConversionContext}; signatures from Confluence javadoc (DefaultConversionContext) and decompiled 8.7.2. */
public interface ConversionContext {

    String getOutputDeviceType();

    String getOutputType();

    ContentEntityObject getEntity();

    String getSpaceKey();
}
