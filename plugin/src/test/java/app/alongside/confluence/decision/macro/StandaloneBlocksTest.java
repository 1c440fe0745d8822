package app.alongside.confluence.decision.macro;

import app.alongside.confluence.fidelity.TemplatesUnderConfluenceRulesTest;
import app.alongside.confluence.testing.HtmlInertness;
import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.content.render.xhtml.macro.annotation.Format;
import com.atlassian.confluence.content.render.xhtml.macro.annotation.RequiresFormat;
import com.atlassian.confluence.macro.Macro;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.Test;

import java.util.List;
import java.util.Map;

import static app.alongside.confluence.decision.macro.DecisionMacroTest.params;
import static app.alongside.confluence.decision.macro.MacroFixture.text;
import static app.alongside.confluence.decision.macro.MacroFixture.xml;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** "Who took part" and "You said, we did" blocks when Confluence renders them on their own, outside a decision. */
public class StandaloneBlocksTest {

    private final MacroFixture fixture = new MacroFixture();
    private final StageMacro stage = new StageMacro(fixture.rendering.templates, fixture.rendering.messages,
            fixture.userAccessor, fixture.currentRequest);
    private final YouSaidMacro youSaid = new YouSaidMacro(fixture.rendering.templates, fixture.rendering.messages,
            fixture.userAccessor, fixture.currentRequest);

    {
        fixture.user("u-alex", "alex", "Alex Morgan");
    }

    @Test
    public void stageOnItsOwnShowsTheStageItsPeopleAndWhereItBelongs() {
        String html = stage.execute(params("stage", "options"), "<p><ac:link><ri:user ri:userkey=\"u-alex\"/></ac:link>"
                + " and <ac:link><ri:page ri:content-title=\"Priya Shah\"/></ac:link></p>", fixture.context);
        Document page = Jsoup.parse(html);

        assertEquals("Options", page.selectFirst("dt").text());
        assertEquals(List.of("Alex Morgan", "Priya Shah"), page.select("li").eachText());
        assertEquals("/confluence/display/RC/Priya+Shah", page.selectFirst("li a").attr("href"));
        assertEquals("This belongs inside a Decision macro. Move it there so it counts as part of that decision.",
                page.selectFirst(".alongside-block__note").text());
        assertTrue(fixture.rendering.pageBuilder.required.contains(DecisionMacro.WEB_RESOURCE));
    }

    @Test
    public void stageWithoutPeopleSaysNobodyIsRecorded() {
        String html = stage.execute(params("stage", "reviewing"), null, fixture.context);

        assertEquals("Nobody recorded", Jsoup.parse(html).selectFirst("dd").text());
    }

    @Test
    public void unknownStageIsExplainedAndThePeopleStillShown() {
        String html = stage.execute(params("stage", "lunch"), "<p>Sam, Jordan</p>", fixture.context);
        Document page = Jsoup.parse(html);

        assertEquals(List.of("Who took part: “lunch” is not a stage. Use agenda, options, deciding, delivering or reviewing."),
                page.select(".alongside-decision__problems li").eachText());
        assertEquals(List.of("Sam", "Jordan"), page.select(".alongside-decision__people li").eachText());
    }

    @Test
    public void youSaidOnItsOwnShowsWhoWhatAndTheAnswer() {
        String html = youSaid.execute(params("by", "alex", "response", "adopted", "answer", "We moved it.",
                "saidOn", "2 March 2026"), "<p>Start later, please.</p>", fixture.context);
        Document page = Jsoup.parse(html);

        assertEquals("Said by Alex Morgan (said on 2 March 2026)", page.selectFirst(".alongside-contribution__by").text());
        assertEquals("Start later, please.", page.selectFirst("blockquote").text());
        assertEquals("Adopted", page.selectFirst(".alongside-badge").text());
        assertEquals("What we did: We moved it.", page.selectFirst(".alongside-contribution__answer").text());
        assertTrue(text(html).contains("This belongs inside a Decision macro."));
    }

    @Test
    public void youSaidByANameThatIsNotAUserShowsTheNameAndWithoutAnyoneIsAnonymous() {
        String named = youSaid.execute(params("by", "Zoë"), "<p>x</p>", fixture.context);
        String anonymous = youSaid.execute(params(), "<p>x</p>", fixture.context);

        assertEquals("Said by Zoë", Jsoup.parse(named).selectFirst(".alongside-contribution__by").text());
        assertEquals("Said by Anonymous", Jsoup.parse(anonymous).selectFirst(".alongside-contribution__by").text());
    }

    @Test
    public void youSaidProblemsAreExplained() {
        String html = youSaid.execute(params("response", "not-adopted", "answeredOn", "soon"), "", fixture.context);

        assertEquals(List.of(
                "Answer: Contribution 1 was not adopted: say why, so the loop can close.",
                "You said: Contribution 1 is empty: write what was said.",
                "Answered on: “soon” is not a date Alongside can read. Write it like 14 October 2026 or 14/10/2026."),
                Jsoup.parse(html).select(".alongside-decision__problems li").eachText());
    }

    @Test
    public void unreadableBodyIsAProblemNotAFailure() {
        String html = youSaid.execute(params("response", "pending"), "<p>unclosed", fixture.context);

        assertTrue(text(html).contains("Inside the decision: Alongside could not read the text inside this decision"));
        assertFalse(html.contains("Something went wrong"));
    }

    @Test
    public void hostileTextInEveryFieldIsShownAsTextAndNothingRuns() {
        for (String payload : TemplatesUnderConfluenceRulesTest.HOSTILE) {
            String body = "<p>" + xml(payload) + "</p><p><ac:link><ri:page ri:content-title=\"" + xml(payload)
                    + "\"/></ac:link></p>";
            String stageHtml = stage.execute(params("stage", payload), body, fixture.context);
            String saidHtml = youSaid.execute(params("by", payload, "response", payload, "answer", payload,
                    "saidOn", payload, "answeredOn", payload), body, fixture.context);

            assertEquals(payload, List.of(), HtmlInertness.activeContent(stageHtml));
            assertEquals(payload, List.of(), HtmlInertness.activeContent(saidHtml));
            assertFalse(payload, stageHtml.contains("Something went wrong") || saidHtml.contains("Something went wrong"));
        }
    }

    @Test
    public void nothingLabelsAPersonByRole() {
        String html = stage.execute(params("stage", "deciding"), "<p>Sam</p>", fixture.context)
                + youSaid.execute(params("response", "adapted", "answer", "Done"), "<p>x</p>", fixture.context);

        assertEquals(List.of(), MacroFixture.perspectiveWordsIn(html));
    }

    @Test
    public void bothAreBlockMacrosThatReceiveTheirBodyAsStorageFormat() throws Exception {
        for (Macro macro : List.of(stage, youSaid)) {
            assertEquals(Macro.BodyType.RICH_TEXT, macro.getBodyType());
            assertEquals(Macro.OutputType.BLOCK, macro.getOutputType());
            RequiresFormat format = macro.getClass().getMethod("execute", Map.class, String.class,
                    ConversionContext.class).getAnnotation(RequiresFormat.class);
            assertEquals(Format.Storage, format.value());
        }
    }
}
