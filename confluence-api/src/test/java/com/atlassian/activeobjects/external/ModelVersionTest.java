package com.atlassian.activeobjects.external;

import org.junit.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

public class ModelVersionTest {

    @Test
    public void parsesIntegerVersions() {
        assertEquals("12", ModelVersion.valueOf("12").toString());
        assertEquals("0", ModelVersion.valueOf(null).toString());
    }

    @Test(expected = NumberFormatException.class)
    public void rejectsNonIntegerVersions() {
        ModelVersion.valueOf("1.2");
    }

    @Test
    public void ordersNumericallyNotLexically() {
        ModelVersion two = ModelVersion.valueOf("2");
        ModelVersion ten = ModelVersion.valueOf("10");
        assertTrue(two.isOlderThan(ten));
        assertTrue(ten.isNewerThan(two));
        assertFalse(two.isNewerThan(ten));
        assertTrue(two.isSame(ModelVersion.valueOf("2")));
        assertTrue(two.compareTo(ten) < 0);

        List<ModelVersion> versions = new ArrayList<>(List.of(ten, ModelVersion.valueOf("1"), two));
        Collections.sort(versions);
        assertEquals("[1, 2, 10]", versions.toString());
    }

    /** The real class does not override equals/hashCode; compare with isSame(). */
    @Test
    public void equalityIsIdentityAsInTheRealClass() {
        ModelVersion a = ModelVersion.valueOf("3");
        assertEquals(a, a);
        assertNotEquals(a, ModelVersion.valueOf("3"));
    }
}
