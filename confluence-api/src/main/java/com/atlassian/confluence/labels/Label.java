package com.atlassian.confluence.labels;

/**
 * Stand-in for Confluence 10.2 {@code Label} (supertype {@code EntityObject} and interfaces omitted); signatures from
 * decompiled Confluence 8.7.2. As in the real class, the name is stored lower-cased and a label without a namespace
 * is global.
 */
public class Label {

    private final String name;
    private final Namespace namespace;

    public Label(String name) {
        this(name, Namespace.GLOBAL);
    }

    public Label(String name, Namespace namespace) {
        this.name = name != null ? name.toLowerCase() : null;
        this.namespace = namespace;
    }

    public Label(String name, String namespace) {
        this(name, Namespace.getNamespace(namespace));
    }

    public String getName() {
        return name;
    }

    public Namespace getNamespace() {
        return namespace;
    }
}
