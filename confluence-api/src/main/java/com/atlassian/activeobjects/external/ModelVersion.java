package com.atlassian.activeobjects.external;

/** Stand-in for the AO plugin's {@code ModelVersion} (final, Comparable, identity equals as in the real class); signature and behaviour from decompiled activeobjects-plugin 5.2.1. */
public final class ModelVersion implements Comparable<ModelVersion> {

    private final int version;

    private ModelVersion(int version) {
        this.version = version;
    }

    @Override
    public int compareTo(ModelVersion mv) {
        return version - mv.version;
    }

    public boolean isOlderThan(ModelVersion mv) {
        return compareTo(mv) < 0;
    }

    public boolean isNewerThan(ModelVersion mv) {
        return compareTo(mv) > 0;
    }

    public boolean isSame(ModelVersion mv) {
        return compareTo(mv) == 0;
    }

    @Override
    public String toString() {
        return String.valueOf(version);
    }

    /** Parses a decimal integer version; {@code null} means version 0; anything else not an int throws {@link NumberFormatException}. */
    public static ModelVersion valueOf(String s) {
        return new ModelVersion(s == null ? 0 : Integer.parseInt(s));
    }
}
