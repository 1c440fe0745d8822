package app.alongside.confluence.perspective.web;

import app.alongside.confluence.decision.ConfluencePageVisibility;
import app.alongside.confluence.testing.AppRendering;
import app.alongside.confluence.testing.ConfluenceFixture;
import app.alongside.decision.Decision;
import app.alongside.decision.DecisionStatus;
import app.alongside.decision.Stage;
import app.alongside.decision.register.InMemoryDecisionIndex;
import app.alongside.decision.register.IndexedPage;
import app.alongside.participant.IndexedParticipant;
import app.alongside.participant.InMemoryParticipantIndex;
import app.alongside.participant.ParticipantDirectory;
import app.alongside.participant.ParticipantProfiles;
import app.alongside.participant.ParticipantSubjects;
import app.alongside.people.PersonRef;
import app.alongside.perspective.DeclarationForm;
import app.alongside.perspective.InMemoryAuditLog;
import app.alongside.perspective.InMemoryPerspectiveStore;
import app.alongside.perspective.InvolvementTotals;
import app.alongside.perspective.MutableClock;
import app.alongside.perspective.PerspectiveService;
import app.alongside.settings.InvolvementSettings;
import app.alongside.settings.SettingsRepository;
import app.alongside.settings.SpaceOverride;
import app.alongside.settings.SettingsService;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceStatus;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The private-data screens and resources over the real core: the perspective service, totals, directory and people
 * over core's in-memory store, audit log and indexes; Confluence's users, pages and permissions mocked; the app's
 * real templates and words. Today is 20 November 2026 in London.
 */
public final class PrivacyFixture {

    public static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    public static final String CONTEXT = "/confluence";

    public final ConfluenceFixture confluence;
    public final MutableClock clock = new MutableClock(NOW, ZoneId.of("Europe/London"));
    public final InMemoryPerspectiveStore store = new InMemoryPerspectiveStore();
    public final InMemoryAuditLog audit = new InMemoryAuditLog();
    public final PerspectiveService perspectives = new PerspectiveService(store, audit, clock, new Random(5));
    public final InMemoryParticipantIndex participants = new InMemoryParticipantIndex();
    public final InMemoryDecisionIndex decisions = new InMemoryDecisionIndex(LocalDate.of(2026, 11, 20));
    /** Nothing saved: the defaults (k = 3) everywhere. */
    public final SettingsService settings = new SettingsService(new SettingsRepository() {
        @Override
        public Optional<InvolvementSettings> findGlobal() {
            return Optional.empty();
        }

        @Override
        public void saveGlobal(InvolvementSettings value) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<SpaceOverride> findSpace(String spaceKey) {
            return Optional.empty();
        }

        @Override
        public void saveSpace(SpaceOverride override) {
            throw new UnsupportedOperationException();
        }
    });
    public final InvolvementTotals totals = new InvolvementTotals(store, new ParticipantSubjects(participants),
            decisions, settings);
    public final ParticipantDirectory directory = new ParticipantDirectory(participants);
    public final app.alongside.charter.checkin.InMemoryCheckInStore checkInStore =
            new app.alongside.charter.checkin.InMemoryCheckInStore();
    /** Acknowledged signals (core's in-memory store): erasure removes the person's name from them. */
    public final app.alongside.signal.InMemoryAcknowledgementStore acknowledgementStore =
            new app.alongside.signal.InMemoryAcknowledgementStore();
    public final app.alongside.signal.Acknowledgements acknowledgements = new app.alongside.signal.Acknowledgements(
            acknowledgementStore, java.time.Clock.systemUTC());
    public final app.alongside.charter.checkin.CheckIns checkIns =
            new app.alongside.charter.checkin.CheckIns(checkInStore);
    public final app.alongside.reciprocity.InMemoryLedgerStore ledgerStore =
            new app.alongside.reciprocity.InMemoryLedgerStore();
    public final app.alongside.reciprocity.Ledger ledger =
            new app.alongside.reciprocity.Ledger(ledgerStore, audit, settings, clock, new Random(6));
    public final UserAccessor users = mock(UserAccessor.class);
    public final PageManager pageManager = mock(PageManager.class);
    public final AppRendering rendering = new AppRendering();
    public final XsrfTokenAccessor tokens = mock(XsrfTokenAccessor.class);
    public final XsrfTokenValidator validator = mock(XsrfTokenValidator.class);
    public final ConfluencePageVisibility visibility;
    public final PrivacyPeople people;
    public final PrivacyScreens screens;
    public final AnswerUse answerUse;
    public final MyDataServlet myData;
    public final FacilitatorServlet facilitatorScreen;
    public final PrivacyAdminServlet adminScreen;
    private final Set<String> spaceKeys = new LinkedHashSet<>();
    private final Map<Long, Page> pages = new LinkedHashMap<>();

    public PrivacyFixture(ConfluenceFixture confluence) {
        this.confluence = confluence;
        visibility = new ConfluencePageVisibility(pageManager, confluence.permissionManager, confluence.currentUser);
        people = new PrivacyPeople(users, participants, visibility, rendering.messages, perspectives, checkIns, ledger,
                acknowledgements);
        screens = new PrivacyScreens(rendering.templates, rendering.messages, tokens, validator);
        answerUse = new AnswerUse(decisions, participants, totals, confluence.permissions, visibility, clock);
        myData = new MyDataServlet(perspectives, people, screens, answerUse, confluence.permissions,
                confluence.currentUser, clock);
        facilitatorScreen = new FacilitatorServlet(perspectives, directory, people, screens, confluence.permissions,
                confluence.currentUser, confluence.spaceManager, visibility, clock);
        adminScreen = new PrivacyAdminServlet(perspectives, ledger, people, screens, confluence.permissions,
                confluence.currentUser, clock);
        when(tokens.getXsrfToken(any(), any(), anyBoolean())).thenReturn("token-123");
        when(validator.getXsrfParameterName()).thenReturn("atl_token");
        when(confluence.spaceManager.getAllSpaceKeys(SpaceStatus.CURRENT)).thenAnswer(i -> new ArrayList<>(spaceKeys));
    }

    /** A user Confluence knows by key ({@code key-NAME}) and username, with a full name. */
    public ConfluenceUser person(String name, String fullName) {
        return known(confluence.user(name), fullName);
    }

    public ConfluenceUser facilitator(String name, String fullName) {
        return known(confluence.facilitator(name), fullName);
    }

    public ConfluenceUser admin(String name, String fullName) {
        return known(confluence.confluenceAdmin(name), fullName);
    }

    private ConfluenceUser known(ConfluenceUser user, String fullName) {
        when(user.getFullName()).thenReturn(fullName);
        when(users.getUserByKey(user.getKey())).thenReturn(user);
        when(users.getUserByName(user.getName())).thenReturn(user);
        return user;
    }

    public Space space(String key, String name) {
        spaceKeys.add(key);
        return confluence.space(key, name);
    }

    /** A participant page everyone may view, without an account, or linked to {@code userKey}. */
    public IndexedParticipant participantPage(long pageId, String spaceKey, String name, String userKey) {
        page(pageId);
        return participants.add(pageId, spaceKey, name, userKey == null ? ParticipantProfiles.named(name)
                : ParticipantProfiles.withAccount(name, userKey));
    }

    /** A page everyone may view. */
    public Page page(long pageId) {
        Page page = mock(Page.class);
        when(page.getId()).thenReturn(pageId);
        when(pageManager.getAbstractPage(pageId)).thenReturn(page);
        when(confluence.permissionManager.hasPermission(any(), eq(Permission.VIEW), eq(page))).thenReturn(true);
        pages.put(pageId, page);
        return page;
    }

    public void hidePageFrom(ConfluenceUser user, long pageId) {
        when(confluence.permissionManager.hasPermission(user, Permission.VIEW, pages.get(pageId))).thenReturn(false);
    }

    /** A decision decided on {@code decidedOn} on its own page in the space, with these people deciding. */
    public void decision(long pageId, String spaceKey, String title, String decidedOn, PersonRef... deciding) {
        page(pageId);
        Map<Stage, List<PersonRef>> stages = new EnumMap<>(Stage.class);
        stages.put(Stage.DECIDING, List.of(deciding));
        decisions.add(new IndexedPage(pageId, spaceKey, title, IndexedPage.ContentType.PAGE, List.of()),
                new Decision("d" + pageId, title, DecisionStatus.DECIDED, Optional.empty(),
                        Optional.of(LocalDate.parse(decidedOn)), Optional.empty(), Optional.empty(), "", "", stages,
                        List.of()));
    }

    /** Records a declaration as its person would (consent given). */
    public void declares(ConfluenceUser user, String... codes) {
        perspectives.declareOwn(user.getKey().getStringValue(), DeclarationForm.own(List.of(codes), true, "", false))
                .get();
    }

    /**
     * Ledger entries for the user, given and settled in November 2026: a payment paid, a training place given, and a
     * voucher still owed.
     */
    public void paysLongAgo(ConfluenceUser user) {
        app.alongside.reciprocity.LedgerActor sam = app.alongside.reciprocity.LedgerActor.facilitator("key-sam");
        List<app.alongside.perspective.SubjectKey> who = List.of(app.alongside.perspective.SubjectKey.user(user.getKey().getStringValue()));
        app.alongside.reciprocity.TimeForm time = new app.alongside.reciprocity.TimeForm("2026-11-01", "Panel",
                "1 hour", "");
        ledger.record(sam, "RC", who, time,
                new app.alongside.reciprocity.RecognitionForm("payment", "£20", "paid", "2026-11-10", false)).get();
        ledger.record(sam, "RC", who, time,
                new app.alongside.reciprocity.RecognitionForm("training", "", "paid", "2026-11-10", false)).get();
        ledger.record(sam, "RC", who, time,
                new app.alongside.reciprocity.RecognitionForm("voucher", "£10", "owed", "", false)).get();
    }

    public static PersonRef.User ref(ConfluenceUser user) {
        return new PersonRef.User(user.getKey().getStringValue());
    }

    /** A request to a servlet: parameters (a name may repeat), the context path, and a valid session token or not. */
    public Call call(String... nameValuePairs) {
        return new Call(nameValuePairs);
    }

    public final class Call {
        public final HttpServletRequest request = mock(HttpServletRequest.class);
        public final HttpServletResponse response = mock(HttpServletResponse.class);
        private final StringWriter written = new StringWriter();
        private final Map<String, List<String>> parameters = new LinkedHashMap<>();

        Call(String... nameValuePairs) {
            for (int i = 0; i < nameValuePairs.length; i += 2) {
                parameters.computeIfAbsent(nameValuePairs[i], k -> new ArrayList<>()).add(nameValuePairs[i + 1]);
            }
            when(request.getContextPath()).thenReturn(CONTEXT);
            when(request.getParameter(anyString())).thenAnswer(i -> {
                List<String> values = parameters.get(i.<String>getArgument(0));
                return values == null ? null : values.get(0);
            });
            when(request.getParameterValues(anyString())).thenAnswer(i -> {
                List<String> values = parameters.get(i.<String>getArgument(0));
                return values == null ? null : values.toArray(new String[0]);
            });
            when(validator.validateFormEncodedToken(request)).thenReturn(true);
            try {
                when(response.getWriter()).thenReturn(new PrintWriter(written));
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        }

        public Call withoutValidToken() {
            when(validator.validateFormEncodedToken(request)).thenReturn(false);
            return this;
        }

        public String html() {
            return written.toString();
        }

        public org.jsoup.nodes.Document page() {
            return org.jsoup.Jsoup.parse(written.toString());
        }
    }

    public static UserKey key(ConfluenceUser user) {
        return user.getKey();
    }
}
