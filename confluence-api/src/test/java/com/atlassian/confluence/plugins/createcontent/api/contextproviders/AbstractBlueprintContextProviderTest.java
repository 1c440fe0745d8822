package com.atlassian.confluence.plugins.createcontent.api.contextproviders;

import com.atlassian.plugin.web.ContextProvider;
import org.junit.Test;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

public class AbstractBlueprintContextProviderTest {

    private static final class TitleSetter extends AbstractBlueprintContextProvider {
        BlueprintContext seen;

        @Override
        protected BlueprintContext updateBlueprintContext(BlueprintContext context) {
            seen = context;
            context.setTitle("Decision: " + context.get("summary"));
            return context;
        }
    }

    @Test
    public void wrapsTheIncomingMapCallsTheSubclassAndReturnsItsMap() {
        TitleSetter provider = new TitleSetter();
        Map<String, Object> incoming = new HashMap<>();
        incoming.put("summary", "Pay expenses within 30 days");

        Map<String, Object> result = provider.getContextMap(incoming);

        assertSame(incoming, provider.seen.getMap());
        assertSame(incoming, result);
        assertEquals("Decision: Pay expenses within 30 days", incoming.get("ContentPageTitle"));
    }

    @Test
    public void returnsTheMapOfWhateverContextTheSubclassReturns() {
        BlueprintContext replacement = new BlueprintContext();
        replacement.put("x", 1);
        AbstractBlueprintContextProvider provider = new AbstractBlueprintContextProvider() {
            @Override
            protected BlueprintContext updateBlueprintContext(BlueprintContext context) {
                return replacement;
            }
        };
        assertSame(replacement.getMap(), provider.getContextMap(new HashMap<>()));
    }

    @Test
    public void initDoesNothing() {
        new TitleSetter().init(Collections.singletonMap("a", "b"));
    }

    @Test
    public void shapeMatchesTheRealClass() throws Exception {
        Class<AbstractBlueprintContextProvider> type = AbstractBlueprintContextProvider.class;
        assertTrue(Modifier.isAbstract(type.getModifiers()) && Modifier.isPublic(type.getModifiers()));
        assertTrue(ContextProvider.class.isAssignableFrom(type));

        Method getContextMap = type.getMethod("getContextMap", Map.class);
        assertTrue(Modifier.isFinal(getContextMap.getModifiers()));

        Method update = type.getDeclaredMethod("updateBlueprintContext", BlueprintContext.class);
        assertTrue(Modifier.isProtected(update.getModifiers()) && Modifier.isAbstract(update.getModifiers()));

        assertTrue(type.getConstructor().isAnnotationPresent(Deprecated.class));
    }
}
