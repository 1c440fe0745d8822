package com.atlassian.confluence.plugins.createcontent.api.contextproviders;

import org.junit.Test;

import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

public class BlueprintContextTest {

    @Test
    public void noArgContextStartsEmptyAndStoresValues() {
        BlueprintContext context = new BlueprintContext();
        assertTrue(context.getMap().isEmpty());
        context.put("decision", "Meet fortnightly");
        assertEquals("Meet fortnightly", context.get("decision"));
        assertEquals("Meet fortnightly", context.getMap().get("decision"));
    }

    @Test
    public void titleAndSpaceKeyUseTheRealKeys() {
        BlueprintContext context = new BlueprintContext();
        context.setTitle("Charter");
        context.setSpaceKey("COPROD");
        assertEquals("Charter", context.getMap().get("ContentPageTitle"));
        assertEquals("COPROD", context.getMap().get("spaceKey"));
        assertEquals("COPROD", context.getSpaceKey());
    }

    @Test
    public void spaceKeyIsNullWhenUnset() {
        assertNull(new BlueprintContext().getSpaceKey());
    }

    @Test
    public void mapConstructorIsPackagePrivateAndWrapsWithoutCopying() throws Exception {
        Constructor<BlueprintContext> ctor = BlueprintContext.class.getDeclaredConstructor(Map.class);
        int modifiers = ctor.getModifiers();
        assertFalse(Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers) || Modifier.isPrivate(modifiers));

        Map<String, Object> backing = new HashMap<>();
        BlueprintContext context = new BlueprintContext(backing);
        context.put("k", "v");
        assertSame(backing, context.getMap());
        assertEquals("v", backing.get("k"));
    }
}
