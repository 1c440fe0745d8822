package app.alongside.testsupport.render;

import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The Atlassian Template Renderer ({@link TemplateRenderer}) a Confluence app gets by {@code @ComponentImport}, over
 * a {@link ConfluenceVelocityEngine}: same auto-escaping, allowlist and Velocity 1.6 checks.
 *
 * <p>The context is the caller's map plus any host-wide items given to the constructor (what ATR's
 * {@code template-context-item} modules add in a product); the caller's entries win. Nothing else is added: in
 * particular no {@code $i18n}, which in Confluence depends on the installed context items. Every engine failure is
 * thrown as ATR's {@link RenderingException} with the engine's exception (e.g. {@link MethodNotAllowlistedException})
 * as its cause and its message.
 */
public final class VelocityTemplateRenderer implements TemplateRenderer {

    private final ConfluenceVelocityEngine engine;
    private final Map<String, Object> contextItems;

    public VelocityTemplateRenderer(ConfluenceVelocityEngine engine) {
        this(engine, Map.of());
    }

    public VelocityTemplateRenderer(ConfluenceVelocityEngine engine, Map<String, ?> contextItems) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.contextItems = Map.copyOf(contextItems);
    }

    @Override
    public void render(String templateName, Map<String, Object> context, Writer writer)
            throws RenderingException, IOException {
        try {
            engine.render(templateName, context(context), writer);
        } catch (TemplateRenderException e) {
            throw new RenderingException(e.getMessage(), e);
        }
    }

    /** ATR's context-free overload. */
    public void render(String templateName, Writer writer) throws RenderingException, IOException {
        render(templateName, new HashMap<>(), writer);
    }

    @Override
    public String renderFragment(String fragment, Map<String, Object> context) throws RenderingException {
        try {
            return engine.renderFragment(fragment, context(context));
        } catch (TemplateRenderException e) {
            throw new RenderingException(e.getMessage(), e);
        }
    }

    /** ATR's {@code resolve}: whether the template exists. */
    public boolean resolve(String templateName) {
        return engine.templateExists(templateName);
    }

    private Map<String, Object> context(Map<String, Object> callerContext) {
        Map<String, Object> merged = new HashMap<>(contextItems);
        if (callerContext != null) {
            merged.putAll(callerContext);
        }
        return merged;
    }
}
