package com.atlassian.confluence.plugins.createcontent.api.contextproviders;

import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.ContextProvider;

import java.util.Map;

/** Stand-in for create-content {@code AbstractBlueprintContextProvider} (TemplateRendererHelper members omitted); signatures from decompiled confluence-create-content-plugin 18.7.17 (Confluence 8.7). */
public abstract class AbstractBlueprintContextProvider implements ContextProvider {

    @Deprecated
    public AbstractBlueprintContextProvider() {
    }

    /** Does nothing, as in the real class. */
    @Override
    public void init(Map<String, String> params) throws PluginParseException {
    }

    /** Wraps {@code context} itself (no copy) in a {@link BlueprintContext}, lets the subclass update it and returns its map. */
    @Override
    public final Map<String, Object> getContextMap(Map<String, Object> context) {
        return updateBlueprintContext(new BlueprintContext(context)).getMap();
    }

    protected abstract BlueprintContext updateBlueprintContext(BlueprintContext context);
}
