package com.atlassian.confluence.plugins.createcontent.api.contextproviders;

import java.util.HashMap;
import java.util.Map;

/** Stand-in for create-content {@code BlueprintContext} (map-backed; keys from BlueprintContextKeys); signatures from decompiled confluence-create-content-plugin 18.7.17 (Confluence 8.7). */
public class BlueprintContext {

    private static final String SPACE_KEY = "spaceKey";
    private static final String CONTENT_PAGE_TITLE = "ContentPageTitle";

    private final Map<String, Object> map;

    BlueprintContext(Map<String, Object> context) {
        this.map = context;
    }

    public BlueprintContext() {
        this(new HashMap<>());
    }

    /** The live backing map (not a copy). */
    public Map<String, Object> getMap() {
        return map;
    }

    public Object get(String key) {
        return map.get(key);
    }

    public void put(String key, Object value) {
        map.put(key, value);
    }

    /** Stores the title of the page to create under {@code "ContentPageTitle"}. */
    public void setTitle(String title) {
        map.put(CONTENT_PAGE_TITLE, title);
    }

    public String getSpaceKey() {
        return (String) map.get(SPACE_KEY);
    }

    public void setSpaceKey(String spaceKey) {
        map.put(SPACE_KEY, spaceKey);
    }
}
