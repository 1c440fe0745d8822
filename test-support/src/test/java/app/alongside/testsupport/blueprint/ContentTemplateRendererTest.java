package app.alongside.testsupport.blueprint;

import com.atlassian.sal.api.message.I18nResolver;
import org.junit.Test;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

public class ContentTemplateRendererTest {

    private final ContentTemplateRenderer renderer = new ContentTemplateRenderer(new I18nResolver() {
        @Override
        public String getText(String key, Serializable... arguments) {
            return getText(key);
        }

        @Override
        public String getText(String key) {
            return key.equals("greeting") ? "Tea & biscuits <now>" : key;
        }
    });

    @Test
    public void variablesAreEscapedUnlessMarkedRawXhtml() {
        String filled = renderer.render(
                "<p><at:var at:name=\"group\"/></p><p><at:var at:name='when' at:rawxhtml=\"true\"></at:var></p>",
                Map.of("group", "<script>alert(1)</script> & co", "when", "<time datetime=\"2026-10-14\" />"));

        assertEquals("<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; co</p><p><time datetime=\"2026-10-14\" /></p>",
                filled);
    }

    @Test
    public void i18nElementsBecomeTheAppsEscapedText() {
        assertEquals("<h2>Tea &amp; biscuits &lt;now&gt;</h2>",
                renderer.render("<h2><at:i18n at:key=\"greeting\"/></h2>", Map.of()));
    }

    @Test
    public void missingVariablesFillWithNothingAndControlCharactersAreDropped() {
        Map<String, Object> context = new HashMap<>();
        context.put("nothing", null);
        context.put("odd", "a\u0000b\u0007c");
        assertEquals("<p>[][abc]</p>", renderer.render(
                "<p>[<at:var at:name=\"nothing\"/>][<at:var at:name=\"odd\"/>]<at:var at:name=\"absent\"/></p>",
                context));
    }

    @Test
    public void templateElementsItDoesNotFillAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> renderer.render(
                "<at:declarations><at:string at:name=\"x\"/></at:declarations>", Map.of()));
        assertThrows(IllegalArgumentException.class, () -> renderer.render("<at:var/>", Map.of()));
    }
}
