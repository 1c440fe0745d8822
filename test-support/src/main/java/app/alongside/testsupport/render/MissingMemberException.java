package app.alongside.testsupport.render;

/**
 * A template asked a non-null object for a property or method it does not have. Velocity (and so Confluence) would
 * silently print the reference text, e.g. {@code $view.title}; the engine fails instead, unless built with
 * {@link ConfluenceVelocityEngine.Builder#lenientMissingMembers()}. The usual cause is a record: Velocity 1.6 has no
 * record support, so write {@code $view.title()} (and allowlist {@code Type#title()}), not {@code $view.title}.
 */
public class MissingMemberException extends TemplateRenderException {

    private static final long serialVersionUID = 1L;

    public MissingMemberException(String templateName, String message) {
        super(templateName, message);
    }
}
