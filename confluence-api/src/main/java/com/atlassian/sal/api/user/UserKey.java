package com.atlassian.sal.api.user;

import java.io.Serializable;
import java.util.Objects;

/** Stand-in for SAL {@code UserKey} (final, value object); signature and behaviour from sal-parent 3.0.4 xref and decompiled sal-api 5.1.4. */
public final class UserKey implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String userkey;

    /** @throws NullPointerException if {@code userkey} is null */
    public UserKey(String userkey) {
        this.userkey = Objects.requireNonNull(userkey, "userkey");
    }

    public String getStringValue() {
        return userkey;
    }

    /** The string value itself. */
    @Override
    public String toString() {
        return getStringValue();
    }

    /** Equal to another {@code UserKey} with the same string value. */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || getClass() != o.getClass()) {
            return false;
        }
        return userkey.equals(((UserKey) o).userkey);
    }

    @Override
    public int hashCode() {
        return userkey.hashCode();
    }
}
