package com.atlassian.confluence.macro;

/** Stand-in for Confluence 10.2 {@code MacroExecutionException}; signature from Confluence javadoc 7.19.14 (macro/MacroExecutionException.html). */
public class MacroExecutionException extends Exception {

    public MacroExecutionException() {
        super();
    }

    public MacroExecutionException(String message) {
        super(message);
    }

    public MacroExecutionException(String message, Throwable cause) {
        super(message, cause);
    }

    public MacroExecutionException(Throwable cause) {
        super(cause);
    }
}
