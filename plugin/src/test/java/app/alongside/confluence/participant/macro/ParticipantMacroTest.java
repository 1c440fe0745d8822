package app.alongside.confluence.participant.macro;

import app.alongside.confluence.participant.ParticipantFixture;
import app.alongside.confluence.testing.ConfluenceFixture;
import app.alongside.confluence.testing.HtmlInertness;
import app.alongside.confluence.fidelity.TemplatesUnderConfluenceRulesTest;
import app.alongside.people.PersonRef;
import app.alongside.perspective.SubjectKey;
import com.atlassian.confluence.content.render.xhtml.macro.annotation.Format;
import com.atlassian.confluence.content.render.xhtml.macro.annotation.RequiresFormat;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.user.ConfluenceUser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.Rule;
import org.junit.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static app.alongside.confluence.participant.ParticipantFixture.text;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/** The profile macro with the real core and templates, over core's fakes and mocked Confluence services. */
public class ParticipantMacroTest {

    @Rule
    public final ConfluenceFixture confluence = new ConfluenceFixture();

    private final ParticipantFixture fixture = new ParticipantFixture(confluence);
    private final ParticipantMacro macro = new ParticipantMacro(fixture.rendering.templates,
            fixture.rendering.messages, fixture.xhtmlContent, fixture.userAccessor, fixture.currentRequest,
            confluence.currentUser, fixture.takingPart);
    private final Page priyasPage = ParticipantFixture.page(42, fixture.rc, "Priya Shah", "");
    private final ConfluenceUser priya = fixture.user("u-priya", "priya", "Priya Shah");

    private static Map<String, String> params(String... namesAndValues) {
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            params.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return params;
    }

    private String render(Map<String, String> params, String body) {
        return macro.execute(params, body, fixture.context(priyasPage, "display"));
    }

    private Map<String, String> everything() {
        return params("name", "Priya Shah", "preferredName", "Pri", "pronouns", "she/her", "user", "priya",
                "skills", "facilitation, Gujarati and Hindi", "interests", "community languages",
                "access", "pre-reads, captions", "accessNotes", "Papers a week ahead, please.",
                "availability", "Mondays and Wednesdays");
    }

    @Test
    public void showsThePersonAsAPersonWithEverythingTheyChoseToShare() {
        Document page = Jsoup.parse(render(everything(), "<p>I <strong>listen</strong> to families.</p>"));

        assertEquals("Pri", page.selectFirst("h2").text());
        assertEquals("Full name Priya Shah Pronouns she/her", page.selectFirst(".alongside-participant__facts").text());
        assertEquals(List.of("facilitation", "Gujarati and Hindi"), page.select(".alongside-participant__skills li").eachText());
        assertEquals(List.of("community languages"), page.select(".alongside-participant__interests li").eachText());
        assertEquals(List.of("Papers to read before meetings", "Captions"),
                page.select(".alongside-participant__taking-part li").eachText());
        assertEquals("Papers a week ahead, please.", page.selectFirst(".alongside-participant__notes").text());
        assertEquals("Mondays and Wednesdays", page.selectFirst(".alongside-participant__availability").text());
        Element whatIBring = page.selectFirst(".alongside-participant__what-i-bring .rendered-by-confluence");
        assertNotNull("what I bring is rendered by Confluence", whatIBring);
        assertEquals("listen", whatIBring.selectFirst("strong").text());
        assertEquals(List.of("What I bring", "Skills", "Interests", "How I like to take part", "Availability",
                "Decisions I’ve taken part in"), page.select("h3").eachText());
    }

    @Test
    public void initialsAreDecorationAndTheNameIsAnnouncedOnceByTheHeadingThatLabelsTheCard() {
        Document page = Jsoup.parse(render(params("name", "Priya Shah"), null));

        Element avatar = page.selectFirst(".alongside-avatar");
        assertEquals("PS", avatar.text());
        assertEquals("true", avatar.attr("aria-hidden"));
        Element heading = page.selectFirst("h2");
        assertEquals(heading.id(), page.selectFirst("section.alongside-participant").attr("aria-labelledby"));
        page.select("[aria-hidden=true]").remove();
        assertEquals(1, text(page.html()).split("Priya Shah", -1).length - 1);
    }

    @Test
    public void photoIsAnAttachmentOfThePageShownInsteadOfInitials() {
        Document page = Jsoup.parse(render(params("name", "Priya Shah", "photo", "my photo.png"), null));

        assertEquals("/confluence/download/attachments/42/my%20photo.png", page.selectFirst("img").attr("src"));
        assertEquals("", page.selectFirst("img").attr("alt"));
        assertNull(page.selectFirst("span.alongside-avatar"));
    }

    @Test
    public void emptySectionsSayNotAddedYet() {
        Document page = Jsoup.parse(render(params("name", "Rowan Ellis"), null));

        assertEquals(5, page.select(".alongside-participant__none:contains(Not added yet.)").size());
        assertEquals("None recorded yet.", page.select(".alongside-participant__none").last().text());
    }

    @Test
    public void decisionsAsTheirPageAndAsTheirAccountAreListedNewestFirstOnlyWhereTheViewerMaySee() {
        fixture.decision(101, "RC", "Move to the library", LocalDate.of(2026, 10, 14),
                new PersonRef.Page("RC", "Priya Shah"));
        fixture.decision(102, "PEER", "Hot drinks", LocalDate.of(2026, 11, 2), new PersonRef.User("u-priya"));
        fixture.decision(103, "RC", "A restricted decision", LocalDate.of(2026, 11, 20),
                new PersonRef.User("u-priya"));
        fixture.decision(104, "RC", "Someone else’s", LocalDate.of(2026, 11, 21), new PersonRef.Named("Sam"));
        fixture.hiddenPages.add(103L);

        Document page = Jsoup.parse(render(everything(), null));

        assertEquals(List.of("Hot drinks (on Meeting 102, 2 November 2026)",
                        "Move to the library (on Meeting 101, 14 October 2026)"),
                page.select(".alongside-participant__decisions li").eachText());
        assertEquals("/confluence/pages/viewpage.action?pageId=102#alongside-decision-hot-drinks",
                page.selectFirst(".alongside-participant__decisions a").attr("href"));
        assertEquals(List.of("Peer support", "Recovery College"), page.select(".alongside-participant__groups li").eachText());
        assertEquals("/confluence/display/PEER", page.selectFirst(".alongside-participant__groups a").attr("href"));
    }

    @Test
    public void atMostTwentyDecisionsAreListedAndTheCardSaysSo() {
        for (int i = 1; i <= 23; i++) {
            fixture.decision(200 + i, "RC", "Decision " + i, LocalDate.of(2026, 1, 1).plusDays(i),
                    new PersonRef.Page("RC", "Priya Shah"));
        }

        Document page = Jsoup.parse(render(params("name", "Priya Shah"), null));

        assertEquals(20, page.select(".alongside-participant__decisions li").size());
        assertTrue(page.selectFirst(".alongside-participant__decisions li").text().startsWith("Decision 23"));
        assertEquals("Showing the 20 most recent.", page.selectFirst(".alongside-participant__note").text());
    }

    @Test
    public void registerThatCannotBeReadIsSaidAndTheCardStillShows() {
        app.alongside.decision.register.DecisionIndex down =
                org.mockito.Mockito.mock(app.alongside.decision.register.DecisionIndex.class);
        org.mockito.Mockito.when(down.involving(org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.anyInt()))
                .thenThrow(new IllegalStateException("database down"));
        ParticipantMacro withoutRegister = new ParticipantMacro(fixture.rendering.templates,
                fixture.rendering.messages, fixture.xhtmlContent, fixture.userAccessor, fixture.currentRequest,
                confluence.currentUser, new TakingPart(down, fixture.visibility, confluence.permissions,
                confluence.currentUser, fixture.perspectives));

        String html = withoutRegister.execute(params("name", "Priya Shah"), null, fixture.context(priyasPage, "display"));

        assertTrue(text(html).contains("The decisions cannot be shown just now."));
        assertEquals("Priya Shah", Jsoup.parse(html).selectFirst("h2").text());
    }

    @Test
    public void ownWordsAppearOnlyWhenThePersonChoseToShowThemAndNeverTheirPerspective() {
        fixture.declare("u-priya", "carer-or-family", "I look after my dad.", false);
        String hidden = render(everything(), null);
        assertFalse(text(hidden).contains("In my own words"));
        assertFalse(text(hidden).contains("I look after my dad."));

        fixture.declare("u-priya", "carer-or-family", "I look after my dad.", true);
        Document shown = Jsoup.parse(render(everything(), null));
        assertEquals("I look after my dad.", shown.selectFirst(".alongside-participant__own-words").text());
        assertTrue(text(shown.html()).contains("In my own words"));
        assertFalse(text(shown.html()).toLowerCase().contains("carer"));
    }

    @Test
    public void ownWordsOfSomeoneWithoutAnAccountBelongToTheirPage() {
        fixture.declareFor(SubjectKey.participantPage(42), "peer-worker", "Ten years of walking groups.", true);

        String html = render(params("name", "Rowan Ellis"), null);

        assertTrue(text(html).contains("Ten years of walking groups."));
    }

    @Test
    public void onlyThePersonThemselfSeesALinkToTheirData() {
        assertNull(Jsoup.parse(render(everything(), null)).selectFirst(".alongside-participant__my-data"));

        confluence.logIn(priya);
        Element link = Jsoup.parse(render(everything(), null)).selectFirst(".alongside-participant__my-data a");

        assertEquals("/confluence/plugins/servlet/alongside/my-data", link.attr("href"));
        assertEquals("My data: what Alongside holds about me", link.text());
    }

    @Test
    public void problemsInHowTheProfileIsWrittenAreListedAboveTheCardInWords() {
        String html = render(params("pronouns", "they/them", "access", "wheelchair, breaks", "user", "nobody"), null);
        Document page = Jsoup.parse(html);

        Element problems = page.selectFirst(".alongside-participant__problems");
        assertEquals("To fix in this profile:", problems.selectFirst("p").text());
        List<String> items = problems.select("li").eachText();
        assertTrue(items.toString(), items.contains("Name: No name is given, so the page title is shown instead. "
                + "Add the person’s name."));
        assertTrue(items.toString(), items.stream().anyMatch(item -> item.startsWith(
                "How I like to take part: Alongside does not know “wheelchair”")));
        assertTrue(items.toString(), items.contains("Confluence account: Confluence has no account “nobody”. "
                + "Choose the person’s account again, or leave it empty."));
        assertEquals("the page title stands in for the name", "Priya Shah", page.selectFirst("h2").text());
        assertEquals(List.of("Regular breaks"), page.select(".alongside-participant__taking-part li").eachText());
    }

    @Test
    public void hostileTextInEveryFieldIsShownAsTextAndNothingRuns() {
        for (String payload : TemplatesUnderConfluenceRulesTest.HOSTILE) {
            String html = render(params("name", payload, "preferredName", payload + "!", "pronouns", payload,
                    "skills", payload, "interests", payload, "accessNotes", payload, "availability", payload,
                    "access", payload, "user", payload), null);

            assertEquals(payload, List.of(), HtmlInertness.activeContent(html));
            assertEquals(payload, (payload + "!").strip(), Jsoup.parse(html).selectFirst("h2").text());
            assertFalse(payload, html.contains("Something went wrong"));
        }
    }

    @Test
    public void nothingOnTheCardLabelsThePersonByRoleOrPerspective() {
        fixture.declare("u-priya", "lived-experience", null, false);
        fixture.decision(101, "RC", "Move to the library", LocalDate.of(2026, 10, 14), new PersonRef.User("u-priya"));

        assertEquals(List.of(), ParticipantFixture.perspectiveWordsIn(render(everything(), "<p>I listen.</p>")));
    }

    @Test
    public void previewBeforeThePageIsSavedShowsTheCardWithoutPageLinks() {
        String html = macro.execute(params("name", "New Person", "photo", "me.png"), null,
                fixture.context(null, "preview"));

        assertEquals("New Person", Jsoup.parse(html).selectFirst("h2").text());
        assertNull("no page yet, so no attachment to show", Jsoup.parse(html).selectFirst("img"));
    }

    @Test
    public void bringsItsStylesWithIt() {
        render(params("name", "Priya Shah"), null);

        assertTrue(fixture.rendering.pageBuilder.required.contains(ParticipantMacro.WEB_RESOURCE));
    }

    @Test
    public void unexpectedFailureShowsAReferenceNotAStackTrace() {
        ParticipantMacro broken = new ParticipantMacro(fixture.rendering.templates, fixture.rendering.messages,
                fixture.xhtmlContent, fixture.userAccessor, fixture.currentRequest, confluence.currentUser, null);

        String html = broken.execute(params("name", "Priya Shah"), null, fixture.context(priyasPage, "display"));

        assertTrue(text(html).contains("reference"));
        assertFalse(html.contains("NullPointerException"));
    }

    @Test
    public void isABlockMacroThatReceivesItsBodyAsStorageFormat() throws Exception {
        assertEquals(Macro.BodyType.RICH_TEXT, macro.getBodyType());
        assertEquals(Macro.OutputType.BLOCK, macro.getOutputType());
        RequiresFormat format = ParticipantMacro.class.getMethod("execute", Map.class, String.class,
                com.atlassian.confluence.content.render.xhtml.ConversionContext.class).getAnnotation(RequiresFormat.class);
        assertEquals(Format.Storage, format.value());
    }
}
