package app.alongside.testsupport.render;

/**
 * Velocity 1.6 cannot parse the template (for example a macro with a default argument, which only Velocity 2
 * accepts). Confluence would fail to render it too.
 */
public class TemplateSyntaxException extends TemplateRenderException {

    private static final long serialVersionUID = 1L;

    public TemplateSyntaxException(String templateName, String message, Throwable cause) {
        super(templateName, message, cause);
    }
}
