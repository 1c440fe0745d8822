package app.alongside.confluence.testing;

import app.alongside.confluence.render.Templates;
import app.alongside.confluence.text.I18nMessages;
import app.alongside.testsupport.render.BundleI18nResolver;
import app.alongside.testsupport.render.ConfluenceVelocityEngine;
import app.alongside.testsupport.render.VelocityAllowlist;
import app.alongside.testsupport.render.VelocityTemplateRenderer;
import app.alongside.text.Messages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/**
 * The app's templates and words as Confluence would render them: real Velocity 1.6.4 with Confluence-style HTML
 * auto-escaping, a method allowlist equal to the descriptor's {@code velocity-allowlist}, and the app's i18n bundle.
 */
public final class AppRendering {

    public final ConfluenceVelocityEngine engine;
    public final VelocityTemplateRenderer renderer;
    public final BundleI18nResolver i18n;
    public final Messages messages;
    public final Templates templates;
    /** Records which web resources the code asked for. */
    public final RecordingPageBuilder pageBuilder = new RecordingPageBuilder();

    public AppRendering() {
        ClassLoader loader = AppRendering.class.getClassLoader();
        engine = ConfluenceVelocityEngine.create(loader, descriptorAllowlist());
        renderer = new VelocityTemplateRenderer(engine);
        i18n = BundleI18nResolver.fromClasspath(loader, "i18n/alongside");
        messages = new I18nMessages(i18n);
        templates = new Templates(renderer, messages, pageBuilder);
    }

    public static VelocityAllowlist descriptorAllowlist() {
        try (InputStream in = Files.newInputStream(PluginFiles.CLASSES.resolve("atlassian-plugin.xml"))) {
            return VelocityAllowlist.fromPluginDescriptor(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
