package com.atlassian.confluence.plugin.services;

import java.util.Map;

/** Stand-in for Confluence 10.2 {@code VelocityHelperService}; signatures from decompiled Confluence 8.7.2. */
public interface VelocityHelperService {

    String getRenderedTemplate(String templateName, Map<String, Object> context);

    Map<String, Object> createDefaultVelocityContext();
}
