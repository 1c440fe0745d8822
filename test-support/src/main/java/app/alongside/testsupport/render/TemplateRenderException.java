package app.alongside.testsupport.render;

/**
 * A template could not be rendered the way Confluence would render it. Subclasses say why; the message always
 * names the template.
 */
public class TemplateRenderException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String templateName;

    public TemplateRenderException(String templateName, String message, Throwable cause) {
        super(message, cause);
        this.templateName = templateName;
    }

    public TemplateRenderException(String templateName, String message) {
        this(templateName, message, null);
    }

    /** The classpath name of the template (or {@code "<fragment>"} for a rendered string). */
    public String getTemplateName() {
        return templateName;
    }
}
