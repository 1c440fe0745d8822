package app.alongside.confluence.render;

import app.alongside.text.Messages;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.UUID;

/**
 * Renders the app's Velocity templates, and the friendly message panel a macro shows instead of a stack trace.
 * Templates only read values put in their context; the methods they may call are listed in the descriptor's
 * {@code velocity-allowlist}.
 */
@Named
public final class Templates {

    private static final Logger LOG = LoggerFactory.getLogger(Templates.class);
    static final String MESSAGE_TEMPLATE = "templates/common/macro-message.vm";
    /** Styles shared by every surface: the message panel, and the app's common layout helpers. */
    public static final String COMMON_RESOURCES = "app.alongside.confluence:common-resources";

    private final TemplateRenderer renderer;
    private final Messages messages;
    private final PageBuilderService pageBuilder;

    @Inject
    public Templates(TemplateRenderer renderer, Messages messages, PageBuilderService pageBuilder) {
        this.renderer = renderer;
        this.messages = messages;
        this.pageBuilder = pageBuilder;
    }

    /** Asks Confluence to include a web resource in the page being rendered (once per page, however often asked). */
    public void require(String webResourceKey) {
        pageBuilder.assembler().resources().requireWebResource(webResourceKey);
    }

    public String render(String template, Map<String, Object> context) {
        StringWriter out = new StringWriter();
        try {
            renderer.render(template, context, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A panel telling the reader, in words, what is wrong and how to fix it. */
    public String messagePanel(String message) {
        require(COMMON_RESOURCES);
        return render(MESSAGE_TEMPLATE, Map.of(
                "heading", messages.text("alongside.macro.message.heading"),
                "message", message));
    }

    /**
     * For failures nobody can fix by editing the macro: log the cause for the admin with a reference, and show
     * the reader that reference instead of a stack trace.
     */
    public String unexpectedFailurePanel(String where, RuntimeException failure) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("Alongside could not render {} (reference {})", where, reference, failure);
        return messagePanel(messages.text("alongside.macro.error.unexpected", reference));
    }
}
