package app.alongside.confluence.reciprocity.web;

import app.alongside.confluence.decision.ConfluencePageVisibility;
import app.alongside.confluence.perspective.web.ScreenParts;
import app.alongside.confluence.reciprocity.LedgerAccess;
import app.alongside.confluence.reciprocity.rest.LedgerJson;
import app.alongside.confluence.render.Templates;
import app.alongside.confluence.security.AppPermissions;
import app.alongside.confluence.security.CurrentUser;
import app.alongside.people.PersonRef;
import app.alongside.perspective.SubjectKey;
import app.alongside.perspective.SubjectResolver;
import app.alongside.reciprocity.Ledger;
import app.alongside.reciprocity.LedgerActor;
import app.alongside.reciprocity.LedgerEntry;
import app.alongside.reciprocity.LedgerForms;
import app.alongside.reciprocity.LedgerQuery;
import app.alongside.reciprocity.MeetingNotes;
import app.alongside.reciprocity.Money;
import app.alongside.reciprocity.ReciprocityTotals;
import app.alongside.reciprocity.RecognitionForm;
import app.alongside.reciprocity.RecognitionState;
import app.alongside.reciprocity.RecognitionType;
import app.alongside.reciprocity.TimeForm;
import app.alongside.text.Messages;
import app.alongside.time.LenientDates;
import app.alongside.validation.Problem;
import app.alongside.validation.Validated;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /plugins/servlet/alongside/ledger}: everyone logged in sees "Time I gave and what I got back" and the
 * totals of a space they may view (suppressed below k people); facilitators also see and filter the ledger, record
 * time (for a meeting: {@code ?meeting=<pageId>} ticks everyone mentioned or linked on its notes), mark entries paid
 * or declined, delete mistakes and download the CSV. Works without JavaScript; every post carries the session's
 * token. Core audits every read of someone else's entries and every change.
 */
public class LedgerServlet extends HttpServlet {

    public static final String PATH = "/plugins/servlet/alongside/ledger";
    static final String TEMPLATE = "templates/reciprocity/ledger.vm";
    static final String MESSAGE_TEMPLATE = "templates/perspective/message.vm";
    static final String WEB_RESOURCE = "app.alongside.confluence:privacy-resources";
    static final String MEETING = "meeting";
    static final String SPACE = "space";
    static final String PERSON = "person";
    /** Entries a facilitator's screen lists at once; the filter or the CSV gives the rest. */
    static final int MAX_LISTED = 200;

    private final Ledger ledger;
    private final LedgerAccess access;
    private final AppPermissions permissions;
    private final CurrentUser currentUser;
    private final PageManager pageManager;
    private final ConfluencePageVisibility visibility;
    private final SubjectResolver resolver;
    private final Templates templates;
    private final Messages messages;
    private final XsrfTokenAccessor xsrfTokens;
    private final XsrfTokenValidator xsrfValidator;
    private final Clock clock;

    @Inject
    public LedgerServlet(Ledger ledger, LedgerAccess access, AppPermissions permissions, CurrentUser currentUser,
                         PageManager pageManager, ConfluencePageVisibility visibility, SubjectResolver resolver,
                         Templates templates, Messages messages, XsrfTokenAccessor xsrfTokens,
                         XsrfTokenValidator xsrfValidator, Clock clock) {
        this.ledger = ledger;
        this.access = access;
        this.permissions = permissions;
        this.currentUser = currentUser;
        this.pageManager = pageManager;
        this.visibility = visibility;
        this.resolver = resolver;
        this.templates = templates;
        this.messages = messages;
        this.xsrfTokens = xsrfTokens;
        this.xsrfValidator = xsrfValidator;
        this.clock = clock;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<ConfluenceUser> user = currentUser.get();
        if (user.isEmpty()) {
            logIn(request, response);
            return;
        }
        LedgerActor actor = access.actor(user.get());
        String notice = switch (String.valueOf(request.getParameter("done"))) {
            case "recorded" -> text("alongside.ledger.screen.done.recorded");
            case "paid" -> text("alongside.ledger.screen.done.paid");
            case "declined" -> text("alongside.ledger.screen.done.declined");
            case "deleted" -> text("alongside.ledger.screen.done.deleted");
            default -> "";
        };
        Typed typed = actor.facilitator() ? prefilled(request, user.get()) : null;
        render(request, response, user.get(), actor, typed, List.of(), notice, "", HttpServletResponse.SC_OK);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<ConfluenceUser> user = currentUser.get();
        if (user.isEmpty()) {
            logIn(request, response);
            return;
        }
        LedgerActor actor = access.actor(user.get());
        if (!actor.facilitator()) {
            message(response, HttpServletResponse.SC_FORBIDDEN, text("alongside.ledger.rest.facilitatorsOnly"));
            return;
        }
        String action = String.valueOf(request.getParameter("action"));
        Typed typed = "record".equals(action) ? typed(request, user.get()) : prefilled(request, user.get());
        if (!xsrfValidator.validateFormEncodedToken(request)) {
            render(request, response, user.get(), actor, typed, List.of(), "",
                    text("alongside.privacy.error.xsrf"), HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        String back = request.getContextPath() + PATH + "?done=";
        switch (action) {
            case "record" -> record(request, response, user.get(), actor, typed, back);
            case "paid", "declined", "delete" -> {
                Optional<Long> id = id(request.getParameter("id"));
                boolean done = id.isPresent() && switch (action) {
                    case "paid" -> ledger.markPaid(actor, id.get(), "").isValid();
                    case "declined" -> declined(actor, id.get());
                    default -> ledger.delete(actor, id.get());
                };
                if (done) {
                    response.sendRedirect(back + ("delete".equals(action) ? "deleted" : action));
                } else {
                    render(request, response, user.get(), actor, typed, List.of(), "",
                            text("alongside.ledger.error.notFound"), HttpServletResponse.SC_NOT_FOUND);
                }
            }
            default -> response.sendRedirect(request.getContextPath() + PATH);
        }
    }

    private void record(HttpServletRequest request, HttpServletResponse response, ConfluenceUser user,
                        LedgerActor actor, Typed typed, String back) throws IOException {
        List<Problem> problems = new ArrayList<>();
        String space = typed.space().strip();
        if (space.isEmpty() || permissions.viewableSpace(Optional.of(user), space).isEmpty()) {
            problems.add(Problem.of(SPACE, "alongside.ledger.rest.noSpace"));
        }
        List<String> named = new ArrayList<>(typed.ticked());
        Arrays.stream(typed.peopleText().split("[,;\\n]")).map(String::strip).filter(s -> !s.isEmpty())
                .forEach(named::add);
        Validated<List<SubjectKey>> people = access.people(named, user);
        problems.addAll(people.problems());
        if (problems.isEmpty()) {
            Validated<List<LedgerEntry>> recorded = ledger.record(actor, space, people.get(), typed.time(),
                    typed.recognition());
            if (recorded.isValid()) {
                response.sendRedirect(back + "recorded&" + SPACE + "=" + encode(space));
                return;
            }
            problems.addAll(recorded.problems());
        } else {
            // Checked as well, so every problem is said at once; nothing is recorded.
            LocalDate today = LocalDate.now(clock);
            Validated<LedgerForms.TimeParts> time = LedgerForms.time(typed.time(), today);
            problems.addAll(time.problems());
            problems.addAll(LedgerForms.recognition(typed.recognition(),
                    time.value().map(LedgerForms.TimeParts::on).orElse(today), today).problems());
        }
        render(request, response, user, actor, typed, problems, "", "", HttpServletResponse.SC_BAD_REQUEST);
    }

    private boolean declined(LedgerActor actor, long id) {
        Optional<LedgerEntry> entry = ledger.entry(actor, id);
        return entry.isPresent() && ledger.recognise(actor, id, new RecognitionForm(RecognitionType.DECLINED.code(),
                "", "", "", entry.get().recognition().mayAffectBenefits())).isValid();
    }

    // ------------------------------------------------------------------ what the form holds

    /** The record form as typed, plus the people a meeting's notes offer to tick. */
    record Typed(String space, TimeForm time, RecognitionForm recognition, List<String> ticked, String peopleText,
                 Map<String, String> offered) {
    }

    /** For a new form: empty, or for {@code ?meeting=} the meeting's space, date and people, all ticked. */
    private Typed prefilled(HttpServletRequest request, ConfluenceUser user) {
        Map<String, String> offered = new LinkedHashMap<>();
        String space = Optional.ofNullable(request.getParameter(SPACE)).orElse("");
        String date = LocalDate.now(clock).toString();
        String meeting = "";
        Optional<AbstractPage> page = meetingPage(request.getParameter(MEETING), user);
        if (page.isPresent()) {
            meeting = String.valueOf(page.get().getId());
            space = Optional.ofNullable(page.get().getSpaceKey()).orElse("");
            MeetingNotes.Read read = MeetingNotes.read(page.get().getBodyAsString(), page.get().getTitle());
            offered = offered(read.people(), space);
            date = read.date().map(LenientDates::iso).orElse(date);
        }
        return new Typed(space, new TimeForm(date, "", "", meeting),
                new RecognitionForm(RecognitionType.PAYMENT.code(), "", RecognitionState.OWED.code(), "", false),
                new ArrayList<>(offered.keySet()), "", offered);
    }

    private Typed typed(HttpServletRequest request, ConfluenceUser user) {
        String meeting = Optional.ofNullable(request.getParameter("meetingPageId")).orElse("");
        Map<String, String> offered = new LinkedHashMap<>();
        Optional<AbstractPage> page = meetingPage(meeting, user);
        if (page.isPresent()) {
            offered = offered(MeetingNotes.read(page.get().getBodyAsString(), page.get().getTitle()).people(),
                    Optional.ofNullable(page.get().getSpaceKey()).orElse(""));
        }
        String[] ticked = request.getParameterValues(PERSON);
        return new Typed(param(request, SPACE), new TimeForm(param(request, "date"), param(request, "activity"),
                param(request, "time"), meeting), new RecognitionForm(param(request, "type"),
                param(request, "amount"), param(request, "state"), param(request, "paidOn"),
                "true".equals(request.getParameter("mayAffectBenefits"))),
                ticked == null ? List.of() : List.of(ticked), param(request, "people"), offered);
    }

    /** A meeting page the facilitator may view. */
    private Optional<AbstractPage> meetingPage(String id, ConfluenceUser user) {
        Optional<Long> pageId = id(id);
        if (pageId.isEmpty() || !visibility.visibleTo(Optional.of(user), Set.of(pageId.get()))
                .contains(pageId.get())) {
            return Optional.empty();
        }
        return Optional.ofNullable(pageManager.getAbstractPage(pageId.get()));
    }

    /** Subject key → name of everyone on the notes who can be recorded (accounts and participant pages). */
    private Map<String, String> offered(List<PersonRef> people, String spaceKey) {
        List<PersonRef> refs = new ArrayList<>();
        for (PersonRef person : people) {
            refs.add(person instanceof PersonRef.Page p ? p.inSpace(spaceKey) : person);
        }
        Map<PersonRef, SubjectKey> resolved = refs.isEmpty() ? Map.of() : resolver.resolve(refs);
        Map<String, String> offered = new LinkedHashMap<>();
        for (PersonRef person : refs) {
            SubjectKey subject = resolved.get(person);
            if (subject != null) {
                offered.putIfAbsent(subject.value(), access.name(subject));
            }
        }
        return offered;
    }

    // ------------------------------------------------------------------ the page

    private void render(HttpServletRequest request, HttpServletResponse response, ConfluenceUser user,
                        LedgerActor actor, Typed typed, List<Problem> problems, String notice, String error,
                        int status) throws IOException {
        String path = request.getContextPath() + PATH;
        LedgerPage.Table own = table("alongside-ledger-own", text("alongside.ledger.screen.own.heading"),
                text("alongside.ledger.screen.own.empty"), ownColumns(),
                ledger.own(actor).stream().map(e -> LedgerPage.Row.of(cells(e, false))).toList());
        LedgerPage.Totals totals = totals(request, user, path);
        LedgerPage.Facilitation facilitation = null;
        if (actor.facilitator()) {
            facilitation = facilitation(request, response, user, actor, typed, problems, path);
        }
        templates.require(WEB_RESOURCE);
        write(response, status, templates.render(TEMPLATE, Map.of("view", new LedgerPage(
                text("alongside.ledger.screen.title"), text(actor.facilitator()
                ? "alongside.ledger.screen.intro.facilitator" : "alongside.ledger.screen.intro"), notice, error, own,
                totals, actor.facilitator(), facilitation))));
    }

    private LedgerPage.Totals totals(HttpServletRequest request, ConfluenceUser user, String path) {
        String space = Optional.ofNullable(request.getParameter(SPACE)).orElse("").strip();
        LedgerPage.Lookup choose = new LedgerPage.Lookup(path, List.of(new LedgerPage.Field(
                "alongside-ledger-totals-space", SPACE, text("alongside.ledger.screen.totals.space"), "", space, "",
                "text")), text("alongside.ledger.screen.totals.show"));
        String heading = text("alongside.ledger.screen.totals.heading");
        if (space.isEmpty()) {
            return new LedgerPage.Totals(heading, text("alongside.ledger.screen.totals.choose"), List.of(), choose);
        }
        if (permissions.viewableSpace(Optional.of(user), space).isEmpty()) {
            return new LedgerPage.Totals(heading, text("alongside.ledger.rest.noSpace"), List.of(), choose);
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate from = today.minusYears(1).plusDays(1);
        ReciprocityTotals result = ledger.totals(Set.of(space), from, today);
        String period = text("alongside.ledger.screen.totals.period", from.toString(), today.toString());
        if (result instanceof ReciprocityTotals.Shown s) {
            List<LedgerPage.Fact> facts = new ArrayList<>(List.of(
                    new LedgerPage.Fact(text("alongside.ledger.screen.totals.people"), String.valueOf(s.people())),
                    new LedgerPage.Fact(text("alongside.ledger.screen.totals.contributions"),
                            String.valueOf(s.contributions())),
                    new LedgerPage.Fact(text("alongside.ledger.screen.totals.hours"), LedgerJson.hours(s.minutes())),
                    new LedgerPage.Fact(text("alongside.ledger.screen.totals.paid"), Money.pounds(s.paidPence())),
                    new LedgerPage.Fact(text("alongside.ledger.screen.totals.owed"), Money.pounds(s.owedPence())),
                    new LedgerPage.Fact(text("alongside.ledger.screen.totals.declined"),
                            String.valueOf(s.declined()))));
            facts.add(new LedgerPage.Fact(text("alongside.ledger.screen.totals.median"),
                    s.medianDaysToPay().isPresent() ? text("alongside.ledger.screen.totals.days",
                            s.medianDaysToPay().getAsInt()) : text("alongside.ledger.screen.totals.nonePaid")));
            return new LedgerPage.Totals(heading, period, facts, choose);
        }
        return new LedgerPage.Totals(heading, period + " " + text("alongside.ledger.totals.notShown",
                ((ReciprocityTotals.NotShown) result).threshold()), List.of(), choose);
    }

    private LedgerPage.Facilitation facilitation(HttpServletRequest request, HttpServletResponse response,
                                                 ConfluenceUser user, LedgerActor actor, Typed typed,
                                                 List<Problem> problems, String path) {
        String space = Optional.ofNullable(request.getParameter(SPACE)).orElse("").strip();
        String from = Optional.ofNullable(request.getParameter("from")).orElse("").strip();
        String to = Optional.ofNullable(request.getParameter("to")).orElse("").strip();
        LedgerPage.Lookup filter = new LedgerPage.Lookup(path, List.of(
                new LedgerPage.Field("alongside-ledger-filter-space", SPACE, text("alongside.ledger.screen.space"),
                        "", space, "", "text"),
                new LedgerPage.Field("alongside-ledger-filter-from", "from", text("alongside.ledger.screen.from"),
                        "", from, "", "text"),
                new LedgerPage.Field("alongside-ledger-filter-to", "to", text("alongside.ledger.screen.to"), "", to,
                        "", "text")), text("alongside.ledger.screen.filter"));
        boolean spaceOk = space.isEmpty() || permissions.viewableSpace(Optional.of(user), space).isPresent();
        LedgerQuery query = new LedgerQuery(space.isEmpty() || !spaceOk ? Set.of() : Set.of(space),
                LenientDates.parse(from), LenientDates.parse(to), Optional.empty(), MAX_LISTED);
        List<LedgerPage.Row> rows = new ArrayList<>();
        if (spaceOk) {
            for (LedgerEntry entry : ledger.entries(actor, query)) {
                ScreenParts.FormPost post = post(request, response, List.of(
                        new ScreenParts.Hidden("id", String.valueOf(entry.id()))));
                rows.add(new LedgerPage.Row(cells(entry, true), post,
                        text("alongside.ledger.screen.row.label", access.name(entry.given().subject()),
                                entry.given().on().toString()), entry.recognition().isOwed(),
                        text("alongside.ledger.screen.row.paid"), text("alongside.ledger.screen.row.declined"),
                        text("alongside.ledger.screen.row.delete")));
            }
        }
        List<String> columns = new ArrayList<>();
        columns.add(text("alongside.ledger.screen.column.person"));
        columns.addAll(ownColumns());
        columns.add(text("alongside.ledger.screen.column.actions"));
        LedgerPage.Table entries = table("alongside-ledger-entries", text("alongside.ledger.screen.entries.heading"),
                text(spaceOk ? "alongside.ledger.screen.entries.empty" : "alongside.ledger.rest.noSpace"), columns,
                rows);
        StringBuilder csv = new StringBuilder(request.getContextPath()).append("/rest/alongside/1.0/ledger/export.csv");
        List<String> parameters = new ArrayList<>();
        if (!space.isEmpty() && spaceOk) {
            parameters.add("space=" + encode(space));
        }
        LenientDates.parse(from).ifPresent(d -> parameters.add("from=" + d));
        LenientDates.parse(to).ifPresent(d -> parameters.add("to=" + d));
        if (!parameters.isEmpty()) {
            csv.append('?').append(String.join("&", parameters));
        }
        return new LedgerPage.Facilitation(text("alongside.ledger.screen.all.heading"), filter, csv.toString(),
                text("alongside.ledger.screen.csv"), entries, form(request, response, typed, problems));
    }

    private LedgerPage.RecordForm form(HttpServletRequest request, HttpServletResponse response, Typed typed,
                                       List<Problem> problems) {
        Map<String, String> byField = new LinkedHashMap<>();
        List<String> all = new ArrayList<>();
        for (Problem problem : problems) {
            String said = text(problem.messageKey(), problem.arguments().toArray());
            byField.merge(problem.field(), said, (a, b) -> a + " " + b);
            all.add(said);
        }
        List<LedgerPage.Choice> people = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, String> offered : typed.offered().entrySet()) {
            people.add(new LedgerPage.Choice("alongside-ledger-person-" + n++, PERSON, offered.getKey(),
                    offered.getValue(), typed.ticked().contains(offered.getKey())));
        }
        List<LedgerPage.Field> fields = List.of(
                field("space", SPACE, typed.space(), byField),
                field("people", "people", typed.peopleText(), byField),
                field("date", "date", typed.time().date(), byField),
                field("activity", "activity", typed.time().activity(), byField),
                field("time", "time", typed.time().time(), byField),
                field("amount", "amount", typed.recognition().amount(), byField),
                field("paidOn", "paidOn", typed.recognition().paidOn(), byField));
        List<LedgerPage.Option> types = new ArrayList<>();
        for (RecognitionType type : RecognitionType.values()) {
            types.add(new LedgerPage.Option(type.code(), text(type.messageKey()),
                    type.code().equals(typed.recognition().type())));
        }
        List<LedgerPage.Option> states = new ArrayList<>();
        for (RecognitionState state : RecognitionState.values()) {
            states.add(new LedgerPage.Option(state.code(), text(state.messageKey()),
                    state.code().equals(typed.recognition().state())));
        }
        List<ScreenParts.Hidden> hidden = typed.time().meetingPageId().isEmpty() ? List.of()
                : List.of(new ScreenParts.Hidden("meetingPageId", typed.time().meetingPageId()));
        return new LedgerPage.RecordForm(text("alongside.ledger.screen.record.heading"),
                text(typed.offered().isEmpty() ? "alongside.ledger.screen.record.intro"
                        : "alongside.ledger.screen.record.intro.meeting"), post(request, response, hidden),
                text("alongside.ledger.screen.record.people"), people, byField.get(LedgerForms.PEOPLE), fields,
                new LedgerPage.Select("alongside-ledger-type", "type", text("alongside.ledger.screen.field.type"),
                        types, byField.get(LedgerForms.TYPE)),
                new LedgerPage.Select("alongside-ledger-state", "state", text("alongside.ledger.screen.field.state"),
                        states, byField.get(LedgerForms.STATE)),
                new LedgerPage.Choice("alongside-ledger-benefits", "mayAffectBenefits", "true",
                        text("alongside.ledger.screen.field.benefits"), typed.recognition().mayAffectBenefits()),
                text("alongside.ledger.screen.field.benefits.help"), text("alongside.ledger.screen.record.submit"),
                all, text("alongside.ledger.rest.refused"));
    }

    private LedgerPage.Field field(String key, String name, String value, Map<String, String> problems) {
        return new LedgerPage.Field("alongside-ledger-" + key, name, text("alongside.ledger.screen.field." + key),
                text("alongside.ledger.screen.field." + key + ".help"), value, problems.get(name), "text");
    }

    private List<String> ownColumns() {
        return List.of(text("alongside.ledger.screen.column.date"), text("alongside.ledger.screen.column.space"),
                text("alongside.ledger.screen.column.activity"), text("alongside.ledger.screen.column.hours"),
                text("alongside.ledger.screen.column.recognition"), text("alongside.ledger.screen.column.amount"),
                text("alongside.ledger.screen.column.state"), text("alongside.ledger.screen.column.paidOn"),
                text("alongside.ledger.screen.column.benefits"));
    }

    private List<String> cells(LedgerEntry entry, boolean named) {
        var given = entry.given();
        var recognition = entry.recognition();
        List<String> cells = new ArrayList<>();
        if (named) {
            cells.add(access.name(given.subject()));
        }
        cells.addAll(List.of(given.on().toString(), given.spaceKey(), given.activity(),
                LedgerJson.hours(given.minutes()), text(recognition.type().messageKey()),
                recognition.type().monetary() ? Money.pounds(recognition.amountPence()) : "",
                text(recognition.state().messageKey()), recognition.paidOn().map(Object::toString).orElse(""),
                text(recognition.mayAffectBenefits() ? "alongside.ledger.screen.yes" : "alongside.ledger.screen.no")));
        return cells;
    }

    private static LedgerPage.Table table(String id, String heading, String empty, List<String> columns,
                                          List<LedgerPage.Row> rows) {
        return new LedgerPage.Table(id, heading, empty, columns, rows);
    }

    private ScreenParts.FormPost post(HttpServletRequest request, HttpServletResponse response,
                                      List<ScreenParts.Hidden> hidden) {
        return new ScreenParts.FormPost(request.getContextPath() + PATH, xsrfValidator.getXsrfParameterName(),
                xsrfTokens.getXsrfToken(request, response, true), hidden);
    }

    // ------------------------------------------------------------------ plumbing

    private void logIn(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String link = request.getContextPath() + "/login.action?os_destination=" + encode(PATH);
        templates.require(WEB_RESOURCE);
        write(response, HttpServletResponse.SC_UNAUTHORIZED, templates.render(MESSAGE_TEMPLATE, Map.of(
                "title", text("alongside.ledger.screen.title"), "message", text("alongside.ledger.rest.login"),
                "linkHref", link, "linkLabel", text("alongside.privacy.login.link"))));
    }

    private void message(HttpServletResponse response, int status, String message) throws IOException {
        templates.require(WEB_RESOURCE);
        write(response, status, templates.render(MESSAGE_TEMPLATE, Map.of("title", text("alongside.ledger.screen.title"),
                "message", message, "linkHref", "", "linkLabel", "")));
    }

    private static void write(HttpServletResponse response, int status, String html) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getWriter().write(html);
    }

    private String text(String key, Object... arguments) {
        return messages.text(key, arguments);
    }

    private static String param(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value;
    }

    private static Optional<Long> id(String id) {
        return id != null && id.matches("[1-9][0-9]{0,17}") ? Optional.of(Long.parseLong(id)) : Optional.empty();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
