package app.alongside.confluence.perspective.web;

import app.alongside.confluence.render.Templates;
import app.alongside.perspective.view.DeclarationFormView;
import app.alongside.text.Messages;
import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Renders the private-data screens: the page templates, the declaration form they share, and the plain pages that
 * refuse (log in first, not allowed, nobody by that name). Every page is private: never cached.
 */
@Named
public class PrivacyScreens {

    static final String MY_DATA_TEMPLATE = "templates/perspective/my-data.vm";
    static final String FACILITATOR_TEMPLATE = "templates/perspective/facilitator.vm";
    static final String ADMIN_TEMPLATE = "templates/perspective/privacy-admin.vm";
    static final String FORM_TEMPLATE = "templates/perspective/declaration-form.vm";
    static final String MESSAGE_TEMPLATE = "templates/perspective/message.vm";
    static final String WEB_RESOURCE = "app.alongside.confluence:privacy-resources";

    private final Templates templates;
    private final Messages messages;
    private final XsrfTokenAccessor xsrfTokens;
    private final XsrfTokenValidator xsrfValidator;

    @Inject
    public PrivacyScreens(Templates templates, Messages messages, XsrfTokenAccessor xsrfTokens,
                          XsrfTokenValidator xsrfValidator) {
        this.templates = templates;
        this.messages = messages;
        this.xsrfTokens = xsrfTokens;
        this.xsrfValidator = xsrfValidator;
    }

    String text(String key, Object... arguments) {
        return messages.text(key, arguments);
    }

    boolean hasValidToken(HttpServletRequest request) {
        return xsrfValidator.validateFormEncodedToken(request);
    }

    /** A post back to {@code path} (under the context path) carrying this session's token. */
    ScreenParts.FormPost post(HttpServletRequest request, HttpServletResponse response, String path,
                              List<ScreenParts.Hidden> hidden) {
        return new ScreenParts.FormPost(request.getContextPath() + path, xsrfValidator.getXsrfParameterName(),
                xsrfTokens.getXsrfToken(request, response, true), hidden);
    }

    String formHtml(DeclarationFormView form, ScreenParts.FormPost post) {
        return templates.render(FORM_TEMPLATE, Map.of("form", form, "post", post));
    }

    void page(HttpServletResponse response, int status, String template, Object view, String formHtml)
            throws IOException {
        templates.require(WEB_RESOURCE);
        Map<String, Object> context = formHtml == null ? Map.of("view", view)
                : Map.of("view", view, "formHtml", formHtml);
        write(response, status, templates.render(template, context));
    }

    /** A page that only says something: a refusal, or that someone could not be found. */
    void message(HttpServletResponse response, int status, String title, String message) throws IOException {
        templates.require(WEB_RESOURCE);
        write(response, status, templates.render(MESSAGE_TEMPLATE, Map.of("title", title, "message", message,
                "linkHref", "", "linkLabel", "")));
    }

    /**
     * For an anonymous visitor: says why, with a link to Confluence's log-in page that brings them back here
     * afterwards ({@code os_destination}, relative to the context path).
     */
    void logIn(HttpServletRequest request, HttpServletResponse response, String back, String title, String message)
            throws IOException {
        String link = request.getContextPath() + "/login.action?os_destination="
                + URLEncoder.encode(back, StandardCharsets.UTF_8);
        templates.require(WEB_RESOURCE);
        write(response, HttpServletResponse.SC_UNAUTHORIZED, templates.render(MESSAGE_TEMPLATE, Map.of(
                "title", title, "message", message, "linkHref", link,
                "linkLabel", messages.text("alongside.privacy.login.link"))));
    }

    private static void write(HttpServletResponse response, int status, String html) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getWriter().write(html);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
