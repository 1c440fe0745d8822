package com.atlassian.confluence.content.render.xhtml;

/** Stand-in for Confluence 10.2 {@code XhtmlException} (checked); constructors from decompiled Confluence 8.7.2. */
public class XhtmlException extends Exception {

    public XhtmlException() {
    }

    public XhtmlException(String message) {
        super(message);
    }

    public XhtmlException(Throwable cause) {
        super(cause);
    }

    public XhtmlException(String message, Throwable cause) {
        super(message, cause);
    }
}
