package app.alongside.testsupport.render;

import static app.alongside.testsupport.render.TestEngines.engine;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import app.alongside.testsupport.render.fixtures.DecisionView;
import com.atlassian.confluence.plugin.services.VelocityHelperService;
import java.util.Map;
import java.util.Set;
import org.junit.Test;

public class VelocityHelperServiceHostTest {

    private final VelocityHelperServiceHost host = new VelocityHelperServiceHost(engine(),
            BundleI18nResolver.fromClasspath(getClass().getClassLoader(), "render/i18n/main"));

    @Test
    public void defaultContextHoldsOnlyI18n() {
        Map<String, Object> context = host.createDefaultVelocityContext();
        assertEquals(Set.of("i18n"), context.keySet());
        assertTrue(context.get("i18n") instanceof I18nHelper);
    }

    @Test
    public void defaultContextIsANewMutableMapEachTime() {
        VelocityHelperService service = host;
        Map<String, Object> first = service.createDefaultVelocityContext();
        first.put("view", "x");
        assertNotSame(first, service.createDefaultVelocityContext());
        assertEquals(1, service.createDefaultVelocityContext().size());
    }

    @Test
    public void i18nGetTextWorksInTemplatesAndIsEscaped() {
        Map<String, Object> context = host.createDefaultVelocityContext();
        context.put("name", "<Ann>");
        assertEquals("Decisions|Hello, &lt;Ann&gt;!|Hello, x!|Don&#39;t lose what people said|alongside.nope",
                host.getRenderedContent("$i18n.getText(\"alongside.plain\")|$i18n.getText(\"alongside.greeting\", [$name])"
                        + "|$i18n.getText(\"alongside.greeting\", \"x\")|$i18n.getText(\"alongside.apostrophe\")"
                        + "|$i18n.getText(\"alongside.nope\")", context));
    }

    @Test
    public void i18nArgumentsKeepTheirTypesForFormatting() {
        Map<String, Object> context = host.createDefaultVelocityContext();
        context.put("n", 1234);
        assertEquals("There are 1,234 decisions.",
                host.getRenderedContent("$i18n.getText(\"alongside.count\", [$n])", context));
    }

    @Test
    public void rendersATemplateWithTheDefaultContext() {
        Map<String, Object> context = host.createDefaultVelocityContext();
        context.put("view", new DecisionView("T & U", "<p>s</p>", "", true));
        String html = host.getRenderedTemplate("render/decision.vm", context);
        assertTrue(html.contains("<h2>T &amp; U</h2>"));
        assertTrue(html.contains("<p>s</p>"));
    }

    @Test
    public void failuresAreThrownNotSwallowed() {
        Map<String, Object> context = host.createDefaultVelocityContext();
        context.put("view", new DecisionView("t", "", "", false));
        assertThrows(MethodNotAllowlistedException.class,
                () -> host.getRenderedTemplate("render/calls-secret.vm", context));
    }

    @Test
    public void i18nHelperOtherMethodsAreNotAllowlisted() {
        Map<String, Object> context = host.createDefaultVelocityContext();
        assertThrows(MethodNotAllowlistedException.class, () -> host.getRenderedContent("$i18n.toString()", context));
    }
}
