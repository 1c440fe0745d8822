package app.alongside.confluenceapi;

import com.atlassian.confluence.content.render.xhtml.XhtmlException;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.plugin.PluginException;
import com.atlassian.plugin.PluginParseException;
import com.atlassian.templaterenderer.RenderingException;
import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

public class ExceptionsTest {

    private final Throwable cause = new IllegalStateException("boom");

    @Test
    public void macroExecutionExceptionIsCheckedWithFourConstructors() {
        assertFalse(RuntimeException.class.isAssignableFrom(MacroExecutionException.class));
        assertTrue(Exception.class.isAssignableFrom(MacroExecutionException.class));
        assertNull(new MacroExecutionException().getMessage());
        assertEquals("m", new MacroExecutionException("m").getMessage());
        MacroExecutionException both = new MacroExecutionException("m", cause);
        assertEquals("m", both.getMessage());
        assertSame(cause, both.getCause());
        assertSame(cause, new MacroExecutionException(cause).getCause());
    }

    @Test
    public void xhtmlExceptionIsCheckedWithFourConstructors() {
        assertFalse(RuntimeException.class.isAssignableFrom(XhtmlException.class));
        assertNull(new XhtmlException().getMessage());
        assertEquals("m", new XhtmlException("m").getMessage());
        assertSame(cause, new XhtmlException(cause).getCause());
        XhtmlException both = new XhtmlException("m", cause);
        assertEquals("m", both.getMessage());
        assertSame(cause, both.getCause());
    }

    @Test
    public void renderingExceptionIsUnchecked() {
        assertTrue(RuntimeException.class.isAssignableFrom(RenderingException.class));
        assertEquals("m", new RenderingException("m").getMessage());
        assertSame(cause, new RenderingException(cause).getCause());
        RenderingException both = new RenderingException("m", cause);
        assertEquals("m", both.getMessage());
        assertSame(cause, both.getCause());
    }

    @Test
    public void pluginExceptionsAreUnchecked() {
        assertTrue(RuntimeException.class.isAssignableFrom(PluginException.class));
        assertTrue(PluginException.class.isAssignableFrom(PluginParseException.class));
        assertEquals("m", new PluginParseException("m").getMessage());
        assertSame(cause, new PluginParseException("m", cause).getCause());
        assertSame(cause, new PluginException(cause).getCause());
        assertNull(new PluginException().getMessage());
    }
}
