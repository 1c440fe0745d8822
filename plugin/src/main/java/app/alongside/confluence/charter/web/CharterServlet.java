package app.alongside.confluence.charter.web;

import app.alongside.charter.checkin.CheckInResult;
import app.alongside.charter.checkin.CheckIns;
import app.alongside.charter.signing.Signing;
import app.alongside.charter.view.CharterForms;
import app.alongside.charter.view.CharterViews;
import app.alongside.confluence.charter.macro.CharterMacro;
import app.alongside.confluence.render.Templates;
import app.alongside.confluence.security.CurrentUser;
import app.alongside.principle.Framework;
import app.alongside.principle.Principle;
import app.alongside.text.Messages;
import app.alongside.validation.Problem;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static app.alongside.confluence.web.PageForms.loginHref;
import static app.alongside.confluence.web.PageForms.pageHref;
import static app.alongside.confluence.web.PageForms.pageId;
import static app.alongside.confluence.web.PageForms.write;

/**
 * {@code /plugins/servlet/alongside/charter}: the charter's forms post here (sign, re-confirm, withdraw, check in)
 * and go back to the page. Logged-in people who may view the page only. A post without a valid XSRF token changes
 * nothing: it shows the same form again with a fresh token, what was typed kept. A check-in with problems comes back
 * filled in, with each problem by its field.
 */
public class CharterServlet extends HttpServlet {

    static final String PATH = "/plugins/servlet/alongside/charter";
    static final String PAGE_TEMPLATE = "templates/charter/checkin-page.vm";
    static final String MESSAGE_TEMPLATE = "templates/perspective/message.vm";

    private final CharterPages pages;
    private final Signing signing;
    private final CheckIns checkIns;
    private final Templates templates;
    private final Messages messages;
    private final CurrentUser currentUser;
    private final XsrfTokenAccessor xsrfTokens;
    private final XsrfTokenValidator xsrfValidator;
    private final Clock clock;

    @Inject
    public CharterServlet(CharterPages pages, Signing signing, CheckIns checkIns, Templates templates,
                          Messages messages, CurrentUser currentUser, XsrfTokenAccessor xsrfTokens,
                          XsrfTokenValidator xsrfValidator, Clock clock) {
        this.pages = pages;
        this.signing = signing;
        this.checkIns = checkIns;
        this.templates = templates;
        this.messages = messages;
        this.currentUser = currentUser;
        this.xsrfTokens = xsrfTokens;
        this.xsrfValidator = xsrfValidator;
        this.clock = clock;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long pageId = pageId(request);
        response.sendRedirect(pageId > 0 ? pageHref(request, pageId) : request.getContextPath() + "/");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long pageId = pageId(request);
        Optional<ConfluenceUser> user = currentUser.get();
        if (user.isEmpty()) {
            message(response, HttpServletResponse.SC_UNAUTHORIZED, text("alongside.charter.web.login.title"),
                    text("alongside.charter.web.login"), loginHref(request, pageId),
                    text("alongside.charter.web.login.link"));
            return;
        }
        Optional<CharterPages.CharterPage> charter = pages.find(user, pageId);
        if (charter.isEmpty()) {
            message(response, HttpServletResponse.SC_NOT_FOUND, text("alongside.charter.web.notFound.title"),
                    text("alongside.charter.web.notFound"), "", "");
            return;
        }
        String userKey = user.get().getKey().getStringValue();
        String action = String.valueOf(request.getParameter("action"));
        boolean validToken = xsrfValidator.validateFormEncodedToken(request);
        switch (action) {
            case "sign", "withdraw" -> {
                if (!validToken) {
                    confirmSigning(request, response, charter.get(), action);
                    return;
                }
                if (action.equals("sign")) {
                    signing.sign(userKey, pageId, charter.get().version());
                } else {
                    signing.withdraw(userKey, pageId);
                }
                response.sendRedirect(pageHref(request, pageId));
            }
            case "checkin" -> checkIn(request, response, charter.get(), userKey, validToken);
            default -> response.sendRedirect(pageHref(request, pageId));
        }
    }

    private void checkIn(HttpServletRequest request, HttpServletResponse response, CharterPages.CharterPage charter,
                         String userKey, boolean validToken) throws IOException {
        Optional<Framework> framework = charter.parsed().charter().framework();
        if (framework.isEmpty()) {
            message(response, HttpServletResponse.SC_BAD_REQUEST, text("alongside.charter.web.checkin.title"),
                    text("alongside.charter.checkin.noFramework"), pageHref(request, charter.pageId()),
                    text("alongside.charter.web.back"));
            return;
        }
        List<String> codes = framework.get().principles().stream().map(Principle::id).toList();
        Map<String, String> scores = new LinkedHashMap<>();
        Map<String, String> comments = new LinkedHashMap<>();
        for (String code : codes) {
            String score = request.getParameter(CheckIns.SCORE_FIELD_PREFIX + code);
            String comment = request.getParameter(CheckIns.COMMENT_FIELD_PREFIX + code);
            if (score != null) {
                scores.put(code, score);
            }
            if (comment != null) {
                comments.put(code, comment);
            }
        }
        LocalDate today = LocalDate.now(clock);
        if (!validToken) {
            checkInPage(request, response, charter, framework.get(), today, scores, comments,
                    List.of(Problem.of(CheckIns.FORM, "alongside.charter.web.expired")));
            return;
        }
        CheckInResult result = checkIns.submit(userKey, charter.pageId(), codes, charter.frequency(), today, scores,
                comments);
        if (result.isValid()) {
            response.sendRedirect(pageHref(request, charter.pageId()));
            return;
        }
        checkInPage(request, response, charter, framework.get(), today, result.typedScores(), result.typedComments(),
                result.outcome().problems());
    }

    private void checkInPage(HttpServletRequest request, HttpServletResponse response,
                             CharterPages.CharterPage charter, Framework framework, LocalDate today,
                             Map<String, String> scores, Map<String, String> comments, List<Problem> problems)
            throws IOException {
        CharterViews views = new CharterViews(messages);
        CharterForms.CheckInForm form = views.checkInForm(framework, charter.frequency().periodOf(today), scores,
                comments, problems);
        String formHtml = templates.render(CharterMacro.CHECK_IN_FORM_TEMPLATE, Map.of("form", form,
                "post", post(request, response, charter.pageId())));
        write(response, HttpServletResponse.SC_BAD_REQUEST, templates.render(PAGE_TEMPLATE, Map.of(
                "title", text("alongside.charter.web.checkin.title"), "formHtml", formHtml,
                "backHref", pageHref(request, charter.pageId()), "backLabel", text("alongside.charter.web.back"))));
    }

    /** The form had no valid token (expired, or not sent from the page): ask once more, with a fresh token. */
    private void confirmSigning(HttpServletRequest request, HttpServletResponse response,
                                CharterPages.CharterPage charter, String action) throws IOException {
        CharterForms.Post post = post(request, response, charter.pageId());
        String label = text(action.equals("sign") ? "alongside.charter.sign.button" : "alongside.charter.withdraw.button");
        write(response, HttpServletResponse.SC_BAD_REQUEST, templates.render(CONFIRM_TEMPLATE, Map.of(
                "title", text("alongside.charter.web.confirm.title"), "message", text("alongside.charter.web.confirm"),
                "post", post, "button", new CharterForms.Button(action, label),
                "backHref", pageHref(request, charter.pageId()), "backLabel", text("alongside.charter.web.back"))));
    }

    static final String CONFIRM_TEMPLATE = "templates/charter/confirm-page.vm";

    private CharterForms.Post post(HttpServletRequest request, HttpServletResponse response, long pageId) {
        return new CharterForms.Post(request.getContextPath() + PATH, xsrfValidator.getXsrfParameterName(),
                xsrfTokens.getXsrfToken(request, response, true), pageId);
    }

    private void message(HttpServletResponse response, int status, String title, String message, String linkHref,
                         String linkLabel) throws IOException {
        write(response, status, templates.render(MESSAGE_TEMPLATE, Map.of("title", title, "message", message,
                "linkHref", linkHref, "linkLabel", linkLabel)));
    }



    private String text(String key, Object... arguments) {
        return messages.text(key, arguments);
    }
}
