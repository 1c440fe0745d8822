package app.alongside.testsupport.render;

import com.atlassian.confluence.plugin.services.VelocityHelperService;
import com.atlassian.sal.api.message.I18nResolver;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Confluence's {@link VelocityHelperService} over a {@link ConfluenceVelocityEngine}.
 *
 * <p>{@link #createDefaultVelocityContext()} returns a new, mutable map holding only {@code i18n} (an
 * {@link I18nHelper} over the given resolver). Confluence's real default context holds much more
 * ({@code $htmlUtil}, {@code $generalUtil}, {@code $req}, {@code $action}...; its exact contents are unconfirmed):
 * the app must not rely on any of it, and puts what its templates need into the map itself, which also keeps them
 * renderable through ATR.
 *
 * <p>Unlike Confluence, whose {@code getRenderedTemplate} logs a failure and carries on, this host throws the engine's
 * {@link TemplateRenderException} (allowlist refusal, syntax error, ...), so a test sees the failure where it
 * happens.
 */
public final class VelocityHelperServiceHost implements VelocityHelperService {

    /** The key of the {@link I18nHelper} in the default context. */
    public static final String I18N = "i18n";

    private final ConfluenceVelocityEngine engine;
    private final I18nResolver i18nResolver;

    public VelocityHelperServiceHost(ConfluenceVelocityEngine engine, I18nResolver i18nResolver) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.i18nResolver = Objects.requireNonNull(i18nResolver, "i18nResolver");
    }

    @Override
    public Map<String, Object> createDefaultVelocityContext() {
        Map<String, Object> context = new HashMap<>();
        context.put(I18N, new I18nHelper(i18nResolver));
        return context;
    }

    @Override
    public String getRenderedTemplate(String templateName, Map<String, Object> context) {
        return engine.render(templateName, context);
    }

    /** Confluence's {@code getRenderedContent}: renders Velocity source given as a string. */
    public String getRenderedContent(String templateContent, Map<String, Object> context) {
        return engine.renderFragment(templateContent, context);
    }
}
