package com.atlassian.confluence.security;

import java.io.Serializable;

/** Stand-in for Confluence 10.2 {@code Permission} (abstract class with singleton instances); signatures from decompiled Confluence 8.7.2 and javadoc 8.5.7. */
public abstract class Permission implements Serializable {

    public static final Permission VIEW = new Permission("VIEW") { };
    public static final Permission EDIT = new Permission("EDIT") { };
    public static final Permission SET_PERMISSIONS = new Permission("SET_PERMISSIONS") { };
    public static final Permission REMOVE = new Permission("REMOVE") { };
    public static final Permission EXPORT = new Permission("EXPORT") { };
    public static final Permission ADMINISTER = new Permission("ADMINISTER") { };

    private final String name;

    private Permission(String name) {
        this.name = name;
    }

    /** The permission's name, e.g. {@code "VIEW"}. */
    @Override
    public String toString() {
        return name;
    }
}
