package com.atlassian.plugin;

/** Stand-in for atlassian-plugins {@code PluginParseException}; signature from atlassian-plugins 4.4.10 xref and decompiled atlassian-plugins-api 7.4.0. */
public class PluginParseException extends PluginException {

    public PluginParseException() {
        super();
    }

    public PluginParseException(String s) {
        super(s);
    }

    public PluginParseException(Throwable throwable) {
        super(throwable);
    }

    public PluginParseException(String s, Throwable throwable) {
        super(s, throwable);
    }
}
