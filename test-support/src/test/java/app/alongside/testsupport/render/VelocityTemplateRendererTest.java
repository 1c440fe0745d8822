package app.alongside.testsupport.render;

import static app.alongside.testsupport.render.TestEngines.context;
import static app.alongside.testsupport.render.TestEngines.engine;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import app.alongside.testsupport.render.fixtures.DecisionView;
import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import org.junit.Test;

public class VelocityTemplateRendererTest {

    private final TemplateRenderer renderer = new VelocityTemplateRenderer(engine());

    @Test
    public void rendersATemplateIntoTheWriterWithEscaping() throws IOException {
        StringWriter writer = new StringWriter();
        renderer.render("render/child.vm", context("name", "<x>", "nameHtml", "<y>"), writer);
        assertEquals("<b>&lt;x&gt;</b> <i><y></i>", writer.toString());
    }

    @Test
    public void rendersAFragment() {
        assertEquals("a &amp; b", renderer.renderFragment("a $v b", context("v", "&")));
    }

    @Test
    public void methodNotOnAllowlistIsARenderingExceptionCausedByTheRefusal() {
        RenderingException e = assertThrows(RenderingException.class, () -> renderer.render("render/calls-secret.vm",
                context("view", new DecisionView("t", "", "", false)), new StringWriter()));
        assertTrue(e.getCause() instanceof MethodNotAllowlistedException);
        assertThat(e.getMessage(), containsString("is not on the Velocity allowlist"));
    }

    @Test
    public void syntaxErrorIsARenderingException() {
        RenderingException e = assertThrows(RenderingException.class,
                () -> renderer.renderFragment("#macro(m $a=1)#end", context()));
        assertTrue(e.getCause() instanceof TemplateSyntaxException);
    }

    @Test
    public void missingTemplateIsARenderingException() {
        RenderingException e = assertThrows(RenderingException.class,
                () -> renderer.render("render/nope.vm", context(), new StringWriter()));
        assertTrue(e.getCause() instanceof TemplateNotFoundException);
    }

    @Test
    public void hostContextItemsAreAddedAndTheCallersEntriesWin() {
        VelocityTemplateRenderer withItems = new VelocityTemplateRenderer(engine(), Map.of("site", "S", "v", "host"));
        assertEquals("S caller", withItems.renderFragment("$site $v", context("v", "caller")));
        assertEquals("S host", withItems.renderFragment("$site $v", null));
    }

    @Test
    public void resolveSaysWhetherTheTemplateExists() {
        VelocityTemplateRenderer atr = new VelocityTemplateRenderer(engine());
        assertTrue(atr.resolve("render/child.vm"));
        assertFalse(atr.resolve("render/nope.vm"));
    }

    @Test
    public void contextFreeOverloadRendersWithAnEmptyContext() throws IOException {
        StringWriter writer = new StringWriter();
        new VelocityTemplateRenderer(engine()).render("render/child.vm", writer);
        assertEquals("<b>$name</b> <i>$nameHtml</i>", writer.toString());
    }
}
