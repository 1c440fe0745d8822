package com.atlassian.plugin;

/** Stand-in for atlassian-plugins {@code PluginException} (a RuntimeException); signature from atlassian-plugins 4.4.10 xref and decompiled atlassian-plugins-api 7.4.0. */
public class PluginException extends RuntimeException {

    public PluginException() {
        super();
    }

    public PluginException(String s) {
        super(s);
    }

    public PluginException(Throwable throwable) {
        super(throwable);
    }

    public PluginException(String s, Throwable throwable) {
        super(s, throwable);
    }
}
