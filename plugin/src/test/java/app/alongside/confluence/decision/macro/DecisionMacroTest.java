package app.alongside.confluence.decision.macro;

import app.alongside.confluence.testing.HtmlInertness;
import com.atlassian.confluence.content.render.xhtml.XhtmlException;
import com.atlassian.confluence.content.render.xhtml.macro.annotation.Format;
import com.atlassian.confluence.content.render.xhtml.macro.annotation.RequiresFormat;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.sal.api.user.UserKey;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static app.alongside.confluence.decision.macro.MacroFixture.text;
import static app.alongside.confluence.decision.macro.MacroFixture.xml;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The decision macro with real core, real templates under Confluence's rules, and mocked Confluence services. */
public class DecisionMacroTest {

    static final String BODY = """
            <p>We will meet at the <strong>central library</strong> from November.</p>
            <ac:structured-macro ac:name="alongside-stage">
              <ac:parameter ac:name="stage">agenda</ac:parameter>
              <ac:rich-text-body><p><ac:link><ri:user ri:userkey="u-alex"/></ac:link>, Jordan Lee and
                <ac:link><ri:page ri:content-title="Priya Shah"/></ac:link></p></ac:rich-text-body>
            </ac:structured-macro>
            <ac:structured-macro ac:name="alongside-stage">
              <ac:parameter ac:name="stage">deciding</ac:parameter>
              <ac:rich-text-body><ul><li><ac:link><ri:user ri:userkey="u-alex"/></ac:link></li><li>Sam</li></ul></ac:rich-text-body>
            </ac:structured-macro>
            <ac:structured-macro ac:name="alongside-you-said">
              <ac:parameter ac:name="by"><ri:user ri:userkey="u-jordan"/></ac:parameter>
              <ac:parameter ac:name="response">adapted</ac:parameter>
              <ac:parameter ac:name="answer">We booked the ground-floor room so it is step-free.</ac:parameter>
              <ac:parameter ac:name="saidOn">1 October 2026</ac:parameter>
              <ac:parameter ac:name="answeredOn">2026-10-14</ac:parameter>
              <ac:rich-text-body><p>The library has stairs at the front.</p></ac:rich-text-body>
            </ac:structured-macro>
            <ac:structured-macro ac:name="alongside-you-said">
              <ac:parameter ac:name="response">pending</ac:parameter>
              <ac:rich-text-body><p>Could we have hot drinks?</p></ac:rich-text-body>
            </ac:structured-macro>
            """;

    private final MacroFixture fixture = new MacroFixture();
    private final DecisionMacro macro = new DecisionMacro(fixture.rendering.templates, fixture.rendering.messages,
            fixture.xhtmlContent, fixture.userAccessor, fixture.currentRequest, fixture.totals, fixture.placements());

    {
        fixture.user("u-alex", "alex", "Alex Morgan");
        fixture.user("u-jordan", "jordan", "Jordan Lee");
    }

    @Test
    public void showsEveryFieldOfAWellWrittenDecisionAsACard() {
        String html = macro.execute(params("title", "Move the Tuesday session to the library", "status", "decided",
                "decidedOn", "14/10/2026", "reviewOn", "2099-04-14", "claimed", "co-production"), BODY, fixture.context);
        Document page = Jsoup.parse(html);

        Element heading = page.selectFirst("section.alongside-decision h3");
        assertEquals("Move the Tuesday session to the library", heading.text());
        assertEquals("alongside-decision-move-the-tuesday-session-to-the-library", heading.id());
        assertEquals(heading.id(), page.selectFirst("section").attr("aria-labelledby"));
        assertEquals("Status: Decided", page.selectFirst(".alongside-decision__status").text());
        assertEquals("Decided", page.selectFirst(".alongside-badge--decided").text());
        assertEquals("14 October 2026", page.selectFirst("time[datetime=2026-10-14]").text());
        assertEquals("14 April 2099", page.selectFirst("time[datetime=2099-04-14]").text());
        assertTrue(text(html).contains("Level the group claims Co-production (step 7 of 7 on the ladder of co-production)"));
        assertFalse("not due yet", html.contains("Due for review"));
    }

    @Test
    public void outcomeIsRenderedByConfluenceWithoutTheNestedMacros() throws Exception {
        String html = macro.execute(params("title", "T"), BODY, fixture.context);

        verify(fixture.xhtmlContent).convertStorageToView(argThat(storage -> storage.contains("central library")
                && !storage.contains("alongside-stage") && !storage.contains("alongside-you-said")), any());
        Element outcome = Jsoup.parse(html).selectFirst(".alongside-decision__outcome .rendered-by-confluence");
        assertNotNull(outcome);
        assertEquals("central library", outcome.selectFirst("strong").text());
    }

    @Test
    public void whoTookPartIsListedForEveryStageByNameWithParticipantPagesLinked() {
        String html = macro.execute(params("title", "T"), BODY, fixture.context);
        Document page = Jsoup.parse(html);

        List<String> stages = page.select(".alongside-decision__stages dt").eachText();
        assertEquals(List.of("Agenda", "Options", "Deciding", "Delivering", "Reviewing"), stages);
        assertEquals(List.of("Alex Morgan", "Jordan Lee", "Priya Shah"),
                page.select(".alongside-decision__stage--agenda li").eachText());
        assertEquals("/confluence/display/RC/Priya+Shah",
                page.selectFirst(".alongside-decision__stage--agenda a").attr("href"));
        assertEquals("Nobody recorded", page.selectFirst(".alongside-decision__stage--options dd").text());
        assertEquals(List.of("Alex Morgan", "Sam"), page.select(".alongside-decision__stage--deciding li").eachText());
    }

    @Test
    public void youSaidWeDidShowsWhoWhatTheAnswerAndWhetherTheLoopIsClosed() {
        String html = macro.execute(params("title", "T"), BODY, fixture.context);
        Document page = Jsoup.parse(html);

        List<Element> items = page.select(".alongside-contribution");
        assertEquals(2, items.size());
        assertEquals("Said by Jordan Lee (said on 1 October 2026)", items.get(0).selectFirst(".alongside-contribution__by").text());
        assertEquals("The library has stairs at the front.", items.get(0).selectFirst("blockquote").text());
        assertEquals("Response: Adapted (answered on 14 October 2026)",
                items.get(0).selectFirst(".alongside-contribution__response").text());
        assertEquals("What we did: We booked the ground-floor room so it is step-free.",
                items.get(0).selectFirst(".alongside-contribution__answer").text());
        assertEquals("Said by Anonymous", items.get(1).selectFirst(".alongside-contribution__by").text());
        assertEquals("Pending", items.get(1).selectFirst(".alongside-badge").text());
        assertEquals("Waiting for an answer.", items.get(1).selectFirst(".alongside-contribution__answer").text());
        assertEquals("Loop open: 1 contribution is still waiting for an answer, out of 2.",
                page.selectFirst(".alongside-decision__loop").text());
    }

    @Test
    public void notAdoptedSaysWhyAndAClosedLoopSaysSo() {
        String body = """
                <ac:structured-macro ac:name="alongside-you-said">
                  <ac:parameter ac:name="response">not-adopted</ac:parameter>
                  <ac:parameter ac:name="answer">The budget is spent for this year.</ac:parameter>
                  <ac:rich-text-body><p>A taxi fund.</p></ac:rich-text-body>
                </ac:structured-macro>""";

        String html = macro.execute(params("title", "T"), body, fixture.context);

        assertTrue(text(html).contains("Not adopted Because: The budget is spent for this year."));
        assertTrue(text(html).contains("Loop closed: every contribution has an answer."));
    }

    @Test
    public void reviewDateThatHasComeIsMarkedDueInWords() {
        String html = macro.execute(params("title", "T", "reviewOn", LocalDate.now().minusDays(1).toString()), null,
                fixture.context);

        assertEquals("Due for review", Jsoup.parse(html).selectFirst(".alongside-marker--due").text());
    }

    @Test
    public void problemsAreListedAboveTheCardInWordsAndTheCardStillShows() {
        String html = macro.execute(params("status", "maybe", "decidedOn", "32/13/2026"), BODY, fixture.context);
        Document page = Jsoup.parse(html);

        Element problems = page.selectFirst(".alongside-decision__problems");
        assertEquals("note", problems.attr("role"));
        assertEquals("To fix in this decision:", problems.selectFirst("p").text());
        assertEquals(List.of(
                "Title: Give this decision a title.",
                "Status: The status “maybe” is not one Alongside knows, so the decision is shown as proposed. Choose a status from the list.",
                "Decided on: “32/13/2026” is not a date Alongside can read. Write it like 14 October 2026 or 14/10/2026."),
                problems.select("li").eachText());
        assertTrue("problems come before the card", html.indexOf("alongside-decision__problems") < html.indexOf("<section"));
        assertEquals("Untitled decision", page.selectFirst("h3").text());
        assertEquals("Proposed", page.selectFirst(".alongside-badge").text());
        assertEquals(3, page.select(".alongside-decision__stage--agenda li").size());
    }

    @Test
    public void everyProblemInHowADecisionIsWrittenIsExplainedInWords() {
        String body = """
                <ac:structured-macro ac:name="alongside-stage"><ac:parameter ac:name="stage">lunch</ac:parameter>
                  <ac:rich-text-body><p>Sam</p></ac:rich-text-body></ac:structured-macro>
                <ac:structured-macro ac:name="alongside-you-said"><ac:parameter ac:name="response">perhaps</ac:parameter>
                  <ac:rich-text-body><p>x</p></ac:rich-text-body></ac:structured-macro>
                <ac:structured-macro ac:name="alongside-you-said"><ac:parameter ac:name="response">not-adopted</ac:parameter>
                  <ac:parameter ac:name="saidOn">yesterday</ac:parameter>
                  <ac:rich-text-body><p></p></ac:rich-text-body></ac:structured-macro>""";

        String html = macro.execute(params("title", "x".repeat(300), "status", "superseded", "decidedOn", "2026-05-01",
                "reviewOn", "2026-01-01", "claimed", "tokenism"), body, fixture.context);
        List<String> problems = Jsoup.parse(html).select(".alongside-decision__problems li").eachText();

        assertEquals(List.of(
                "Title: Shorten the title to 255 characters or fewer.",
                "Review on: The review date is before the date the decision was made.",
                "Superseded by: Say which decision replaced this one.",
                "Level the group claims: “tokenism” is not a level on the ladder of co-production. Choose one from the list, or leave it blank.",
                "Who took part: “lunch” is not a stage. Use agenda, options, deciding, delivering or reviewing.",
                "Response: The response to contribution 1, “perhaps”, is not one Alongside knows, so it is shown as pending.",
                "Answer: Contribution 2 was not adopted: say why, so the loop can close.",
                "You said: Contribution 2 is empty: write what was said.",
                "Said on: “yesterday” is not a date Alongside can read. Write it like 14 October 2026 or 14/10/2026."),
                problems);
        assertFalse("no raw i18n key reaches the page", text(html).contains("alongside."));
    }

    @Test
    public void unreadableBodyIsAProblemNotAFailureAndConfluenceStillRendersIt() throws Exception {
        String html = macro.execute(params("title", "T"), "<p>Unclosed <strong>paragraph</p>", fixture.context);

        assertTrue(text(html).contains("Inside the decision: Alongside could not read the text inside this decision"));
        assertEquals("T", Jsoup.parse(html).selectFirst("h3").text());
        verify(fixture.xhtmlContent).convertStorageToView(argThat(s -> s.contains("Unclosed")), any());
    }

    @Test
    public void outcomeConfluenceCannotRenderIsShownAsText() throws Exception {
        when(fixture.xhtmlContent.convertStorageToView(anyString(), any())).thenThrow(new XhtmlException("bad macro"));

        String html = macro.execute(params("title", "T"), BODY, fixture.context);

        assertTrue(Jsoup.parse(html).selectFirst(".alongside-decision__outcome").text()
                .startsWith("We will meet at the central library from November."));
        assertFalse(html.contains("bad macro"));
    }

    @Test
    public void decisionWithoutABodySaysNothingIsWrittenYetAndAsksConfluenceForNothing() throws Exception {
        String html = macro.execute(params("title", "T"), null, fixture.context);

        assertEquals("Nothing written yet.", Jsoup.parse(html).selectFirst(".alongside-decision__outcome").text());
        assertEquals("No contributions recorded yet.", Jsoup.parse(html).selectFirst(".alongside-decision__loop").text());
        verify(fixture.xhtmlContent, never()).convertStorageToView(anyString(), any());
    }

    @Test
    public void ownIdGivesASecondAnchorForLinksAndTools() {
        Document page = Jsoup.parse(macro.execute(params("title", "Library", "id", "d-library"), null, fixture.context));

        assertNotNull(page.getElementById("alongside-decision-id-d-library"));
        assertNotNull(page.getElementById("alongside-decision-library"));
    }

    @Test
    public void personWhoseAccountIsGoneIsNotShownByTheirKey() {
        when(fixture.userAccessor.getUserByKey(new UserKey("u-alex"))).thenReturn(null);

        String html = macro.execute(params("title", "T"), BODY, fixture.context);

        assertTrue(text(html).contains("A person whose account no longer exists"));
        assertFalse(html.contains("u-alex"));
    }

    @Test
    public void withoutARequestParticipantPagesStillLinkFromTheSiteRoot() {
        fixture.noRequest();

        Document page = Jsoup.parse(macro.execute(params("title", "T"), BODY, fixture.context));

        assertEquals("/display/RC/Priya+Shah", page.selectFirst(".alongside-decision__stage--agenda a").attr("href"));
    }

    @Test
    public void hostileTextInEveryFieldIsShownAsTextAndNothingRuns() {
        for (String payload : app.alongside.confluence.fidelity.TemplatesUnderConfluenceRulesTest.HOSTILE) {
            fixture.user("u-hostile", "hostile", payload);
            String body = "<p>" + xml(payload) + "</p>"
                    + "<ac:structured-macro ac:name=\"alongside-stage\"><ac:parameter ac:name=\"stage\">" + xml(payload)
                    + "</ac:parameter><ac:rich-text-body><p>" + xml(payload) + "</p></ac:rich-text-body></ac:structured-macro>"
                    + "<ac:structured-macro ac:name=\"alongside-stage\"><ac:parameter ac:name=\"stage\">agenda</ac:parameter>"
                    + "<ac:rich-text-body><p><ac:link><ri:user ri:userkey=\"u-hostile\"/></ac:link>, <ac:link><ri:page ri:content-title=\""
                    + xml(payload) + "\" ri:space-key=\"RC\"/></ac:link>, " + xml(payload) + "</p></ac:rich-text-body></ac:structured-macro>"
                    + "<ac:structured-macro ac:name=\"alongside-you-said\"><ac:parameter ac:name=\"by\">" + xml(payload)
                    + "</ac:parameter><ac:parameter ac:name=\"response\">" + xml(payload) + "</ac:parameter>"
                    + "<ac:parameter ac:name=\"answer\">" + xml(payload) + "</ac:parameter><ac:parameter ac:name=\"saidOn\">"
                    + xml(payload) + "</ac:parameter><ac:rich-text-body><p>" + xml(payload) + "</p></ac:rich-text-body></ac:structured-macro>";
            Map<String, String> params = params("title", payload, "status", payload, "supersededBy", payload,
                    "decidedOn", payload, "reviewOn", payload, "claimed", payload, "id", payload);

            String html = macro.execute(params, body, fixture.context);

            assertEquals(payload, List.of(), HtmlInertness.activeContent(html));
            assertTrue(payload, Jsoup.parse(html).selectFirst("h3").text().equals(payload.strip()));
            assertFalse(payload, html.contains("Something went wrong"));
        }
    }

    @Test
    public void nothingLabelsAPersonByRole() {
        String html = macro.execute(params("title", "T", "status", "decided", "decidedOn", "2026-10-14",
                "claimed", "co-design"), BODY, fixture.context);

        assertEquals(List.of(), MacroFixture.perspectiveWordsIn(html));
    }

    @Test
    public void bringsItsStylesWithIt() {
        macro.execute(params("title", "T"), null, fixture.context);

        assertTrue(fixture.rendering.pageBuilder.required.contains(DecisionMacro.WEB_RESOURCE));
    }

    @Test
    public void unexpectedFailureShowsAReferenceNotAStackTrace() {
        when(fixture.context.getSpaceKey()).thenThrow(new IllegalStateException("space gone"));

        String html = macro.execute(params("title", "T"), null, fixture.context);

        assertTrue(html.contains("Something went wrong while showing this part of the page"));
        assertFalse(html.contains("IllegalStateException"));
    }

    @Test
    public void isABlockMacroThatReceivesItsBodyAsStorageFormat() throws Exception {
        assertEquals(Macro.BodyType.RICH_TEXT, macro.getBodyType());
        assertEquals(Macro.OutputType.BLOCK, macro.getOutputType());
        RequiresFormat format = DecisionMacro.class.getMethod("execute", Map.class, String.class,
                com.atlassian.confluence.content.render.xhtml.ConversionContext.class).getAnnotation(RequiresFormat.class);
        assertEquals(Format.Storage, format.value());
    }

    static Map<String, String> params(String... namesAndValues) {
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            params.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return params;
    }
}
