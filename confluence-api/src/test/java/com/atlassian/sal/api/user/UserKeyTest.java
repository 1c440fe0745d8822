package com.atlassian.sal.api.user;

import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

public class UserKeyTest {

    @Test
    public void keysWithTheSameValueAreEqualAndHashAlike() {
        UserKey a = new UserKey("8a7f808a");
        UserKey b = new UserKey("8a7f808a");
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, new UserKey("other"));
        assertNotEquals(a, "8a7f808a");
        assertNotEquals(a, null);
    }

    @Test
    public void stringValueAndToStringAreTheKey() {
        UserKey key = new UserKey("abc");
        assertEquals("abc", key.getStringValue());
        assertEquals("abc", key.toString());
    }

    @Test
    public void rejectsNull() {
        try {
            new UserKey(null);
            fail("expected NullPointerException");
        } catch (NullPointerException e) {
            assertEquals("userkey", e.getMessage());
        }
    }

    @Test
    public void isSerializable() {
        assertTrue(java.io.Serializable.class.isAssignableFrom(UserKey.class));
    }
}
