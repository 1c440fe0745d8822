package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;

import java.util.Map;

/** Stand-in for atlassian-plugins-webfragment-api {@code ContextProvider}; signature from atlassian-plugins 2.10.2 xref and decompiled webfragment-api 6.0.1. */
public interface ContextProvider {

    void init(Map<String, String> params) throws PluginParseException;

    Map<String, Object> getContextMap(Map<String, Object> context);
}
