package app.alongside.confluence.charter.macro;

import app.alongside.charter.CommitmentEvaluator;
import app.alongside.charter.checkin.CheckIns;
import app.alongside.charter.checkin.Frequency;
import app.alongside.charter.checkin.InMemoryCheckInStore;
import app.alongside.charter.signing.InMemorySignatureStore;
import app.alongside.charter.signing.Signing;
import app.alongside.confluence.security.AppPermissions;
import app.alongside.confluence.security.CurrentUser;
import app.alongside.confluence.security.ViewableSpaces;
import app.alongside.confluence.testing.AppRendering;
import app.alongside.confluence.web.CurrentRequest;
import app.alongside.decision.Contribution;
import app.alongside.decision.Decision;
import app.alongside.decision.DecisionStatus;
import app.alongside.decision.Response;
import app.alongside.decision.Stage;
import app.alongside.decision.register.InMemoryDecisionIndex;
import app.alongside.decision.register.IndexedPage;
import app.alongside.participant.InMemoryParticipantIndex;
import app.alongside.participant.ParticipantSubjects;
import app.alongside.perspective.InMemoryPerspectiveStore;
import app.alongside.perspective.InvolvementTotals;
import app.alongside.settings.SettingsRepository;
import app.alongside.settings.SettingsService;
import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.confluence.xhtml.api.XhtmlContent;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.web.context.HttpContext;
import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;
import jakarta.servlet.http.HttpServletRequest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.Before;
import org.junit.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

public class CharterMacroTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final long PAGE_ID = 700;

    private final AppRendering rendering = new AppRendering();
    private final UserAccessor userAccessor = mock(UserAccessor.class);
    private final XhtmlContent xhtmlContent = mock(XhtmlContent.class);
    private final HttpContext httpContext = mock(HttpContext.class);
    private final CurrentUser currentUser = mock(CurrentUser.class);
    private final AppPermissions permissions = mock(AppPermissions.class);
    private final ConversionContext context = mock(ConversionContext.class);
    private final Page page = mock(Page.class);
    private final InMemoryDecisionIndex index = new InMemoryDecisionIndex(TODAY);
    private final app.alongside.meeting.InMemoryMeetingIndex meetings = new app.alongside.meeting.InMemoryMeetingIndex();
    private final SettingsService settings = new SettingsService(mock(SettingsRepository.class));
    private final InvolvementTotals totals = new InvolvementTotals(new InMemoryPerspectiveStore(),
            new ParticipantSubjects(new InMemoryParticipantIndex()), index, settings);
    private final InMemorySignatureStore signatures = new InMemorySignatureStore();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC);
    private final Signing signing = new Signing(signatures, clock);
    private final CheckIns checkIns = new CheckIns(new InMemoryCheckInStore());
    private final XsrfTokenAccessor xsrfTokens = mock(XsrfTokenAccessor.class);
    private final XsrfTokenValidator xsrfValidator = mock(XsrfTokenValidator.class);
    private final Set<Long> visiblePages = new LinkedHashSet<>();
    private final Set<String> hiddenSpaces = new LinkedHashSet<>();
    private long nextPage = 1;

    private CharterMacro macro;

    @Before
    public void setUp() throws Exception {
        when(context.getSpaceKey()).thenReturn("RC");
        when(context.getOutputType()).thenReturn("display");
        when(context.getEntity()).thenReturn(page);
        when(page.getId()).thenReturn(PAGE_ID);
        when(page.getVersion()).thenReturn(3);
        when(xhtmlContent.convertStorageToView(anyString(), any())).thenAnswer(call ->
                "<div class=\"rendered-by-confluence\">" + call.getArgument(0) + "</div>");
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getContextPath()).thenReturn("/confluence");
        when(httpContext.getRequest()).thenReturn(request);
        when(currentUser.get()).thenReturn(Optional.empty());
        when(xsrfValidator.getXsrfParameterName()).thenReturn("atl_token");
        when(xsrfTokens.getXsrfToken(any(), any(), org.mockito.ArgumentMatchers.anyBoolean())).thenReturn("tok-1");
        when(permissions.viewableSpaces(any(), any())).thenAnswer(call -> {
            Collection<String> keys = call.getArgument(1);
            Set<String> visible = new LinkedHashSet<>(keys);
            visible.removeAll(hiddenSpaces);
            return new ViewableSpaces(visible, List.copyOf(visible), List.copyOf(hiddenSpaces));
        });
        macro = new CharterMacro(rendering.templates, rendering.messages, xhtmlContent, userAccessor, currentUser,
                new CurrentRequest(httpContext), permissions, ids -> {
                    Set<Long> seen = new LinkedHashSet<>(ids);
                    seen.retainAll(visiblePages);
                    return seen;
                }, new CommitmentEvaluator(index, totals, meetings,
                        app.alongside.reciprocity.RecognitionTimeliness.NONE), signing, checkIns, settings, clock,
                xsrfTokens,
                xsrfValidator);
    }

    @Test
    public void showsTheGroupStatusRuleAndPrinciplesInWords() {
        Document html = render(Map.of("group", "Recovery College group", "framework", "nef",
                "decisionRule", "majority", "parity", "1/3", "status", "agreed"), "<p>We shape the courses.</p>");

        String text = html.text();
        assertTrue(text, text.contains("Recovery College group"));
        assertTrue(text, text.contains("Status: Agreed"));
        assertTrue(text, text.contains("Majority vote, with at least 1 in 3 of those voting having lived experience"));
        assertTrue(text, text.contains("Taking an assets-based approach"));
        assertTrue(text, text.contains("We shape the courses."));
        assertEquals("/confluence/pages/viewpreviouspageversions.action?pageId=700",
                html.selectFirst(".alongside-charter__history a").attr("href"));
    }

    @Test
    public void saysWhenTheReviewDateHasPassed() {
        Document html = render(Map.of("group", "G", "status", "agreed", "reviewOn", "2026-11-01"), "");

        assertTrue(html.text(), html.text().contains("Status: Due for review"));
        assertTrue(html.text(), html.text().contains("The review date, 1 November 2026, has passed"));
    }

    @Test
    public void theChairRotatesIsShownKeptWithTheMeetingsAsEvidenceAndNoName() {
        meetings.add(801, "RC", "September meeting", new app.alongside.meeting.Meeting(
                Optional.of(LocalDate.of(2026, 9, 10)), List.of(new app.alongside.people.PersonRef.Named("Ann Lee"))));
        meetings.add(802, "RC", "October meeting", new app.alongside.meeting.Meeting(
                Optional.of(LocalDate.of(2026, 10, 8)), List.of(new app.alongside.people.PersonRef.Named("Bo Ray"))));
        visiblePages.addAll(List.of(801L, 802L));

        Document html = render(Map.of("group", "G", "commitments", "chair-rotates"), "");

        assertEquals(List.of("Kept"), html.select(".alongside-charter__state").eachText());
        assertTrue(html.text(), html.text().contains("2 meetings each had a different chair from the meeting before."));
        assertEquals(List.of("September meeting", "October meeting"),
                html.select(".alongside-charter__evidence a").eachText());
        assertTrue(html.selectFirst(".alongside-charter__evidence a").attr("href").contains("801"));
        assertFalse(html.text().contains("Ann Lee") || html.text().contains("Bo Ray"));
    }

    @Test
    public void showsEachCommitmentStateInWords() {
        addDecision("RC", "Overdue answer", Optional.of(LocalDate.of(2026, 9, 1)),
                new Contribution("Step-free access", Optional.empty(), Optional.of(LocalDate.of(2026, 9, 1)),
                        Response.PENDING, "", Optional.empty()));

        Document broken = render(Map.of("group", "G", "commitments", "you-said-answered-within:30, chair-rotates"), "");
        List<String> states = broken.select(".alongside-charter__state").eachText();
        assertEquals(List.of("Broken", "Cannot be checked"), states);
        assertTrue(broken.text().contains("Fewer than two meetings since the charter was agreed say who chaired them"));

        Document atRisk = render(Map.of("group", "G", "commitments", "lived-experience-in-every-decision:2"), "");
        assertEquals(List.of("At risk"), atRisk.select(".alongside-charter__state").eachText());
    }

    @Test
    public void aCommitmentWithNothingToAnswerIsKept() {
        Document html = render(Map.of("group", "G", "commitments", "you-said-answered-within:30"), "");

        assertEquals(List.of("Kept"), html.select(".alongside-charter__state").eachText());
    }

    @Test
    public void evidenceLinksOnlyToDecisionsTheViewerMaySee() {
        long seen = addDecision("RC", "Seen decision", Optional.of(LocalDate.of(2026, 9, 1)),
                new Contribution("Step-free access", Optional.empty(), Optional.of(LocalDate.of(2026, 9, 1)),
                        Response.PENDING, "", Optional.empty()));
        long hidden = addDecision("RC", "Hidden decision", Optional.of(LocalDate.of(2026, 9, 2)),
                new Contribution("Quiet room", Optional.empty(), Optional.of(LocalDate.of(2026, 9, 2)),
                        Response.PENDING, "", Optional.empty()));
        visiblePages.remove(hidden);

        Document html = render(Map.of("group", "G", "commitments", "you-said-answered-within:30"), "");

        Element details = html.selectFirst("details.alongside-charter__evidence");
        assertEquals(List.of("/confluence/pages/viewpage.action?pageId=" + seen), details.select("a").eachAttr("href"));
        assertFalse(html.text().contains("Hidden decision"));
    }

    @Test
    public void aSpaceTheViewerCannotSeeIsSaidPlainly() {
        hiddenSpaces.add("RC");

        Document html = render(Map.of("group", "G", "commitments", "you-said-answered-within:30"), "");

        assertEquals(List.of("Cannot be checked"), html.select(".alongside-charter__state").eachText());
        assertTrue(html.text().contains("You cannot see the space RC"));
    }

    @Test
    public void listsSignersAlphabeticallyWithoutRolesAndFlagsEarlierVersions() {
        user("u-zoe", "Zoe Adams");
        user("u-amir", "Amir Khan");
        user("u-beth", "beth Lowe");
        signing.sign("u-zoe", PAGE_ID, 3);
        signing.sign("u-amir", PAGE_ID, 2);
        signing.sign("u-beth", PAGE_ID, 3);

        Document html = render(Map.of("group", "G"), "");

        assertEquals(List.of("Amir Khan (signed an earlier version)", "beth Lowe", "Zoe Adams"),
                html.select(".alongside-charter__signers li").eachText());
        assertTrue(html.text().contains("3 people have signed; 2 of them signed this version."));
    }

    @Test
    public void oneSignatureIsCountedInTheSingular() {
        user("u-amir", "Amir Khan");
        signing.sign("u-amir", PAGE_ID, 3);

        Document html = render(Map.of("group", "G"), "");

        assertEquals("One person has signed; one of them signed this version.",
                html.selectFirst(".alongside-charter__signed-count").text());
    }

    @Test
    public void asksTheViewerToReconfirmWhenTheCharterChangedSinceTheySigned() {
        ConfluenceUser amir = user("u-amir", "Amir Khan");
        when(currentUser.get()).thenReturn(Optional.of(amir));
        signing.sign("u-amir", PAGE_ID, 2);

        Document html = render(Map.of("group", "G"), "");

        assertTrue(html.text(), html.text().contains("The charter has changed since you signed it"));
    }

    @Test
    public void showsTheCheckInTrendOnlyWhereKPeopleAnswered() {
        int k = settings.effectiveFor("RC").suppressionThreshold();
        for (int i = 0; i < k; i++) {
            checkIns.submit("u-" + i, PAGE_ID, List.of("assets", "capabilities"), Frequency.QUARTERLY, TODAY,
                    Map.of("assets", "4"), Map.of("assets", i == 0 ? "Felt heard" : ""));
        }
        checkIns.submit("u-one", PAGE_ID, List.of("assets"), Frequency.QUARTERLY, LocalDate.of(2026, 8, 1),
                Map.of("assets", "1"), Map.of());

        Document html = render(Map.of("group", "G", "framework", "nef"), "");

        Element table = html.selectFirst("table.alongside-charter__trend");
        assertTrue(table.selectFirst("caption").text().startsWith("Average answer"));
        assertEquals(List.of("Principle", "July to September 2026", "October to December 2026"),
                table.select("thead th").eachText());
        Element assets = table.select("tbody tr").get(0);
        assertEquals("Taking an assets-based approach", assets.selectFirst("th").text());
        assertEquals(List.of("Not shown: fewer than " + k + " responses.", "4.0"), assets.select("td").eachText());
        assertTrue(html.text().contains("Felt heard"));
    }

    @Test
    public void aMemberWhoHasNotSignedGetsASignButtonPostingWithTheToken() {
        signIn("u-amir", "Amir Khan");

        Document html = render(Map.of("group", "G"), "");

        Element form = html.selectFirst("form.alongside-charter__signing");
        assertEquals("/confluence/plugins/servlet/alongside/charter", form.attr("action"));
        assertEquals("post", form.attr("method"));
        assertEquals("tok-1", form.selectFirst("input[name=atl_token]").val());
        assertEquals(String.valueOf(PAGE_ID), form.selectFirst("input[name=pageId]").val());
        assertEquals(List.of("Sign this charter"), form.select("button").eachText());
    }

    @Test
    public void aMemberWhoSignedAnEarlierVersionMayReconfirmOrWithdraw() {
        signIn("u-amir", "Amir Khan");
        signing.sign("u-amir", PAGE_ID, 1);

        Document html = render(Map.of("group", "G"), "");

        assertEquals(List.of("sign", "withdraw"), html.select("form.alongside-charter__signing button").eachAttr("value"));
        assertEquals(List.of("Re-confirm", "Withdraw my signature"),
                html.select("form.alongside-charter__signing button").eachText());
    }

    @Test
    public void anonymousViewersGetNoButtonsAndNoCheckInForm() {
        Document html = render(Map.of("group", "G", "framework", "nef"), "");

        assertTrue(html.select("form").isEmpty());
        assertTrue(html.text().contains("Log in to check in."));
    }

    @Test
    public void theCheckInFormHasAFieldsetPerPrincipleWithAFivePointScale() {
        signIn("u-amir", "Amir Khan");

        Document html = render(Map.of("group", "G", "framework", "scie", "checkIns", "monthly"), "");

        Element form = html.selectFirst("form.alongside-charter__checkin");
        assertEquals(4, form.select("fieldset").size());
        assertEquals(5, form.selectFirst("fieldset").select("input[type=radio]").size());
        assertEquals("1: not at all", form.selectFirst("fieldset label").text());
        assertTrue(form.text(), form.text().contains("Check in for November 2026"));
    }

    @Test
    public void aMemberWhoCheckedInThisPeriodIsThankedInsteadOfAskedAgain() {
        signIn("u-amir", "Amir Khan");
        checkIns.submit("u-amir", PAGE_ID, List.of("assets"), Frequency.QUARTERLY, TODAY, Map.of("assets", "3"),
                Map.of());

        Document html = render(Map.of("group", "G", "framework", "nef"), "");

        assertTrue(html.select("form.alongside-charter__checkin").isEmpty());
        assertTrue(html.text(), html.text().contains("You have checked in for October to December 2026."));
    }

    @Test
    public void aCharterWithoutAFrameworkSaysThereIsNoCheckIn() {
        signIn("u-amir", "Amir Khan");

        Document html = render(Map.of("group", "G", "framework", "none"), "");

        assertTrue(html.select("form.alongside-charter__checkin").isEmpty());
        assertTrue(html.text().contains("so there is no check-in form"));
    }

    @Test
    public void hostileTextIsInert() {
        String hostile = "<script>alert(1)</script><img src=x onerror=alert(2)>";
        user("u-x", hostile);
        signing.sign("u-x", PAGE_ID, 3);

        String html = macro.execute(Map.of("group", hostile, "framework", hostile, "commitments", hostile), "",
                context);

        assertFalse(html, html.contains("<script>"));
        assertFalse(html, html.contains("<img"));
        assertTrue(Jsoup.parse(html).text().contains(hostile));
    }

    private Document render(Map<String, String> parameters, String body) {
        String storage = body.isEmpty() ? "" : "<ac:rich-text-body>" + body + "</ac:rich-text-body>";
        return Jsoup.parse(macro.execute(new LinkedHashMap<>(parameters), storage.isEmpty() ? null : body, context));
    }

    private void signIn(String key, String fullName) {
        ConfluenceUser user = user(key, fullName);
        when(currentUser.get()).thenReturn(Optional.of(user));
    }

    private ConfluenceUser user(String key, String fullName) {
        ConfluenceUser user = mock(ConfluenceUser.class);
        when(user.getKey()).thenReturn(new UserKey(key));
        when(user.getName()).thenReturn(key);
        when(user.getFullName()).thenReturn(fullName);
        when(userAccessor.getUserByKey(new UserKey(key))).thenReturn(user);
        return user;
    }

    private long addDecision(String space, String title, Optional<LocalDate> decidedOn, Contribution... said) {
        long pageId = nextPage++;
        visiblePages.add(pageId);
        Decision decision = new Decision("d" + pageId, title, DecisionStatus.DECIDED, Optional.empty(), decidedOn,
                Optional.empty(), Optional.empty(), "", "", new EnumMap<Stage, List<app.alongside.people.PersonRef>>(
                Stage.class), List.of(said));
        index.add(new IndexedPage(pageId, space, "Meeting " + pageId, IndexedPage.ContentType.PAGE, List.of()),
                decision);
        return pageId;
    }
}
