package com.atlassian.templaterenderer;

/** Stand-in for ATR {@code RenderingException} (a RuntimeException); signature from decompiled atlassian-template-renderer-api 5.0.4. */
public class RenderingException extends RuntimeException {

    public RenderingException(String message, Throwable cause) {
        super(message, cause);
    }

    public RenderingException(String message) {
        super(message);
    }

    public RenderingException(Throwable cause) {
        super(cause);
    }
}
