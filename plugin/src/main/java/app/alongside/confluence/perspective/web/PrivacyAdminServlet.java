package app.alongside.confluence.perspective.web;

import app.alongside.confluence.security.AppPermissions;
import app.alongside.confluence.security.CurrentUser;
import app.alongside.perspective.AuditEntry;
import app.alongside.perspective.PerspectiveService;
import app.alongside.perspective.RetentionResult;
import app.alongside.reciprocity.Ledger;
import app.alongside.perspective.view.DeclarationFormView;
import app.alongside.perspective.view.PerspectiveViews;
import app.alongside.validation.Problem;
import app.alongside.validation.Validated;
import com.atlassian.confluence.user.ConfluenceUser;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code /plugins/servlet/alongside/admin/privacy}: for Confluence administrators, erase a person's private data,
 * apply a retention period (each after a confirmation naming what will go), and read the audit log of private data,
 * newest first, a page at a time (reading it is itself audited).
 */
public class PrivacyAdminServlet extends HttpServlet {

    static final String PATH = "/plugins/servlet/alongside/admin/privacy";
    static final String PERSON = "person";
    static final String MONTHS = "months";
    static final String BEFORE = "before";
    static final int AUDIT_PAGE = 50;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private final PerspectiveService perspectives;
    private final Ledger ledger;
    private final PrivacyPeople people;
    private final PrivacyScreens screens;
    private final AppPermissions permissions;
    private final CurrentUser currentUser;
    private final Clock clock;

    @Inject
    public PrivacyAdminServlet(PerspectiveService perspectives, Ledger ledger, PrivacyPeople people,
                               PrivacyScreens screens, AppPermissions permissions, CurrentUser currentUser,
                               Clock clock) {
        this.perspectives = perspectives;
        this.ledger = ledger;
        this.people = people;
        this.screens = screens;
        this.permissions = permissions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<ConfluenceUser> admin = administrator(request, response);
        if (admin.isEmpty()) {
            return;
        }
        Screen screen = new Screen();
        screen.person = request.getParameter(PERSON);
        screen.months = request.getParameter(MONTHS);
        screen.notice = notice(request);
        String confirm = String.valueOf(request.getParameter(MyDataServlet.CONFIRM));
        if ("erase".equals(confirm)) {
            Optional<PrivacyPeople.Person> person = people.forAdministrator(screen.person);
            if (person.isEmpty()) {
                screen.problems.add(personUnknown(screen.person));
            } else {
                screen.confirmation = eraseConfirmation(request, response, person.get(), screen.person.strip());
            }
        } else if ("retention".equals(confirm)) {
            Validated<Integer> months = months(screen.months);
            if (months.isValid()) {
                screen.confirmation = retentionConfirmation(request, response, months.get());
            } else {
                screen.problems.addAll(months.problems());
            }
        }
        render(request, response, admin.get(), screen, screen.problems.isEmpty()
                ? HttpServletResponse.SC_OK : HttpServletResponse.SC_BAD_REQUEST);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<ConfluenceUser> admin = administrator(request, response);
        if (admin.isEmpty()) {
            return;
        }
        String action = String.valueOf(request.getParameter(MyDataServlet.ACTION));
        Screen screen = new Screen();
        screen.person = request.getParameter(PERSON);
        screen.months = request.getParameter(MONTHS);
        String path = request.getContextPath() + PATH;
        if (!"erase".equals(action) && !"retention".equals(action)) {
            response.sendRedirect(path);
            return;
        }
        if (!"true".equals(request.getParameter(MyDataServlet.CONFIRMED))) {
            String typed = "erase".equals(action) ? PERSON + "=" + PrivacyScreens.encode(String.valueOf(screen.person))
                    : MONTHS + "=" + PrivacyScreens.encode(String.valueOf(screen.months));
            response.sendRedirect(path + "?" + MyDataServlet.CONFIRM + "=" + action + "&" + typed);
            return;
        }
        if (!screens.hasValidToken(request)) {
            screen.error = screens.text("alongside.privacy.error.xsrf");
            render(request, response, admin.get(), screen, HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        String adminKey = admin.get().getKey().getStringValue();
        if ("erase".equals(action)) {
            Optional<PrivacyPeople.Person> person = people.forAdministrator(screen.person);
            if (person.isEmpty()) {
                screen.problems.add(personUnknown(screen.person));
                render(request, response, admin.get(), screen, HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
            List<String> pseudonyms = people.erase(adminKey, person.get());
            response.sendRedirect(path + "?" + MyDataServlet.DONE + "=erased&as="
                    + PrivacyScreens.encode(String.join(",", pseudonyms)));
            return;
        }
        Validated<Integer> months = months(screen.months);
        Validated<RetentionResult> result = months.isValid()
                ? perspectives.applyRetention(adminKey, Period.ofMonths(months.get()))
                : Validated.invalid(months.problems());
        if (!result.isValid()) {
            screen.problems.addAll(result.problems().stream()
                    .map(p -> new Problem(MONTHS, p.messageKey(), p.arguments())).toList());
            render(request, response, admin.get(), screen, HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        // The same cut-off for the ledger: settled entries go, paid money stays without a name (docs/privacy.md).
        int ledgerRows = ledger.applyRetention(adminKey, result.get().cutoff());
        response.sendRedirect(path + "?" + MyDataServlet.DONE + "=retention&private=" + result.get().privateRowsDeleted()
                + "&audit=" + result.get().auditEntriesDeleted() + "&ledger=" + ledgerRows);
    }

    /** The logged-in Confluence administrator, or empty after the refusal. */
    private Optional<ConfluenceUser> administrator(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String title = screens.text("alongside.privacyAdmin.title");
        Optional<ConfluenceUser> user = currentUser.get();
        if (user.isEmpty()) {
            screens.logIn(request, response, PATH, title, screens.text("alongside.privacyAdmin.error.login"));
            return Optional.empty();
        }
        if (!permissions.isConfluenceAdministrator(user)) {
            screens.message(response, HttpServletResponse.SC_FORBIDDEN, title,
                    screens.text("alongside.privacyAdmin.error.forbidden"));
            return Optional.empty();
        }
        return user;
    }

    /** Months as typed: a whole number from 1 to 120 (core checks the range again when applying). */
    static Validated<Integer> months(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (!text.matches("[0-9]{1,4}")) {
            return Validated.invalid(List.of(Problem.of(MONTHS, "alongside.privacyAdmin.retention.error.number",
                    PerspectiveService.MIN_RETENTION_MONTHS, PerspectiveService.MAX_RETENTION_MONTHS)));
        }
        int months = Integer.parseInt(text);
        if (months < PerspectiveService.MIN_RETENTION_MONTHS || months > PerspectiveService.MAX_RETENTION_MONTHS) {
            return Validated.invalid(List.of(Problem.of(MONTHS, "alongside.retention.error.range",
                    PerspectiveService.MIN_RETENTION_MONTHS, PerspectiveService.MAX_RETENTION_MONTHS)));
        }
        return Validated.valid(months);
    }

    private Problem personUnknown(String typed) {
        return Problem.of(PERSON, "alongside.privacyAdmin.erase.error.unknown",
                FacilitatorServlet.echo(typed == null ? "" : typed.strip()));
    }

    private String notice(HttpServletRequest request) {
        String done = String.valueOf(request.getParameter(MyDataServlet.DONE));
        if ("erased".equals(done)) {
            String as = String.valueOf(request.getParameter("as"));
            List<String> pseudonyms = new ArrayList<>();
            for (String one : as.split(",")) {
                if (one.matches(PerspectiveService.PSEUDONYM_PREFIX + "[0-9a-f]{1,32}")) {
                    pseudonyms.add(one);
                }
            }
            return screens.text("alongside.privacyAdmin.done.erased", String.join(", ", pseudonyms));
        }
        if ("retention".equals(done)) {
            return screens.text("alongside.privacyAdmin.done.retention", count(request.getParameter("private")),
                    count(request.getParameter("audit"))) + " "
                    + screens.text("alongside.privacyAdmin.done.retention.ledger", count(request.getParameter("ledger")));
        }
        return null;
    }

    private static String count(String typed) {
        return typed != null && typed.matches("[0-9]{1,9}") ? typed : "0";
    }

    private ScreenParts.Confirmation eraseConfirmation(HttpServletRequest request, HttpServletResponse response,
                                                       PrivacyPeople.Person person, String typed) {
        return new ScreenParts.Confirmation(screens.text("alongside.privacyAdmin.confirm.erase.heading", person.name()),
                screens.text("alongside.privacyAdmin.confirm.erase.text"),
                screens.post(request, response, PATH, List.of(new ScreenParts.Hidden(MyDataServlet.ACTION, "erase"),
                        new ScreenParts.Hidden(PERSON, typed), new ScreenParts.Hidden(MyDataServlet.CONFIRMED, "true"))),
                screens.text("alongside.privacyAdmin.confirm.erase.button"), request.getContextPath() + PATH,
                screens.text("alongside.privacy.confirm.cancel"));
    }

    private ScreenParts.Confirmation retentionConfirmation(HttpServletRequest request, HttpServletResponse response,
                                                           int months) {
        LocalDate cutoff = LocalDate.now(clock).minusMonths(months);
        return new ScreenParts.Confirmation(screens.text("alongside.privacyAdmin.confirm.retention.heading", months),
                screens.text("alongside.privacyAdmin.confirm.retention.text", DAY.format(cutoff)),
                screens.post(request, response, PATH, List.of(
                        new ScreenParts.Hidden(MyDataServlet.ACTION, "retention"),
                        new ScreenParts.Hidden(MONTHS, String.valueOf(months)),
                        new ScreenParts.Hidden(MyDataServlet.CONFIRMED, "true"))),
                screens.text("alongside.privacyAdmin.confirm.retention.button"), request.getContextPath() + PATH,
                screens.text("alongside.privacy.confirm.cancel"));
    }

    private void render(HttpServletRequest request, HttpServletResponse response, ConfluenceUser admin, Screen screen,
                        int status) throws IOException {
        String path = request.getContextPath() + PATH;
        Optional<Long> before = parseBefore(request.getParameter(BEFORE));
        List<AuditEntry> entries = perspectives.auditLog(admin.getKey().getStringValue(), before, AUDIT_PAGE);
        PerspectiveViews views = new PerspectiveViews(screens::text, clock.getZone());
        String older = entries.size() == AUDIT_PAGE
                ? path + "?" + BEFORE + "=" + entries.get(entries.size() - 1).id() + "#alongside-audit" : null;
        String newest = before.isPresent() ? path + "#alongside-audit" : null;
        List<ScreenParts.Hidden> eraseHidden = List.of(new ScreenParts.Hidden(MyDataServlet.CONFIRM, "erase"));
        List<ScreenParts.Hidden> retentionHidden = List.of(new ScreenParts.Hidden(MyDataServlet.CONFIRM, "retention"));
        PrivacyAdminPage page = new PrivacyAdminPage(screens.text("alongside.privacyAdmin.title"),
                screens.text("alongside.privacyAdmin.intro"), screen.notice,
                screen.error != null ? screen.error
                        : screen.problems.isEmpty() ? null : screens.text("alongside.privacyAdmin.error.summary"),
                screen.confirmation,
                ScreenParts.Section.of("alongside-erase", screens.text("alongside.privacyAdmin.erase.heading"),
                        screens.text("alongside.privacyAdmin.erase.text")),
                new ScreenParts.LookupForm(path, eraseHidden, field(PERSON, "alongside-person",
                        "alongside.privacyAdmin.erase.label", "alongside.privacyAdmin.erase.help", screen.person,
                        screen.problems), screens.text("alongside.privacyAdmin.erase.button")),
                ScreenParts.Section.of("alongside-retention", screens.text("alongside.privacyAdmin.retention.heading"),
                        screens.text("alongside.privacyAdmin.retention.text")),
                new ScreenParts.LookupForm(path, retentionHidden, field(MONTHS, "alongside-months",
                        "alongside.privacyAdmin.retention.label", "alongside.privacyAdmin.retention.help",
                        screen.months, screen.problems), screens.text("alongside.privacyAdmin.retention.button")),
                ScreenParts.Section.of("alongside-audit", screens.text("alongside.privacyAdmin.audit.heading"),
                        screens.text(entries.isEmpty() ? "alongside.privacyAdmin.audit.none"
                                : "alongside.privacyAdmin.audit.intro")),
                List.of(screens.text("alongside.privacy.column.when"), screens.text("alongside.privacy.column.who"),
                        screens.text("alongside.privacy.column.what"), screens.text("alongside.privacy.column.whose"),
                        screens.text("alongside.privacy.column.detail")),
                views.audit(entries, people.auditNames(Optional.of(admin.getKey().getStringValue()))),
                older, screens.text("alongside.privacyAdmin.audit.older"),
                newest, screens.text("alongside.privacyAdmin.audit.newest"));
        screens.page(response, status, PrivacyScreens.ADMIN_TEMPLATE, page, null);
    }

    private DeclarationFormView.TextField field(String name, String id, String labelKey, String helpKey, String value,
                                                List<Problem> problems) {
        String error = problems.stream().filter(p -> p.field().equals(name)).findFirst()
                .map(p -> screens.text(p.messageKey(), p.arguments().toArray())).orElse(null);
        return new DeclarationFormView.TextField(name, id, screens.text(labelKey), screens.text(helpKey), value, error,
                false);
    }

    static Optional<Long> parseBefore(String typed) {
        if (typed == null || !typed.matches("[1-9][0-9]{0,17}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(typed));
    }

    /** What one rendering of the screen shows besides the audit log. */
    private static final class Screen {
        String person;
        String months;
        String notice;
        String error;
        ScreenParts.Confirmation confirmation;
        final List<Problem> problems = new ArrayList<>();
    }
}
