package app.alongside.workbench.http;

import java.util.Objects;

/**
 * One screen's content for the {@link Chrome}: its title (plain text), its body HTML (already escaped or trusted),
 * extra head HTML (from a decorated app page), the space it belongs to, if any (for the space tools links), and the
 * web-resource context Confluence includes on such a screen ({@value #GENERAL} or {@value #ADMIN}).
 */
public record Screen(String title, String bodyHtml, String extraHeadHtml, String spaceKey, String context) {

    /** Confluence's web-resource context of ordinary pages. */
    public static final String GENERAL = "atl.general";
    /** Confluence's web-resource context of administration screens. */
    public static final String ADMIN = "atl.admin";

    public Screen {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(bodyHtml, "bodyHtml");
        extraHeadHtml = Objects.requireNonNullElse(extraHeadHtml, "");
        context = Objects.requireNonNullElse(context, GENERAL);
    }

    public static Screen of(String title, String bodyHtml) {
        return new Screen(title, bodyHtml, "", null, GENERAL);
    }

    public static Screen inSpace(String title, String bodyHtml, String spaceKey) {
        return new Screen(title, bodyHtml, "", spaceKey, GENERAL);
    }
}
