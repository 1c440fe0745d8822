package com.atlassian.confluence.xhtml.api;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.content.render.xhtml.XhtmlException;

import javax.xml.stream.XMLStreamException;

/**
 * Stand-in for Confluence 10.2 {@code XhtmlContent} (supertypes {@code MacroDefinitionTransformer} and
 * {@code WikiToStorageConverter} and other members omitted). Signature from decompiled Confluence 8.7.2; the method
 * is listed in Confluence javadoc 9.3.2 (xhtml/api/XhtmlContent.html).
 */
public interface XhtmlContent {

    /** Renders a storage-format fragment to view HTML, running the macros in it, as Confluence renders a page. */
    String convertStorageToView(String storage, ConversionContext context) throws XMLStreamException, XhtmlException;
}
