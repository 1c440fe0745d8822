package app.alongside.workbench.http;

import app.alongside.workbench.host.security.AccessRules;
import app.alongside.workbench.host.security.SessionXsrfTokens;
import app.alongside.workbench.host.users.UserDirectory;
import app.alongside.workbench.host.users.WorkbenchUser;
import app.alongside.workbench.host.web.RequestWebResources;
import app.alongside.workbench.host.web.WebResourceRegistry;
import app.alongside.workbench.plugin.InstalledPlugin;
import app.alongside.workbench.plugin.descriptor.WebItemModule;
import app.alongside.workbench.render.Html;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.message.I18nResolver;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The frame around every workbench page, and around app pages that ask for a decorator: a header with the
 * workbench's name and the "Acting as" switcher, navigation (spaces; the app's administration links for
 * administrators; the app's space tools links for those who administer the current space), and the main content.
 * The head carries the web resources the request required.
 */
public final class Chrome {

    public static final String PRODUCT = "Alongside workbench";
    static final String ADMIN_SECTION = "system.admin";
    static final String SPACE_TOOLS_SECTION = "system.space.tools";

    private final UserDirectory users;
    private final AccessRules access;
    private final SessionXsrfTokens xsrf;
    private final RequestWebResources required;
    private final WebResourceRegistry webResources;
    private final InstalledPlugin plugin;
    private final I18nResolver i18n;

    public Chrome(UserDirectory users, AccessRules access, SessionXsrfTokens xsrf, RequestWebResources required,
                  WebResourceRegistry webResources, InstalledPlugin plugin, I18nResolver i18n) {
        this.users = users;
        this.access = access;
        this.xsrf = xsrf;
        this.required = required;
        this.webResources = webResources;
        this.plugin = plugin;
        this.i18n = i18n;
    }

    /** Writes the screen as a complete page with the given status. */
    public void write(HttpServletRequest request, HttpServletResponse response, int status, Screen screen)
            throws IOException {
        String html = render(request, response, screen);
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(html);
    }

    public String render(HttpServletRequest request, HttpServletResponse response, Screen screen) {
        ConfluenceUser user = AuthenticatedUserThreadLocal.get();
        StringBuilder page = new StringBuilder(screen.bodyHtml().length() + 4096);
        page.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.escape(screen.title())).append(" \u2013 ").append(PRODUCT)
                .append("</title>\n<link rel=\"stylesheet\" href=\"/workbench/static/workbench.css\">\n")
                .append(webResources.tags(resources(screen)))
                .append(screen.extraHeadHtml())
                .append("</head>\n<body>\n<a class=\"wb-skip-link\" href=\"#main\">Skip to main content</a>\n");
        header(request, response, user, page);
        navigation(user, screen.spaceKey(), page);
        page.append("<main id=\"main\" class=\"wb-main\" tabindex=\"-1\">\n").append(screen.bodyHtml())
                .append("\n</main>\n</body>\n</html>\n");
        return page.toString();
    }

    /** The app's web resources in the screen's context (as Confluence's decorators include them), then the required. */
    private List<String> resources(Screen screen) {
        List<String> keys = new ArrayList<>(webResources.inContext(screen.context()));
        keys.addAll(required.requiredSoFar());
        return keys;
    }

    private void header(HttpServletRequest request, HttpServletResponse response, ConfluenceUser user,
                        StringBuilder page) {
        String token = xsrf.getXsrfToken(request, response, true);
        page.append("<header class=\"wb-header\">\n<p class=\"wb-brand\"><a href=\"/\">").append(PRODUCT)
                .append("</a></p>\n<form class=\"wb-switcher\" method=\"post\" action=\"").append(ActAsServlet.PATH)
                .append("\">\n<label for=\"wb-act-as\">Acting as</label>\n<select id=\"wb-act-as\" name=\"")
                .append(ActAsServlet.USERNAME).append("\">\n<option value=\"\"")
                .append(user == null ? " selected" : "").append(">Nobody (not logged in)</option>\n");
        for (WorkbenchUser person : users.all()) {
            boolean current = user != null && user.getName().equals(person.username());
            page.append("<option value=\"").append(Html.escape(person.username())).append('"')
                    .append(current ? " selected" : "").append('>').append(Html.escape(person.fullName()))
                    .append(" (").append(Html.escape(person.username())).append(")</option>\n");
        }
        page.append("</select>\n<input type=\"hidden\" name=\"").append(SessionXsrfTokens.PARAMETER)
                .append("\" value=\"").append(Html.escape(token)).append("\">\n<input type=\"hidden\" name=\"")
                .append(ActAsServlet.RETURN_TO).append("\" value=\"").append(Html.escape(returnTo(request)))
                .append("\">\n<button type=\"submit\">Switch</button>\n</form>\n</header>\n");
    }

    private void navigation(ConfluenceUser user, String spaceKey, StringBuilder page) {
        page.append("<nav class=\"wb-nav\" aria-label=\"Workbench\">\n<ul>\n<li><a href=\"/\">Spaces</a></li>\n");
        if (access.isConfluenceAdministrator(user)) {
            links("Administration", plugin.webItems(ADMIN_SECTION), null, page);
        }
        if (spaceKey != null && (access.canAdministerSpace(user, spaceKey) || access.isConfluenceAdministrator(user))) {
            links("Space tools", plugin.webItems(SPACE_TOOLS_SECTION), spaceKey, page);
        }
        page.append("<li><a href=\"").append(AboutServlet.PATH).append("\">About the workbench</a></li>\n</ul>\n</nav>\n");
    }

    private void links(String heading, List<WebItemModule> items, String spaceKey, StringBuilder page) {
        StringBuilder list = new StringBuilder();
        for (WebItemModule item : items) {
            WebItemLinks.render(item.link(), spaceKey).ifPresent(href -> list.append("<li><a id=\"")
                    .append(Html.escape(item.linkId())).append("\" href=\"").append(Html.escape(href)).append("\">")
                    .append(Html.escape(label(item))).append("</a></li>\n"));
        }
        if (!list.isEmpty()) {
            page.append("<li><span class=\"wb-nav__heading\">").append(heading).append("</span>\n<ul>\n")
                    .append(list).append("</ul>\n</li>\n");
        }
    }

    private String label(WebItemModule item) {
        if (!item.labelKey().isEmpty()) {
            return i18n.getText(item.labelKey());
        }
        return item.name().isEmpty() ? item.key() : item.name();
    }

    /** Where the switcher returns to: this page for a GET, the home page after a form post. */
    private static String returnTo(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return "/";
        }
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }
}
