package app.alongside.confluence.principle;

import app.alongside.confluence.render.Templates;
import app.alongside.principle.Framework;
import app.alongside.principle.PrinciplesViews;
import app.alongside.text.Messages;
import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.Optional;

/**
 * {@code alongside-principles}: shows a framework's co-production principles, each in plain English, with its
 * source. Parse the parameter, ask core for the view, render.
 */
public final class PrinciplesMacro implements Macro {

    public static final String PARAM_FRAMEWORK = "framework";
    static final String TEMPLATE = "templates/principles/principles.vm";
    static final String WEB_RESOURCE = "app.alongside.confluence:principles-resources";

    private final Templates templates;
    private final Messages messages;
    private final PageBuilderService pageBuilder;

    @Inject
    public PrinciplesMacro(Templates templates, Messages messages, PageBuilderService pageBuilder) {
        this.templates = templates;
        this.messages = messages;
        this.pageBuilder = pageBuilder;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) {
        String raw = parameters == null ? null : parameters.get(PARAM_FRAMEWORK);
        if (raw == null || raw.isBlank()) {
            return templates.messagePanel(messages.text("alongside.principles.error.framework.missing"));
        }
        Optional<Framework> framework = Framework.fromParameter(raw);
        if (framework.isEmpty()) {
            return templates.messagePanel(messages.text("alongside.principles.error.framework.unknown",
                    raw.strip(), messages.text("alongside.principles.framework.choices")));
        }
        try {
            pageBuilder.assembler().resources().requireWebResource(WEB_RESOURCE);
            return templates.render(TEMPLATE, Map.of(
                    "view", new PrinciplesViews(messages).of(framework.get()),
                    "sourceLabel", messages.text("alongside.principles.source.label")));
        } catch (RuntimeException e) {
            return templates.unexpectedFailurePanel("the co-production principles macro", e);
        }
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }
}
