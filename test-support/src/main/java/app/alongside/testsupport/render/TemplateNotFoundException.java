package app.alongside.testsupport.render;

/** No template of that name on the engine's classpath. */
public class TemplateNotFoundException extends TemplateRenderException {

    private static final long serialVersionUID = 1L;

    public TemplateNotFoundException(String templateName) {
        super(templateName, "No Velocity template '" + templateName + "' on the classpath");
    }
}
