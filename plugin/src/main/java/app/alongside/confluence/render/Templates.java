package app.alongside.confluence.render;

import app.alongside.text.Messages;
import com.atlassian.templaterenderer.TemplateRenderer;
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

    private final TemplateRenderer renderer;
    private final Messages messages;

    @Inject
    public Templates(TemplateRenderer renderer, Messages messages) {
        this.renderer = renderer;
        this.messages = messages;
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
