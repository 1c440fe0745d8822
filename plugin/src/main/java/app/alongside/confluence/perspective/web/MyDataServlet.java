package app.alongside.confluence.perspective.web;

import app.alongside.confluence.security.AppPermissions;
import app.alongside.confluence.security.CurrentUser;
import app.alongside.perspective.Declaration;
import app.alongside.perspective.DeclarationForm;
import app.alongside.perspective.MyData;
import app.alongside.perspective.PerspectiveService;
import app.alongside.perspective.SubjectKey;
import app.alongside.perspective.view.AuditNames;
import app.alongside.perspective.view.DeclarationFormView;
import app.alongside.perspective.view.PerspectiveViews;
import app.alongside.perspective.view.Voice;
import app.alongside.validation.Problem;
import app.alongside.validation.Validated;
import com.atlassian.confluence.user.ConfluenceUser;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code /plugins/servlet/alongside/my-data}: a person's own private data — what is held, declaring or changing a
 * perspective with consent, withdrawing, how the answer is used (totals only), the consent history and audit entries,
 * export and erasure. Logged-in people only, each seeing only their own. Every look is audited (core's export).
 */
public class MyDataServlet extends HttpServlet {

    static final String PATH = "/plugins/servlet/alongside/my-data";
    static final String EXPORT_PATH = "/rest/alongside/1.0/me/export";
    static final String ACTION = "action";
    static final String CONFIRMED = "confirmed";
    static final String CONFIRM = "confirm";
    static final String DONE = "done";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private final PerspectiveService perspectives;
    private final PrivacyPeople people;
    private final PrivacyScreens screens;
    private final AnswerUse answerUse;
    private final AppPermissions permissions;
    private final CurrentUser currentUser;
    private final Clock clock;

    @Inject
    public MyDataServlet(PerspectiveService perspectives, PrivacyPeople people, PrivacyScreens screens,
                         AnswerUse answerUse, AppPermissions permissions, CurrentUser currentUser, Clock clock) {
        this.perspectives = perspectives;
        this.people = people;
        this.screens = screens;
        this.answerUse = answerUse;
        this.permissions = permissions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<ConfluenceUser> user = loggedIn(request, response);
        if (user.isEmpty()) {
            return;
        }
        String notice = switch (String.valueOf(request.getParameter(DONE))) {
            case "saved" -> screens.text("alongside.myData.done.saved");
            case "withdrawn" -> screens.text("alongside.myData.done.withdrawn");
            case "nothing" -> screens.text("alongside.myData.done.nothing");
            case "erased" -> screens.text("alongside.myData.done.erased");
            default -> null;
        };
        render(request, response, user.get(), null, List.of(), notice, null, request.getParameter(CONFIRM),
                HttpServletResponse.SC_OK);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<ConfluenceUser> user = loggedIn(request, response);
        if (user.isEmpty()) {
            return;
        }
        String action = String.valueOf(request.getParameter(ACTION));
        String userKey = user.get().getKey().getStringValue();
        if ("declare".equals(action)) {
            DeclarationForm typed = DeclarationForms.from(request, false);
            if (!screens.hasValidToken(request)) {
                render(request, response, user.get(), typed, List.of(Problem.of(PerspectiveViews.FORM,
                        "alongside.privacy.error.xsrf")), null, null, null, HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
            Validated<Declaration> result = perspectives.declareOwn(userKey, typed);
            if (result.isValid()) {
                response.sendRedirect(request.getContextPath() + PATH + "?" + DONE + "=saved");
            } else {
                render(request, response, user.get(), typed, result.problems(), null, null, null,
                        HttpServletResponse.SC_BAD_REQUEST);
            }
            return;
        }
        if (!"withdraw".equals(action) && !"erase".equals(action)) {
            response.sendRedirect(request.getContextPath() + PATH);
            return;
        }
        if (!"true".equals(request.getParameter(CONFIRMED))) {
            response.sendRedirect(request.getContextPath() + PATH + "?" + CONFIRM + "=" + action);
            return;
        }
        if (!screens.hasValidToken(request)) {
            render(request, response, user.get(), null, List.of(), null, screens.text("alongside.privacy.error.xsrf"),
                    action, HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        SubjectKey me = SubjectKey.user(userKey);
        String done;
        if ("withdraw".equals(action)) {
            done = perspectives.withdraw(userKey, me) ? "withdrawn" : "nothing";
        } else {
            people.erase(userKey, people.self(user.get()));
            done = "erased";
        }
        response.sendRedirect(request.getContextPath() + PATH + "?" + DONE + "=" + done);
    }

    /** The logged-in user, or empty after asking an anonymous visitor to log in. */
    private Optional<ConfluenceUser> loggedIn(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Optional<ConfluenceUser> user = currentUser.get();
        if (user.isEmpty()) {
            screens.logIn(request, response, PATH, screens.text("alongside.myData.title"),
                    screens.text("alongside.myData.error.login"));
        }
        return user;
    }

    /**
     * The page. {@code typed} is what the person submitted (kept after a problem), or null to start from what is held;
     * {@code confirm} asks "are you sure?" about withdrawing or erasing.
     */
    private void render(HttpServletRequest request, HttpServletResponse response, ConfluenceUser user,
                        DeclarationForm typed, List<Problem> problems, String notice, String error, String confirm,
                        int status) throws IOException {
        String userKey = user.getKey().getStringValue();
        MyData data = perspectives.export(userKey, SubjectKey.user(userKey));
        PerspectiveViews views = new PerspectiveViews(screens::text, clock.getZone());
        AuditNames names = people.auditNames(Optional.of(userKey));
        String path = request.getContextPath() + PATH;
        boolean held = data.declaration().isPresent();

        DeclarationForm values = typed != null ? typed : PerspectiveViews.startingValues(data.declaration());
        DeclarationFormView form = views.form(values, problems, Voice.OWN);
        String formHtml = screens.formHtml(form, screens.post(request, response, PATH,
                List.of(new ScreenParts.Hidden(ACTION, "declare"))));

        AnswerUse.Result used = answerUse.forUser(user, views);
        String from = DAY.format(used.quarter().from());
        String to = DAY.format(used.quarter().to());
        String usedText = used.failed() ? screens.text("alongside.myData.used.failed")
                : used.rows().isEmpty() ? screens.text("alongside.myData.used.none", from, to)
                : screens.text("alongside.myData.used.intro", from, to);

        MyDataPage page = new MyDataPage(screens.text("alongside.myData.title"), screens.text("alongside.myData.intro"),
                notice, error, confirmation(request, response, confirm, held),
                screens.text("alongside.myData.held.heading"),
                data.declaration().map(d -> views.held(d, Voice.OWN)).orElse(null), views.nothingHeld(Voice.OWN),
                screens.text(held ? "alongside.myData.form.heading.change" : "alongside.myData.form.heading.new"),
                held ? new ScreenParts.Section("alongside-withdraw", screens.text("alongside.myData.withdraw.heading"),
                        screens.text("alongside.myData.withdraw.text"), path + "?" + CONFIRM + "=withdraw",
                        screens.text("alongside.myData.withdraw.link")) : null,
                ScreenParts.Section.of("alongside-used", screens.text("alongside.myData.used.heading"), usedText),
                used.rows(),
                ScreenParts.Section.of("alongside-history", screens.text("alongside.myData.history.heading"),
                        screens.text(data.consentHistory().isEmpty()
                                ? "alongside.myData.history.none" : "alongside.myData.history.intro")),
                List.of(screens.text("alongside.privacy.column.when"), screens.text("alongside.privacy.column.what"),
                        screens.text("alongside.privacy.column.by"), screens.text("alongside.privacy.column.note")),
                views.history(data.consentHistory(), names),
                ScreenParts.Section.of("alongside-audit", screens.text("alongside.myData.audit.heading"),
                        screens.text(data.audit().isEmpty()
                                ? "alongside.myData.audit.none" : "alongside.myData.audit.intro")),
                List.of(screens.text("alongside.privacy.column.when"), screens.text("alongside.privacy.column.who"),
                        screens.text("alongside.privacy.column.what")),
                views.audit(data.audit(), names),
                new ScreenParts.Section("alongside-ledger", screens.text("alongside.myData.ledger.heading"),
                        screens.text("alongside.myData.ledger.text"),
                        request.getContextPath() + app.alongside.confluence.reciprocity.web.LedgerServlet.PATH,
                        screens.text("alongside.myData.ledger.link")),
                new ScreenParts.Section("alongside-export", screens.text("alongside.myData.export.heading"),
                        screens.text("alongside.myData.export.text"), request.getContextPath() + EXPORT_PATH,
                        screens.text("alongside.myData.export.link")),
                new ScreenParts.Section("alongside-erase", screens.text("alongside.myData.erase.heading"),
                        screens.text("alongside.myData.erase.text"), path + "?" + CONFIRM + "=erase",
                        screens.text("alongside.myData.erase.link")),
                permissions.isFacilitator(Optional.of(user)) ? new ScreenParts.Section("alongside-facilitate",
                        screens.text("alongside.myData.facilitator.heading"),
                        screens.text("alongside.myData.facilitator.text"),
                        request.getContextPath() + FacilitatorServlet.PATH,
                        screens.text("alongside.myData.facilitator.link")) : null);
        screens.page(response, status, PrivacyScreens.MY_DATA_TEMPLATE, page, formHtml);
    }

    private ScreenParts.Confirmation confirmation(HttpServletRequest request, HttpServletResponse response,
                                                  String confirm, boolean held) {
        String what = "withdraw".equals(confirm) && held ? "withdraw" : "erase".equals(confirm) ? "erase" : null;
        if (what == null) {
            return null;
        }
        return new ScreenParts.Confirmation(screens.text("alongside.myData.confirm." + what + ".heading"),
                screens.text("alongside.myData.confirm." + what + ".text"),
                screens.post(request, response, PATH, List.of(new ScreenParts.Hidden(ACTION, what),
                        new ScreenParts.Hidden(CONFIRMED, "true"))),
                screens.text("alongside.myData.confirm." + what + ".button"),
                request.getContextPath() + PATH, screens.text("alongside.privacy.confirm.cancel"));
    }
}
