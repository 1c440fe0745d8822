package app.alongside.testsupport.render;

/**
 * A template invoked a method (directly, or through property access such as {@code $x.title}, which calls
 * {@code getTitle()}) that is neither on the {@linkplain GlobalVelocityAllowlist global allowlist} nor in one of the
 * app's {@code <velocity-allowlist>} modules. Confluence 9+ would refuse the same call.
 */
public class MethodNotAllowlistedException extends TemplateRenderException {

    private static final long serialVersionUID = 1L;

    private final String method;

    public MethodNotAllowlistedException(String templateName, String method, String location) {
        super(templateName, "method " + method + " is not on the Velocity allowlist (" + location
                + "). Confluence 9+ would refuse this call: add <method>" + method
                + "</method> to a <velocity-allowlist> module in atlassian-plugin.xml, or put a precomputed value"
                + " in the context.");
        this.method = method;
    }

    /** The refused method in allowlist-entry form, e.g. {@code app.x.Foo#bar()}. */
    public String getMethod() {
        return method;
    }
}
