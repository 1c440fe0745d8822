package app.alongside.confluence.decision.macro;

import app.alongside.decision.register.InMemoryDecisionIndex;
import app.alongside.confluence.fidelity.TemplatesUnderConfluenceRulesTest;
import app.alongside.confluence.testing.ConfluenceFixture;
import app.alongside.confluence.testing.HtmlInertness;
import app.alongside.decision.Contribution;
import app.alongside.decision.Decision;
import app.alongside.decision.DecisionStatus;
import app.alongside.decision.Response;
import app.alongside.decision.Stage;
import app.alongside.decision.register.DecisionRegister;
import app.alongside.decision.register.IndexedPage;
import app.alongside.decision.register.PageVisibility;
import app.alongside.people.PersonRef;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.user.ConfluenceUser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static app.alongside.confluence.decision.macro.DecisionMacroTest.params;
import static app.alongside.confluence.decision.macro.MacroFixture.text;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.when;

/**
 * The register macro with real core (the register over an in-memory index), real templates under Confluence's
 * rules, Confluence's permissions mocked, and the page's address as the reader's browser sends it.
 */
public class RegisterMacroTest {

    @Rule
    public final ConfluenceFixture confluence = new ConfluenceFixture();

    private final MacroFixture fixture = new MacroFixture();
    private final InMemoryDecisionIndex index = new InMemoryDecisionIndex(LocalDate.now());
    private final Set<Long> hiddenPages = new HashSet<>();
    private final PageVisibility visibility = ids -> ids.stream().filter(id -> !hiddenPages.contains(id))
            .collect(java.util.stream.Collectors.toSet());
    private final app.alongside.ladder.InMemoryPlacementIndex placements = new app.alongside.ladder.InMemoryPlacementIndex();
    private RegisterMacro macro;
    private ConfluenceUser reader;

    @Before
    public void setUp() {
        confluence.space("RC", "Recovery College");
        confluence.space("PEER", "Peer Support");
        reader = confluence.user("reader");
        confluence.logIn(reader);
        macro = new RegisterMacro(fixture.rendering.templates, fixture.rendering.messages, new DecisionRegister(index),
                visibility, confluence.permissions, confluence.currentUser, fixture.currentRequest, placements,
                fixture.signals.live);
        fixture.request("/confluence", "/confluence/pages/viewpage.action", Map.of("pageId", "500"));
    }

    @Test
    public void showsCountsAndAnAccessibleTableOfDecisions() {
        page(10, "RC", "Meeting 3 March", decision("Move to the library", DecisionStatus.DECIDED, "2026-03-03", "2099-01-01"),
                decision("Hot drinks", DecisionStatus.PROPOSED, null, null));
        page(11, "RC", "Meeting 4 April", decision("Later start", DecisionStatus.DECIDED, "2026-04-04", null));

        Document page = Jsoup.parse(macro.execute(params(), null, fixture.context));

        assertEquals("3 decisions", page.selectFirst(".alongside-register__total").text());
        assertEquals(List.of("Proposed 1", "Decided 2"), page.select(".alongside-register__counts li").eachText());
        Element table = page.selectFirst("table");
        assertEquals("Decisions in Recovery College", table.selectFirst("caption").text());
        assertEquals("seven columns and the ladder", 8, table.select("thead th[scope=col]").size());
        assertEquals("descending", table.selectFirst("th.alongside-register__column--decided").attr("aria-sort"));
        assertEquals(1, table.select("th[aria-sort]").size());
        assertEquals(List.of("Later start", "Move to the library", "Hot drinks"), table.select("tbody th[scope=row]").eachText());
    }

    @Test
    public void eachRowLinksToItsCardAndToTheMeetingWhereItWasMade() {
        page(10, "RC", "Meeting 3 March", decision("Move to the library", DecisionStatus.DECIDED, "2026-03-03",
                LocalDate.now().minusDays(2).toString()));

        Element row = Jsoup.parse(macro.execute(params(), null, fixture.context)).selectFirst("tbody tr");

        assertEquals("/confluence/pages/viewpage.action?pageId=10#alongside-decision-move-to-the-library",
                row.selectFirst("th a").attr("href"));
        Element madeIn = row.select("td").get(0).selectFirst("a");
        assertEquals("Meeting 3 March", madeIn.text());
        assertEquals("/confluence/pages/viewpage.action?pageId=10", madeIn.attr("href"));
        assertEquals("Decided", row.select("td").get(1).text());
        assertEquals("3 March 2026", row.select("td").get(2).text());
        assertTrue(row.select("td").get(3).text().endsWith("Due"));
        assertEquals("2 people Agenda 2 Options 0 Deciding 1 Delivering 0 Reviewing 0", row.select("td").get(4).text());
        assertEquals("Open", row.select("td").get(5).text());
    }

    @Test
    public void decisionsOnPagesTheReaderCannotViewAreNeitherListedNorCounted() {
        page(10, "RC", "Open meeting", decision("Visible", DecisionStatus.DECIDED, "2026-03-03", null));
        page(11, "RC", "Restricted meeting", decision("Secret", DecisionStatus.DECIDED, "2026-03-04", null));
        hiddenPages.add(11L);

        String html = macro.execute(params(), null, fixture.context);

        assertFalse(html.contains("Secret"));
        assertFalse(html.contains("Restricted meeting"));
        assertEquals("1 decision", Jsoup.parse(html).selectFirst(".alongside-register__total").text());
    }

    @Test
    public void emptySpaceInvitesPeopleToRecordTheirFirstDecision() {
        String html = macro.execute(params(), null, fixture.context);

        assertEquals("Decisions in Recovery College No decisions yet in this space — insert a Decision macro in your meeting notes.",
                Jsoup.parse(html).selectFirst(".alongside-register__empty--empty").text());
        assertNull(Jsoup.parse(html).selectFirst("table"));
    }

    @Test
    public void filtersThatMatchNothingSaySoAndOfferToShowEverything() {
        page(10, "RC", "M", decision("A", DecisionStatus.PROPOSED, null, null));
        fixture.request("/confluence", "/confluence/pages/viewpage.action",
                ordered("pageId", "500", "alongside-register-status", "reversed"));

        Element empty = Jsoup.parse(macro.execute(params(), null, fixture.context))
                .selectFirst(".alongside-register__empty--filtered");

        assertTrue(empty.text().contains("No decisions match these filters."));
        assertEquals("/confluence/pages/viewpage.action?pageId=500#alongside-register", empty.selectFirst("a").attr("href"));
    }

    @Test
    public void aRegisterWhosePageSettingsMatchNothingYetSaysSoWithoutBlamingTheReader() {
        page(10, "RC", "M", decision("Not due", DecisionStatus.DECIDED, "2026-01-01", "2099-01-01"));

        Element empty = Jsoup.parse(macro.execute(params("reviewDue", "true"), null, fixture.context))
                .selectFirst(".alongside-register__empty--none-listed");

        assertEquals("Decisions in Recovery College Nothing to list yet: no decision matches what this register shows.",
                empty.text());
    }

    @Test
    public void readersPageThroughWithNextAndFirstLinksThatKeepThePageAndTheirFilters() {
        for (int i = 1; i <= 30; i++) {
            page(100 + i, "RC", "Meeting " + i, decision("Decision " + i, DecisionStatus.DECIDED,
                    LocalDate.of(2026, 1, 1).plusDays(i).toString(), null));
        }
        fixture.request("/confluence", "/confluence/pages/viewpage.action",
                ordered("pageId", "500", "alongside-register-search", "decision"));

        Document first = Jsoup.parse(macro.execute(params("pageSize", "25"), null, fixture.context));

        assertEquals(25, first.select("tbody tr").size());
        assertEquals("Showing 25 of 30", first.selectFirst(".alongside-register__shown").text());
        String next = first.selectFirst("a[rel=next]").attr("href");
        assertTrue(next, next.startsWith("/confluence/pages/viewpage.action?pageId=500&alongside-register-search=decision"
                + "&alongside-register-after="));
        assertTrue(next.endsWith("#alongside-register"));

        String cursor = next.substring(next.indexOf("alongside-register-after=") + "alongside-register-after=".length(), next.indexOf('#'));
        fixture.request("/confluence", "/confluence/pages/viewpage.action", ordered("pageId", "500",
                "alongside-register-search", "decision", "alongside-register-after", cursor));
        Document second = Jsoup.parse(macro.execute(params("pageSize", "25"), null, fixture.context));

        assertEquals(List.of("Decision 5", "Decision 4", "Decision 3", "Decision 2", "Decision 1"),
                second.select("tbody th").eachText());
        assertNull(second.selectFirst("a[rel=next]"));
        assertEquals("First page", second.selectFirst(".alongside-register__paging a").text());
        assertEquals("/confluence/pages/viewpage.action?pageId=500&alongside-register-search=decision#alongside-register",
                second.selectFirst(".alongside-register__paging a").attr("href"));
    }

    @Test
    public void columnHeadingsReorderTheRegister() {
        page(10, "RC", "M", decision("Beta", DecisionStatus.DECIDED, "2026-01-01", null),
                decision("Alpha", DecisionStatus.DECIDED, "2026-02-01", null));
        Document byDate = Jsoup.parse(macro.execute(params(), null, fixture.context));
        String byTitleLink = byDate.selectFirst("th.alongside-register__column--title a").attr("href");
        assertEquals("/confluence/pages/viewpage.action?pageId=500&alongside-register-sort=title#alongside-register", byTitleLink);

        fixture.request("/confluence", "/confluence/pages/viewpage.action",
                ordered("pageId", "500", "alongside-register-sort", "title"));
        Document byTitle = Jsoup.parse(macro.execute(params(), null, fixture.context));

        assertEquals(List.of("Alpha", "Beta"), byTitle.select("tbody th").eachText());
        assertEquals("ascending", byTitle.selectFirst("th.alongside-register__column--title").attr("aria-sort"));
    }

    @Test
    public void aDateTheReaderTypedThatCannotBeReadStaysInTheFormAndIsNamed() {
        page(10, "RC", "M", decision("A", DecisionStatus.DECIDED, "2026-01-01", null));
        fixture.request("/confluence", "/confluence/pages/viewpage.action",
                ordered("pageId", "500", "alongside-register-from", "the 32nd of Smarch"));

        Document html = Jsoup.parse(macro.execute(params(), null, fixture.context));

        assertEquals("the 32nd of Smarch", html.selectFirst("input[name=alongside-register-from]").val());
        assertEquals(List.of("A"), html.select("tbody th").eachText());
        assertTrue(html.text().contains("the 32nd of Smarch"));
    }

    @Test
    public void theReadersChoicesInTheAddressOverrideThePagesSettings() {
        page(10, "RC", "M", decision("Proposed one", DecisionStatus.PROPOSED, null, null),
                decision("Decided one", DecisionStatus.DECIDED, "2026-01-01", null));
        fixture.request("/confluence", "/confluence/pages/viewpage.action",
                ordered("pageId", "500", "alongside-register-status", "proposed"));

        String html = macro.execute(params("status", "decided"), null, fixture.context);

        assertEquals(List.of("Proposed one"), Jsoup.parse(html).select("tbody th").eachText());
    }

    @Test
    public void filterFormSendsThePagesOwnParametersAndShowsTheCurrentChoices() {
        page(10, "RC", "M", decision("A", DecisionStatus.DECIDED, "2026-01-01", null));
        fixture.request("/confluence", "/confluence/pages/viewpage.action", ordered("pageId", "500",
                "alongside-register-loop", "open", "alongside-register-reviewDue", "true"));

        Element form = Jsoup.parse(macro.execute(params("status", "decided", "labels", "budget"), null, fixture.context))
                .selectFirst("form");

        assertEquals("get", form.attr("method"));
        assertEquals("/confluence/pages/viewpage.action#alongside-register", form.attr("action"));
        assertEquals("500", form.selectFirst("input[type=hidden][name=pageId]").val());
        assertEquals("decided", form.selectFirst("select[name=alongside-register-status] option[selected]").val());
        assertEquals("open", form.selectFirst("select[name=alongside-register-loop] option[selected]").val());
        assertEquals("budget", form.selectFirst("input[name=alongside-register-labels]").val());
        assertTrue(form.selectFirst("input[type=checkbox][name=alongside-register-reviewDue]").hasAttr("checked"));
        for (Element input : form.select("input:not([type=hidden]), select")) {
            assertNotNull("every field has a label: " + input.id(), form.selectFirst("label[for=" + input.id() + "]"));
        }
    }

    @Test
    public void aSignalOnThePageOrInTheAddressFiltersByStoredPlacements() {
        page(10, "RC", "M", decision("Few seats", DecisionStatus.DECIDED, "2026-01-01", null),
                decision("Fine", DecisionStatus.DECIDED, "2026-01-02", null));
        List<Long> ids = index.idsOnPage(10);
        index.placements.put(ids.get(0), new app.alongside.ladder.StoredPlacement(ids.get(0),
                app.alongside.ladder.LadderRung.ENGAGEMENT, java.util.Optional.empty(),
                java.util.Set.of(app.alongside.signal.SignalKind.FEW_SEATS), java.util.Optional.empty()));

        String fromPage = macro.execute(params("signal", "few-seats"), null, fixture.context);
        fixture.request("/confluence", "/confluence/pages/viewpage.action",
                ordered("pageId", "500", "alongside-register-signal", "any"));
        String anyFromAddress = macro.execute(params("signal", "few-seats"), null, fixture.context);

        assertEquals(List.of("Few seats"), Jsoup.parse(fromPage).select("tbody th").eachText());
        assertEquals(List.of("Fine", "Few seats"), Jsoup.parse(anyFromAddress).select("tbody th").eachText());
    }

    @Test
    public void theFilterFormOffersEveryDecisionSignalAndShowsTheChosenOne() {
        page(10, "RC", "M", decision("Fine", DecisionStatus.DECIDED, "2026-01-02", null));
        fixture.request("/confluence", "/confluence/pages/viewpage.action",
                ordered("pageId", "500", "alongside-register-signal", "joined-late"));

        org.jsoup.nodes.Element select = Jsoup.parse(macro.execute(params(), null, fixture.context))
                .selectFirst("select[name=alongside-register-signal]");

        assertEquals(List.of("any", "decided-without-lived-experience", "joined-late", "few-seats",
                "you-said-unanswered", "claimed-above-evidence"), select.select("option").eachAttr("value"));
        assertEquals("joined-late", select.selectFirst("option[selected]").val());
        assertEquals("the options are in an aggregate block, like the signal badges", true,
                select.parent().hasClass("alongside-aggregate"));
    }

    @Test
    public void aSpaceSignalCannotFilterARegister() {
        String html = macro.execute(params("signal", "same-people"), null, fixture.context);

        assertEquals(List.of("Signal: \u201csame-people\u201d is not a signal a register can filter by. Use a signal"
                        + "\u2019s code, such as few-seats, or any."),
                Jsoup.parse(html).select(".alongside-decision__problems li").eachText());
    }

    @Test
    public void anUntickedBoxOverridesATickOnThePage() {
        page(10, "RC", "M", decision("Not due", DecisionStatus.DECIDED, "2026-01-01", "2099-01-01"));
        fixture.request("/confluence", "/confluence/pages/viewpage.action",
                ordered("pageId", "500", "alongside-register-reviewDue", "false"));

        String html = macro.execute(params("reviewDue", "true"), null, fixture.context);

        assertEquals(List.of("Not due"), Jsoup.parse(html).select("tbody th").eachText());
    }

    @Test
    public void aBadValueInTheAddressIsIgnoredWithANotice() {
        page(10, "RC", "M", decision("A", DecisionStatus.DECIDED, "2026-01-01", null));
        fixture.request("/confluence", "/confluence/pages/viewpage.action", ordered("pageId", "500",
                "alongside-register-status", "maybe", "alongside-register-after", "not-a-cursor"));

        Document page = Jsoup.parse(macro.execute(params(), null, fixture.context));

        assertEquals(List.of(
                "Status: “maybe” is not a status. Use proposed, under-discussion, decided, in-delivery, reviewed, reversed or superseded.",
                "Page: The link to the next page was out of date, so the first page is shown."),
                page.select(".alongside-register__notices li").eachText());
        assertEquals(List.of("A"), page.select("tbody th").eachText());
    }

    @Test
    public void badParametersOnThePageAreNamedAndTheRegisterWaitsForAFix() {
        String html = macro.execute(params("pageSize", "500", "spaces", "RC, not a key!", "from", "someday",
                "sort", "random", "loop", "half"), null, fixture.context);
        Document page = Jsoup.parse(html);

        assertEquals(List.of(
                "Spaces: “key!” is not a space key. Space keys are letters and numbers, such as RC.",
                "Decided from: “someday” is not a date Alongside can read. Write it like 14 October 2026 or 14/10/2026.",
                "You said, we did: “half” is not a loop state. Use open or closed.",
                "Order: “random” is not an order. Use decided-newest, decided-oldest, review-soonest, title or status.",
                "Decisions per page: “500” is not a page size. Enter a whole number from 1 to 100."),
                page.select(".alongside-decision__problems li").eachText());
        assertNull(page.selectFirst("table"));
        assertNull(page.selectFirst("form"));
    }

    @Test
    public void aRegisterOutsideASpaceMustNameItsSpaces() {
        when(fixture.context.getSpaceKey()).thenReturn(null);

        String html = macro.execute(params(), null, fixture.context);

        assertTrue(text(html).contains("Spaces: Name the spaces this register covers"));
    }

    @Test
    public void spacesTheReaderCannotSeeAreLeftOutWithANoticeOrExplainedWhenNoneAreLeft() {
        page(10, "RC", "M", decision("In RC", DecisionStatus.DECIDED, "2026-01-01", null));
        page(20, "PEER", "P", decision("In PEER", DecisionStatus.DECIDED, "2026-01-02", null));
        confluence.hideSpaceFrom(reader, confluence.spaceManager.getSpace("PEER"));

        Document page = Jsoup.parse(macro.execute(params("spaces", "RC,PEER,GONE"), null, fixture.context));

        assertEquals(List.of("In RC"), page.select("tbody th").eachText());
        assertEquals("Not shown: PEER, GONE. These spaces do not exist, or you cannot see them.",
                page.selectFirst(".alongside-register__notices li").text());
        String none = macro.execute(params("spaces", "PEER"), null, fixture.context);
        assertTrue(text(none).contains("None of the spaces this register covers can be shown: PEER."));
    }

    @Test
    public void severalSpacesAreCoveredAndNamedInTheCaption() {
        page(10, "RC", "M", decision("In RC", DecisionStatus.DECIDED, "2026-01-01", null));
        page(20, "PEER", "P", decision("In PEER", DecisionStatus.DECIDED, "2026-01-02", null));

        Document page = Jsoup.parse(macro.execute(params("spaces", "RC PEER"), null, fixture.context));

        assertEquals("Decisions in 2 spaces: Recovery College, Peer Support", page.selectFirst("caption").text());
        assertEquals(2, page.select("tbody tr").size());
    }

    @Test
    public void whenTheIndexCannotBeReadTheReaderGetsAFriendlyMessageWithAReference() {
        index.failure = new IllegalStateException("database is down");

        String html = macro.execute(params(), null, fixture.context);

        assertTrue(html, text(html).matches(".*The decision register cannot be shown just now\\. Nothing has been lost.*"
                + "\\(reference [0-9a-f]{8}\\)\\."));
        assertFalse(html.contains("database is down"));
    }

    @Test
    public void inExportsTheRegisterIsPlainTextWithoutFormsOrPaging() {
        for (int i = 1; i <= 3; i++) {
            page(100 + i, "RC", "M" + i, decision("D" + i, DecisionStatus.DECIDED, "2026-01-0" + i, null));
        }
        when(fixture.context.getOutputType()).thenReturn("pdf");

        Document page = Jsoup.parse(macro.execute(params("pageSize", "2"), null, fixture.context));

        assertNull(page.selectFirst("form"));
        assertNull(page.selectFirst("thead a"));
        assertNull(page.selectFirst("a[rel=next]"));
        assertEquals(2, page.select("tbody tr").size());
        assertEquals("/confluence/pages/viewpage.action?pageId=103#alongside-decision-d3",
                page.selectFirst("tbody th a").attr("href"));
    }

    @Test
    public void hostileAddressAndParametersAreShownAsTextAndNothingRuns() {
        for (String payload : TemplatesUnderConfluenceRulesTest.HOSTILE) {
            page(10, "RC", payload, decision(payload, DecisionStatus.DECIDED, "2026-01-01", null));
            Map<String, String> address = new LinkedHashMap<>();
            address.put(payload, payload);
            for (String name : RegisterSettings.READER_PARAMETERS) {
                address.put(RegisterSettings.PREFIX + name, payload);
            }
            fixture.request("/confluence", "/confluence/display/RC/Notes", address);

            String fromAddress = macro.execute(params(), null, fixture.context);
            String fromPage = macro.execute(params("labels", payload, "status", payload, "from", payload,
                    "to", payload, "reviewDue", payload, "loop", payload, "pageSize", payload, "sort", payload,
                    "spaces", payload), null, fixture.context);

            assertEquals(payload, List.of(), HtmlInertness.activeContent(fromAddress));
            assertEquals(payload, List.of(), HtmlInertness.activeContent(fromPage));
            assertFalse(payload, fromAddress.contains("Something went wrong") || fromPage.contains("Something went wrong"));
        }
    }

    @Test
    public void nothingLabelsAPersonByRole() {
        page(10, "RC", "M", decision("A", DecisionStatus.DECIDED, "2026-01-01", "2026-02-01"));

        assertEquals(List.of(), MacroFixture.perspectiveWordsIn(macro.execute(params(), null, fixture.context)));
    }

    @Test
    public void bringsItsStylesWithItAndHasNoBody() {
        macro.execute(params(), null, fixture.context);

        assertTrue(fixture.rendering.pageBuilder.required.contains(RegisterMacro.WEB_RESOURCE));
        assertEquals(Macro.BodyType.NONE, macro.getBodyType());
        assertEquals(Macro.OutputType.BLOCK, macro.getOutputType());
    }

    @Test
    public void rowsShowTheirStoredRungBandAndSignalsFromOneIndexReadPerPage() {
        page(10, "RC", "Meeting 3 March", decision("Move to the library", DecisionStatus.DECIDED, "2026-03-03", null),
                decision("Hot drinks", DecisionStatus.DECIDED, "2026-03-02", null),
                decision("Later start", DecisionStatus.DECIDED, "2026-03-01", null));
        placements.put(new app.alongside.ladder.StoredPlacement(1, app.alongside.ladder.LadderRung.CO_DESIGN,
                Optional.empty(), java.util.Set.of(app.alongside.signal.SignalKind.CLAIMED_ABOVE_EVIDENCE),
                Optional.empty()));
        placements.put(new app.alongside.ladder.StoredPlacement(2, app.alongside.ladder.LadderRung.ENGAGEMENT,
                Optional.of(app.alongside.ladder.LadderRung.CO_PRODUCTION), java.util.Set.of(), Optional.empty()));

        Element table = Jsoup.parse(macro.execute(params(), null, fixture.context)).selectFirst("table");

        assertEquals("one question for the whole page of rows, never one per row", 1, placements.calls());
        assertEquals("Ladder", table.selectFirst("th.alongside-register__column--ladder").text());
        List<String> cells = table.select("td.alongside-register__ladder").eachText();
        assertEquals(List.of("6 · Co-design Doing with ⚠ Claimed above the evidence",
                "5 · Engagement Doing for could be as high as 7 · Co-production", "Not placed yet"), cells);
        assertEquals("1 signal", table.selectFirst(".alongside-register__signals").attr("aria-label"));
    }

    @Test
    public void aRegisterStillShowsWhenThePlacementsCannotBeRead() {
        page(10, "RC", "Meeting 3 March", decision("Move to the library", DecisionStatus.DECIDED, "2026-03-03", null));
        macro = new RegisterMacro(fixture.rendering.templates, fixture.rendering.messages, new DecisionRegister(index),
                visibility, confluence.permissions, confluence.currentUser, fixture.currentRequest, ids -> {
                    throw new IllegalStateException("index down");
                }, fixture.signals.live);

        Element table = Jsoup.parse(macro.execute(params(), null, fixture.context)).selectFirst("table");

        assertEquals(List.of("Not placed yet"), table.select("td.alongside-register__ladder").eachText());
    }

    private void page(long pageId, String spaceKey, String title, Decision... decisions) {
        index.replacePage(new IndexedPage(pageId, spaceKey, title, IndexedPage.ContentType.PAGE, List.of()),
                List.of(decisions));
    }

    private static Decision decision(String title, DecisionStatus status, String decidedOn, String reviewOn) {
        return new Decision("d-" + Math.abs(title.hashCode()), title, status, Optional.empty(),
                Optional.ofNullable(decidedOn).map(LocalDate::parse), Optional.ofNullable(reviewOn).map(LocalDate::parse),
                Optional.empty(), "", "", Map.of(
                Stage.AGENDA, List.of(new PersonRef.User("a"), new PersonRef.Named("Sam")),
                Stage.DECIDING, List.of(new PersonRef.User("a"))),
                List.of(new Contribution("x", Optional.empty(), Optional.empty(), Response.PENDING, "", Optional.empty())));
    }

    private static Map<String, String> ordered(String... namesAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }

}
