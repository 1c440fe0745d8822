package app.alongside.confluence.settings.web;

import app.alongside.confluence.render.Templates;
import app.alongside.settings.InvolvementSettings;
import app.alongside.settings.SettingsForm;
import app.alongside.text.Messages;
import app.alongside.validation.Problem;
import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Renders the site and space settings screens, and the plain message pages for refusals. */
@Named
public class SettingsPages {

    static final String TEMPLATE = "templates/settings/settings-page.vm";
    static final String MESSAGE_TEMPLATE = "templates/settings/message-page.vm";
    static final String WEB_RESOURCE = "app.alongside.confluence:settings-resources";
    /** The field name of a problem that concerns the whole form, such as an expired XSRF token. */
    static final String FORM = "form";

    private final Templates templates;
    private final Messages messages;
    private final XsrfTokenAccessor xsrfTokens;
    private final XsrfTokenValidator xsrfValidator;

    @Inject
    public SettingsPages(Templates templates, Messages messages, XsrfTokenAccessor xsrfTokens,
                         XsrfTokenValidator xsrfValidator) {
        this.templates = templates;
        this.messages = messages;
        this.xsrfTokens = xsrfTokens;
        this.xsrfValidator = xsrfValidator;
    }

    /** True when the form carries this session's XSRF token. */
    boolean hasValidToken(HttpServletRequest request) {
        return xsrfValidator.validateFormEncodedToken(request);
    }

    static SettingsForm formFrom(HttpServletRequest request) {
        return new SettingsForm(request.getParameter(SettingsForm.FIELD_THRESHOLD),
                request.getParameter(SettingsForm.FIELD_PARITY));
    }

    /** The screen. {@code inherited} is the site-wide value shown beside a space's fields, or empty on the site screen. */
    void render(HttpServletRequest request, HttpServletResponse response, Screen screen, SettingsForm values,
                Optional<InvolvementSettings> inherited, List<Problem> problems, boolean saved) throws IOException {
        SettingsPageView view = new SettingsPageView(screen.decorator(), screen.title(), screen.intro(),
                screen.formAction(), xsrfValidator.getXsrfParameterName(),
                xsrfTokens.getXsrfToken(request, response, true),
                saved ? messages.text("alongside.settings.saved") : null,
                summary(problems),
                List.of(
                        field(SettingsForm.FIELD_THRESHOLD, "alongside.settings.threshold.label",
                                messages.text("alongside.settings.threshold.help",
                                        InvolvementSettings.MIN_SUPPRESSION_THRESHOLD,
                                        InvolvementSettings.MAX_SUPPRESSION_THRESHOLD),
                                values.suppressionThreshold(),
                                inherited.map(s -> String.valueOf(s.suppressionThreshold())), problems),
                        field(SettingsForm.FIELD_PARITY, "alongside.settings.parity.label",
                                messages.text("alongside.settings.parity.help"), values.parityFraction(),
                                inherited.map(s -> s.parityFraction().toString()), problems)),
                messages.text("alongside.settings.save"));
        if (!problems.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        templates.require(WEB_RESOURCE);
        write(response, templates.render(TEMPLATE, Map.of("view", view)));
    }

    /** A page that only says something, e.g. "only administrators can change these settings". */
    public void message(HttpServletResponse response, int status, String title, String messageKey, Object... arguments)
            throws IOException {
        response.setStatus(status);
        templates.require(WEB_RESOURCE);
        write(response, templates.render(MESSAGE_TEMPLATE, Map.of(
                "title", title, "message", messages.text(messageKey, arguments))));
    }

    /** A problem with the whole form (field {@value #FORM}) is the summary; otherwise a general one. */
    private String summary(List<Problem> problems) {
        if (problems.isEmpty()) {
            return null;
        }
        return problems.stream().filter(p -> p.field().equals(FORM)).findFirst()
                .map(p -> messages.text(p.messageKey(), p.arguments().toArray()))
                .orElseGet(() -> messages.text("alongside.settings.error.summary"));
    }

    String text(String key, Object... arguments) {
        return messages.text(key, arguments);
    }

    private SettingsPageView.Field field(String name, String labelKey, String help, String value,
                                         Optional<String> inherited, List<Problem> problems) {
        String error = problems.stream().filter(p -> p.field().equals(name)).findFirst()
                .map(p -> messages.text(p.messageKey(), p.arguments().toArray())).orElse(null);
        return new SettingsPageView.Field(name, messages.text(labelKey), help, value == null ? "" : value,
                inherited.map(v -> messages.text("alongside.settings.inherited", v)).orElse(null), error);
    }

    private static void write(HttpServletResponse response, String html) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(html);
    }

    /** What differs between the site screen and a space's screen. */
    record Screen(String decorator, String title, String intro, String formAction) {
    }
}
