package app.alongside.confluence.participant.macro;

import app.alongside.confluence.fidelity.TemplatesUnderConfluenceRulesTest;
import app.alongside.confluence.participant.ParticipantFixture;
import app.alongside.confluence.testing.ConfluenceFixture;
import app.alongside.confluence.testing.HtmlInertness;
import app.alongside.participant.ParticipantDirectory;
import app.alongside.participant.ParticipantIndex;
import app.alongside.participant.ParticipantProfile;
import app.alongside.participant.ParticipantProfiles;
import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.user.ConfluenceUser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.Rule;
import org.junit.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static app.alongside.confluence.participant.ParticipantFixture.text;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The participant directory macro with the real core and templates, over core's fakes and mocked Confluence. */
public class ParticipantDirectoryMacroTest {

    @Rule
    public final ConfluenceFixture confluence = new ConfluenceFixture();

    private final ParticipantFixture fixture = new ParticipantFixture(confluence);
    private final ParticipantDirectoryMacro macro = new ParticipantDirectoryMacro(fixture.rendering.templates,
            fixture.rendering.messages, fixture.directory, fixture.visibility, confluence.permissions,
            confluence.currentUser, fixture.currentRequest);
    private final Page peoplePage = ParticipantFixture.page(900, fixture.rc, "People in our group", "");

    {
        fixture.indexed(11, "RC", new ParticipantProfile("Priya Shah", Optional.of("Pri"), Optional.of("she/her"),
                Optional.empty(), Optional.empty(), List.of("Evaluation", "Gujarati"), List.of("Community languages"),
                Set.of(), Optional.empty(), Optional.empty(), "", ""));
        fixture.indexed(12, "RC", ParticipantProfiles.profile("rowan Ellis", Optional.empty(),
                List.of("Walking routes"), List.of("Green spaces")));
        fixture.indexed(13, "RC", ParticipantProfiles.profile("Alex Morgan", Optional.of("u-alex"),
                List.of("Facilitation"), List.of("Green spaces")));
        fixture.indexed(14, "PEER", ParticipantProfiles.named("Jordan Reid"));
    }

    private static Map<String, String> params(String... namesAndValues) {
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            params.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return params;
    }

    private String render(Map<String, String> params) {
        return macro.execute(params, null, fixture.context(peoplePage, "display"));
    }

    private void reader(Map<String, String> address) {
        Map<String, String> all = new java.util.LinkedHashMap<>(Map.of("pageId", "900"));
        all.putAll(address);
        fixture.request("/confluence", "/confluence/pages/viewpage.action", all);
    }

    @Test
    public void peopleAreCardsAlphabeticallyByTheNameTheyGoByWithLinksToTheirPages() {
        Document page = Jsoup.parse(render(params()));

        assertEquals(List.of("Alex Morgan", "Pri", "rowan Ellis"),
                page.select(".alongside-person-card__name a").eachText());
        assertEquals("/confluence/pages/viewpage.action?pageId=13",
                page.selectFirst(".alongside-person-card__name a").attr("href"));
        Element priya = page.select(".alongside-person-card").get(1);
        assertEquals("Pri (Pronouns: she/her)", priya.selectFirst(".alongside-person-card__name").text());
        assertEquals("Full name: Priya Shah", priya.selectFirst(".alongside-person-card__full-name").text());
        assertEquals(List.of("Evaluation", "Gujarati"), priya.select("dd").get(0).select("li").eachText());
        assertEquals("true", priya.selectFirst(".alongside-avatar").attr("aria-hidden"));
        assertEquals("People in Recovery College", page.selectFirst(".alongside-directory__cards").attr("aria-label"));
        assertEquals("3 people", page.selectFirst(".alongside-directory__count").text());
    }

    @Test
    public void tableLayoutHasACaptionAndHeadersForEveryColumn() {
        Document page = Jsoup.parse(render(params("layout", "table")));

        assertEquals("People in Recovery College", page.selectFirst("table caption").text());
        assertEquals(List.of("Name", "Pronouns", "Skills", "Interests"), page.select("thead th[scope=col]").eachText());
        page.select("[aria-hidden=true]").remove(); // the initials: decoration, not read out
        assertEquals(List.of("Alex Morgan", "Pri (Full name: Priya Shah)", "rowan Ellis"),
                page.select("tbody th[scope=row]").eachText());
        assertEquals("None listed", page.select("tbody tr").get(0).select("td").get(0).text());
    }

    @Test
    public void onlyPagesTheViewerMaySeeAreListed() {
        fixture.hiddenPages.add(11L);

        assertEquals(List.of("Alex Morgan", "rowan Ellis"),
                Jsoup.parse(render(params())).select(".alongside-person-card__name a").eachText());
    }

    @Test
    public void severalSpacesAreListedTogetherStillAlphabetically() {
        Document page = Jsoup.parse(render(params("spaces", "RC, PEER")));

        assertEquals(List.of("Alex Morgan", "Jordan Reid", "Pri", "rowan Ellis"),
                page.select(".alongside-person-card__name a").eachText());
        assertEquals("People in 2 spaces: Recovery College, Peer support",
                page.selectFirst(".alongside-directory__cards").attr("aria-label"));
    }

    @Test
    public void readerSearchesByNameSkillAndInterestWithAPlainFormBackToThePage() {
        reader(Map.of("alongside-directory-interest", "green spaces", "alongside-directory-q", "Ro"));

        Document page = Jsoup.parse(render(params()));

        assertEquals(List.of("rowan Ellis"), page.select(".alongside-person-card__name a").eachText());
        Element form = page.selectFirst("form.alongside-directory__search");
        assertEquals("get", form.attr("method"));
        assertEquals("/confluence/pages/viewpage.action#alongside-directory", form.attr("action"));
        assertEquals("900", form.selectFirst("input[type=hidden][name=pageId]").attr("value"));
        assertEquals("Ro", form.selectFirst("#alongside-directory-q").attr("value"));
        assertEquals("green spaces", form.selectFirst("#alongside-directory-interest").attr("value"));
        assertEquals("Name", form.selectFirst("label[for=alongside-directory-q]").text());
        assertEquals("/confluence/pages/viewpage.action?pageId=900#alongside-directory",
                form.selectFirst(".alongside-directory__actions a").attr("href"));
    }

    @Test
    public void pagesOwnSkillNarrowsTheDirectoryAndAReadersSearchReplacesIt() {
        assertEquals(List.of("Alex Morgan"), Jsoup.parse(render(params("skill", "facilitation")))
                .select(".alongside-person-card__name a").eachText());

        reader(Map.of("alongside-directory-skill", "walking routes"));
        assertEquals(List.of("rowan Ellis"), Jsoup.parse(render(params("skill", "facilitation")))
                .select(".alongside-person-card__name a").eachText());
    }

    @Test
    public void nobodyYetNobodyWithThatSkillAndNobodyMatchingEachSaySoKindly() {
        fixture.participants.clear();
        assertTrue(text(render(params())).contains("Nobody has a participant page here yet. To add yourself, "
                + "choose Create, then Participant page."));

        fixture.indexed(12, "RC", ParticipantProfiles.named("Rowan Ellis"));
        assertTrue(text(render(params("skill", "juggling"))).contains("Nobody listed here has that skill or interest yet."));

        reader(Map.of("alongside-directory-q", "zz"));
        Element empty = Jsoup.parse(render(params())).selectFirst(".alongside-directory__empty--filtered");
        assertEquals("People in Recovery College Nobody matches your search. Show everyone", empty.text());
        assertEquals("/confluence/pages/viewpage.action?pageId=900#alongside-directory",
                empty.selectFirst("a").attr("href"));
    }

    @Test
    public void spacesTheReaderCannotSeeAreLeftOutWithANotice() {
        ConfluenceUser sam = confluence.user("sam");
        confluence.hideSpaceFrom(sam, fixture.peer);
        confluence.logIn(sam);

        String html = render(params("spaces", "RC,PEER"));

        assertTrue(text(html).contains("Left out: Spaces you cannot see, or that do not exist: PEER."));
        assertFalse(text(html).contains("Jordan"));
        assertTrue(text(render(params("spaces", "PEER"))).contains(
                "None of these spaces exists or can be seen by you: PEER."));
    }

    @Test
    public void problemsInHowTheDirectoryIsWrittenAreListedInWords() {
        String html = render(params("spaces", "RC, not a key!", "layout", "grid"));

        List<String> problems = Jsoup.parse(html).select(".alongside-participant__problems li").eachText();
        assertEquals(List.of("Spaces: “key!” is not a space key. Space keys are letters and numbers, for example RC.",
                "Layout: “grid” is not a layout. Use cards or table."), problems);
        assertTrue(text(html).startsWith("To fix in this directory:"));
    }

    @Test
    public void exportsHaveNoSearchFormButStillListEveryone() {
        ConversionContext pdf = fixture.context(peoplePage, "pdf");
        reader(Map.of("alongside-directory-q", "Ro"));

        Document page = Jsoup.parse(macro.execute(params(), null, pdf));

        assertNull(page.selectFirst("form"));
        assertEquals(3, page.select(".alongside-person-card").size());
    }

    @Test
    public void everyoneIsListedWithoutJavaScriptAndTheFilterOnlyReadsDataAttributes() {
        Document page = Jsoup.parse(render(params()));

        assertNull(page.selectFirst("script"));
        Element results = page.selectFirst(".alongside-directory__results");
        assertEquals("Filter the people on this page", results.attr("data-alongside-filter-label"));
        assertEquals("{0} of {1} people shown", results.attr("data-alongside-filter-status"));
        assertEquals("pri priya shah she/her evaluation gujarati community languages",
                page.select(".alongside-directory__item").get(1).attr("data-alongside-filter"));
        assertTrue(fixture.rendering.pageBuilder.required.contains(ParticipantDirectoryMacro.WEB_RESOURCE));
    }

    @Test
    public void directoryThatCannotBeReadSaysSoWithAReference() {
        ParticipantIndex down = mock(ParticipantIndex.class);
        when(down.search(any())).thenThrow(new IllegalStateException("database down"));
        ParticipantDirectoryMacro broken = new ParticipantDirectoryMacro(fixture.rendering.templates,
                fixture.rendering.messages, new ParticipantDirectory(down), fixture.visibility, confluence.permissions,
                confluence.currentUser, fixture.currentRequest);

        String html = broken.execute(params(), null, fixture.context(peoplePage, "display"));

        assertTrue(text(html).contains("The directory cannot be shown just now."));
        assertFalse(html.contains("IllegalStateException"));
    }

    @Test
    public void hostileTextInTheAddressAndTheProfilesIsShownAsTextAndNothingRuns() {
        for (String payload : TemplatesUnderConfluenceRulesTest.HOSTILE) {
            fixture.indexed(20, "RC", new ParticipantProfile(payload, Optional.of(payload + "!"), Optional.of(payload),
                    Optional.empty(), Optional.empty(), List.of(payload), List.of(payload), Set.of(), Optional.empty(),
                    Optional.empty(), "", ""));
            reader(Map.of("alongside-directory-q", payload, payload, payload));
            for (String layout : List.of("cards", "table")) {
                String html = render(params("layout", layout, "skill", payload));
                assertEquals(payload, List.of(), HtmlInertness.activeContent(html));
                assertFalse(payload, html.contains("Something went wrong"));
            }
        }
    }

    @Test
    public void nothingListedLabelsAnyoneByRoleOrPerspective() {
        fixture.declare("u-alex", "staff-or-practitioner", "I work here.", true);

        assertEquals(List.of(), ParticipantFixture.perspectiveWordsIn(render(params())));
        assertEquals(List.of(), ParticipantFixture.perspectiveWordsIn(render(params("layout", "table"))));
    }

    @Test
    public void isABlockMacroWithoutABody() {
        assertEquals(Macro.BodyType.NONE, macro.getBodyType());
        assertEquals(Macro.OutputType.BLOCK, macro.getOutputType());
    }
}
