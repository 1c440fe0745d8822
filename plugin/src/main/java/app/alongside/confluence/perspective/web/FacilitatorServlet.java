package app.alongside.confluence.perspective.web;

import app.alongside.confluence.decision.ConfluencePageVisibility;
import app.alongside.confluence.security.AppPermissions;
import app.alongside.confluence.security.CurrentUser;
import app.alongside.participant.DirectoryQuery;
import app.alongside.participant.IndexedParticipant;
import app.alongside.participant.ParticipantDirectory;
import app.alongside.perspective.Declaration;
import app.alongside.perspective.DeclarationForm;
import app.alongside.perspective.PerspectiveService;
import app.alongside.perspective.view.DeclarationFormView;
import app.alongside.perspective.view.PerspectiveViews;
import app.alongside.perspective.view.Voice;
import app.alongside.validation.Problem;
import app.alongside.validation.Validated;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.spaces.SpaceStatus;
import com.atlassian.confluence.user.ConfluenceUser;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /plugins/servlet/alongside/participants/perspective}: a facilitator finds a person (a participant page they
 * may see, or an account by username), then records, changes or withdraws a declaration on the person's behalf,
 * noting who gave consent, when and how. Reading what is held is audited by core. Facilitators only.
 */
public class FacilitatorServlet extends HttpServlet {

    static final String PATH = "/plugins/servlet/alongside/participants/perspective";
    static final String PAGE = "page";
    static final String USER = "user";
    static final String SEARCH = "q";
    /** People listed at most on the finding screen; a search narrows it. */
    static final int MAX_LISTED = 50;
    private static final int MAX_SEARCH = 200;

    private final PerspectiveService perspectives;
    private final ParticipantDirectory directory;
    private final PrivacyPeople people;
    private final PrivacyScreens screens;
    private final AppPermissions permissions;
    private final CurrentUser currentUser;
    private final SpaceManager spaceManager;
    private final ConfluencePageVisibility visibility;
    private final Clock clock;

    @Inject
    public FacilitatorServlet(PerspectiveService perspectives, ParticipantDirectory directory, PrivacyPeople people,
                              PrivacyScreens screens, AppPermissions permissions, CurrentUser currentUser,
                              SpaceManager spaceManager, ConfluencePageVisibility visibility, Clock clock) {
        this.perspectives = perspectives;
        this.directory = directory;
        this.people = people;
        this.screens = screens;
        this.permissions = permissions;
        this.currentUser = currentUser;
        this.spaceManager = spaceManager;
        this.visibility = visibility;
        this.clock = clock;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<ConfluenceUser> facilitator = facilitator(request, response);
        if (facilitator.isEmpty()) {
            return;
        }
        if (request.getParameter(PAGE) == null && request.getParameter(USER) == null) {
            renderPicker(request, response, facilitator.get());
            return;
        }
        Optional<Chosen> chosen = chosen(request, response, facilitator);
        if (chosen.isEmpty()) {
            return;
        }
        String notice = switch (String.valueOf(request.getParameter(MyDataServlet.DONE))) {
            case "saved" -> screens.text("alongside.facilitator.done.saved", chosen.get().person().name());
            case "withdrawn" -> screens.text("alongside.facilitator.done.withdrawn", chosen.get().person().name());
            case "nothing" -> screens.text("alongside.facilitator.done.nothing");
            default -> null;
        };
        renderPerson(request, response, facilitator.get(), chosen.get(), null, List.of(), notice, null,
                "withdraw".equals(request.getParameter(MyDataServlet.CONFIRM)), HttpServletResponse.SC_OK);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<ConfluenceUser> facilitator = facilitator(request, response);
        if (facilitator.isEmpty()) {
            return;
        }
        Optional<Chosen> chosen = chosen(request, response, facilitator);
        if (chosen.isEmpty()) {
            return;
        }
        String key = facilitator.get().getKey().getStringValue();
        String back = request.getContextPath() + PATH + "?" + chosen.get().query();
        String action = String.valueOf(request.getParameter(MyDataServlet.ACTION));
        if ("declare".equals(action)) {
            DeclarationForm typed = DeclarationForms.from(request, true);
            if (!screens.hasValidToken(request)) {
                renderPerson(request, response, facilitator.get(), chosen.get(), typed,
                        List.of(Problem.of(PerspectiveViews.FORM, "alongside.privacy.error.xsrf")), null, null,
                        false, HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
            Validated<Declaration> result = perspectives.declareOnBehalf(key, chosen.get().person().subject(), typed);
            if (result.isValid()) {
                response.sendRedirect(back + "&" + MyDataServlet.DONE + "=saved");
            } else {
                renderPerson(request, response, facilitator.get(), chosen.get(), typed, result.problems(), null, null,
                        false, HttpServletResponse.SC_BAD_REQUEST);
            }
            return;
        }
        if (!"withdraw".equals(action)) {
            response.sendRedirect(back);
            return;
        }
        if (!"true".equals(request.getParameter(MyDataServlet.CONFIRMED))) {
            response.sendRedirect(back + "&" + MyDataServlet.CONFIRM + "=withdraw");
            return;
        }
        if (!screens.hasValidToken(request)) {
            renderPerson(request, response, facilitator.get(), chosen.get(), null, List.of(), null,
                    screens.text("alongside.privacy.error.xsrf"), true, HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        boolean withdrawn = perspectives.withdraw(key, chosen.get().person().subject());
        response.sendRedirect(back + "&" + MyDataServlet.DONE + "=" + (withdrawn ? "withdrawn" : "nothing"));
    }

    /** The logged-in facilitator, or empty after the refusal. */
    private Optional<ConfluenceUser> facilitator(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String title = screens.text("alongside.facilitator.title");
        Optional<ConfluenceUser> user = currentUser.get();
        if (user.isEmpty()) {
            screens.logIn(request, response, PATH, title, screens.text("alongside.facilitator.error.login"));
            return Optional.empty();
        }
        if (!permissions.isFacilitator(user)) {
            screens.message(response, HttpServletResponse.SC_FORBIDDEN, title,
                    screens.text("alongside.facilitator.error.forbidden"));
            return Optional.empty();
        }
        return user;
    }

    /** The person asked about (a participant page the facilitator may see, or an account), or empty after saying so. */
    private Optional<Chosen> chosen(HttpServletRequest request, HttpServletResponse response,
                                    Optional<ConfluenceUser> facilitator) throws IOException {
        String page = request.getParameter(PAGE);
        String username = request.getParameter(USER);
        String title = screens.text("alongside.facilitator.title");
        if (page != null) {
            Optional<PrivacyPeople.Person> person = page.matches("[1-9][0-9]{0,17}")
                    ? people.byParticipantPage(Long.parseLong(page), facilitator) : Optional.empty();
            if (person.isEmpty()) {
                screens.message(response, HttpServletResponse.SC_NOT_FOUND, title,
                        screens.text("alongside.facilitator.error.page", echo(page)));
                return Optional.empty();
            }
            return Optional.of(new Chosen(person.get(), PAGE, page));
        }
        Optional<PrivacyPeople.Person> person = people.byUsername(username);
        if (person.isEmpty()) {
            screens.message(response, HttpServletResponse.SC_NOT_FOUND, title,
                    screens.text("alongside.facilitator.error.user", echo(String.valueOf(username))));
            return Optional.empty();
        }
        return Optional.of(new Chosen(person.get(), USER, username.strip()));
    }

    private void renderPicker(HttpServletRequest request, HttpServletResponse response, ConfluenceUser facilitator)
            throws IOException {
        String typed = request.getParameter(SEARCH);
        String search = typed == null ? "" : typed.strip();
        String path = request.getContextPath() + PATH;
        List<ScreenParts.PersonLink> results = new ArrayList<>();
        String resultsText;
        if (search.length() > MAX_SEARCH) {
            resultsText = screens.text("alongside.facilitator.search.tooLong", MAX_SEARCH);
        } else {
            Map<String, String> spaceNames = new HashMap<>();
            for (String key : spaceManager.getAllSpaceKeys(SpaceStatus.CURRENT)) {
                permissions.viewableSpace(Optional.of(facilitator), key)
                        .ifPresent(space -> spaceNames.put(space.getKey(), nameOf(space)));
            }
            if (!spaceNames.isEmpty()) {
                DirectoryQuery query = new DirectoryQuery(spaceNames.keySet(), Optional.empty(), Optional.empty(),
                        Optional.of(search), MAX_LISTED);
                for (IndexedParticipant person : directory.search(query, visibility.forUser(Optional.of(facilitator)))) {
                    results.add(new ScreenParts.PersonLink(person.displayName(),
                            path + "?" + PAGE + "=" + person.pageId(), spaceNames.get(person.spaceKey())));
                }
            }
            resultsText = results.isEmpty()
                    ? screens.text(search.isEmpty() ? "alongside.facilitator.results.none"
                    : "alongside.facilitator.results.noMatch", search)
                    : results.size() >= MAX_LISTED ? screens.text("alongside.facilitator.results.more", MAX_LISTED)
                    : null;
        }
        FacilitatorPage.Picker picker = new FacilitatorPage.Picker(
                new ScreenParts.LookupForm(path, List.of(), textField(SEARCH, "alongside-search",
                        "alongside.facilitator.search.label", "alongside.facilitator.search.help", typed),
                        screens.text("alongside.facilitator.search.button")),
                new ScreenParts.LookupForm(path, List.of(), textField(USER, "alongside-username",
                        "alongside.facilitator.username.label", "alongside.facilitator.username.help", null),
                        screens.text("alongside.facilitator.username.button")),
                screens.text("alongside.facilitator.results.heading"), resultsText, results);
        screens.page(response, HttpServletResponse.SC_OK, PrivacyScreens.FACILITATOR_TEMPLATE,
                new FacilitatorPage(screens.text("alongside.facilitator.title"),
                        screens.text("alongside.facilitator.intro"), null, null, null, picker, null), null);
    }

    private void renderPerson(HttpServletRequest request, HttpServletResponse response, ConfluenceUser facilitator,
                              Chosen chosen, DeclarationForm typed, List<Problem> problems, String notice,
                              String error, boolean confirmWithdraw, int status) throws IOException {
        PerspectiveViews views = new PerspectiveViews(screens::text, clock.getZone());
        Optional<Declaration> held = perspectives.read(facilitator.getKey().getStringValue(),
                chosen.person().subject());
        DeclarationForm values = typed != null ? typed : PerspectiveViews.startingValues(held);
        DeclarationFormView form = views.form(values, problems, Voice.ON_BEHALF);
        List<ScreenParts.Hidden> who = chosen.hidden();
        List<ScreenParts.Hidden> declare = new ArrayList<>(who);
        declare.add(new ScreenParts.Hidden(MyDataServlet.ACTION, "declare"));
        String formHtml = screens.formHtml(form, screens.post(request, response, PATH, declare));
        String here = request.getContextPath() + PATH + "?" + chosen.query();
        ScreenParts.Confirmation confirmation = null;
        if (confirmWithdraw && held.isPresent()) {
            List<ScreenParts.Hidden> withdraw = new ArrayList<>(who);
            withdraw.add(new ScreenParts.Hidden(MyDataServlet.ACTION, "withdraw"));
            withdraw.add(new ScreenParts.Hidden(MyDataServlet.CONFIRMED, "true"));
            confirmation = new ScreenParts.Confirmation(
                    screens.text("alongside.facilitator.confirm.withdraw.heading", chosen.person().name()),
                    screens.text("alongside.facilitator.confirm.withdraw.text"),
                    screens.post(request, response, PATH, withdraw),
                    screens.text("alongside.facilitator.confirm.withdraw.button"), here,
                    screens.text("alongside.privacy.confirm.cancel"));
        }
        FacilitatorPage.Person person = new FacilitatorPage.Person(chosen.person().name(),
                request.getContextPath() + PATH, screens.text("alongside.facilitator.back"),
                screens.text("alongside.facilitator.held.heading"),
                held.map(d -> views.held(d, Voice.ON_BEHALF)).orElse(null), views.nothingHeld(Voice.ON_BEHALF),
                screens.text(held.isPresent() ? "alongside.facilitator.form.heading.change"
                        : "alongside.facilitator.form.heading.new"),
                held.isPresent() ? new ScreenParts.Section("alongside-withdraw",
                        screens.text("alongside.facilitator.withdraw.heading"),
                        screens.text("alongside.facilitator.withdraw.text"), here + "&" + MyDataServlet.CONFIRM
                        + "=withdraw", screens.text("alongside.facilitator.withdraw.link")) : null);
        screens.page(response, status, PrivacyScreens.FACILITATOR_TEMPLATE,
                new FacilitatorPage(screens.text("alongside.facilitator.title"),
                        screens.text("alongside.facilitator.intro.person"), notice, error, confirmation, null, person),
                formHtml);
    }

    private DeclarationFormView.TextField textField(String name, String id, String labelKey, String helpKey,
                                                    String value) {
        return new DeclarationFormView.TextField(name, id, screens.text(labelKey), screens.text(helpKey), value, null,
                false);
    }

    private static String nameOf(Space space) {
        return space.getName() == null || space.getName().isBlank() ? space.getKey() : space.getName();
    }

    /** What was typed, as a problem may echo it: never at length. */
    static String echo(String typed) {
        return typed.length() > 64 ? typed.substring(0, 64) + "\u2026" : typed;
    }

    /** The person chosen, and the parameter naming them ({@code page} or {@code user}) with its value. */
    private record Chosen(PrivacyPeople.Person person, String parameter, String value) {
        String query() {
            return parameter + "=" + PrivacyScreens.encode(value);
        }

        List<ScreenParts.Hidden> hidden() {
            return List.of(new ScreenParts.Hidden(parameter, value));
        }
    }
}
