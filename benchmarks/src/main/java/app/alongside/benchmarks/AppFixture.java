package app.alongside.benchmarks;

import app.alongside.confluence.render.Templates;
import app.alongside.confluence.text.I18nMessages;
import app.alongside.testsupport.render.BundleI18nResolver;
import app.alongside.testsupport.render.ConfluenceVelocityEngine;
import app.alongside.testsupport.render.VelocityAllowlist;
import app.alongside.testsupport.render.VelocityTemplateRenderer;
import app.alongside.text.Messages;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The app's rendering stack as Confluence would run it, built once per benchmark trial. */
final class AppFixture {

    final Messages messages;
    final Templates templates;
    final PageBuilderService pageBuilder = new NoOpPageBuilder();

    AppFixture() {
        ClassLoader loader = AppFixture.class.getClassLoader();
        try {
            ConfluenceVelocityEngine engine =
                    ConfluenceVelocityEngine.create(loader, VelocityAllowlist.fromClasspathDescriptor(loader));
            messages = new I18nMessages(BundleI18nResolver.fromClasspath(loader, "i18n/alongside"));
            templates = new Templates(new VelocityTemplateRenderer(engine), messages, pageBuilder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Confluence collects required resources per request; the cost is not the app's, so do nothing. */
    private static final class NoOpPageBuilder implements PageBuilderService, WebResourceAssembler, RequiredResources {
        @Override
        public WebResourceAssembler assembler() {
            return this;
        }

        @Override
        public RequiredResources resources() {
            return this;
        }

        @Override
        public RequiredResources requireWebResource(String moduleCompleteKey) {
            return this;
        }
    }
}
