package com.atlassian.confluence.labels;

import java.util.Map;

/**
 * Stand-in for Confluence 10.2 {@code Namespace} (a label's namespace: {@code global}, {@code my} (personal),
 * {@code team}, {@code system}); signatures and behaviour from decompiled Confluence 8.7.2. Equal by prefix, as in the
 * real class. {@code Serializable}/{@code Comparable} and the visibility accessors are omitted.
 */
public class Namespace {

    public static final Namespace PERSONAL = new Namespace("my");
    public static final Namespace TEAM = new Namespace("team");
    public static final Namespace GLOBAL = new Namespace("global");
    public static final Namespace SYSTEM = new Namespace("system");

    private static final Map<String, Namespace> OFFICIAL = Map.of(
            "my", PERSONAL, "team", TEAM, "global", GLOBAL, "system", SYSTEM);

    private final String prefix;

    private Namespace(String prefix) {
        this.prefix = prefix;
    }

    /** The official namespace with this prefix, a new one for any other prefix, {@code null} for {@code null}. */
    public static Namespace getNamespace(String prefix) {
        if (prefix == null) {
            return null;
        }
        Namespace official = OFFICIAL.get(prefix);
        return official != null ? official : new Namespace(prefix);
    }

    public String getPrefix() {
        return prefix;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o != null && getClass() == o.getClass() && prefix.equals(((Namespace) o).prefix));
    }

    @Override
    public int hashCode() {
        return prefix.hashCode();
    }

    @Override
    public String toString() {
        return prefix;
    }
}
