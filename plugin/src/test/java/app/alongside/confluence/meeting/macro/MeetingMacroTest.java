package app.alongside.confluence.meeting.macro;

import app.alongside.confluence.testing.AppRendering;
import app.alongside.confluence.web.CurrentRequest;
import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.web.context.HttpContext;
import jakarta.servlet.http.HttpServletRequest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.Before;
import org.junit.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The meeting record through the real reader, words and templates, with Confluence's services mocked. */
public class MeetingMacroTest {

    private static final List<String> ROLE_WORDS = List.of("lived experience", "patient", "service user", "staff",
            "carer", "clinician", "peer worker", "practitioner", "diagnosis", "professional", "chairperson",
            "facilitator");

    private final AppRendering rendering = new AppRendering();
    private final UserAccessor userAccessor = mock(UserAccessor.class);
    private final HttpContext httpContext = mock(HttpContext.class);
    private final ConversionContext context = mock(ConversionContext.class);
    private final MeetingMacro macro = new MeetingMacro(rendering.templates, rendering.messages, userAccessor,
            new CurrentRequest(httpContext));

    @Before
    public void aPageInSpaceRc() {
        when(context.getSpaceKey()).thenReturn("RC");
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getContextPath()).thenReturn("/confluence");
        when(httpContext.getRequest()).thenReturn(request);
        ConfluenceUser alex = mock(ConfluenceUser.class);
        when(alex.getFullName()).thenReturn("Alex Morgan");
        when(userAccessor.getUserByKey(new UserKey("u-alex"))).thenReturn(alex);
    }

    private Document render(Map<String, String> parameters, String body) {
        return Jsoup.parse(macro.execute(parameters, body, context));
    }

    @Test
    public void showsTheDayAndTheCoChairsLinkedAsTheDecisionCardLinksPeople() {
        Document html = render(Map.of("date", "14/10/2026"), "<p><ac:link><ri:user ri:userkey=\"u-alex\"/></ac:link>"
                + " and <ac:link><ri:page ri:content-title=\"Priya Shah\"/></ac:link></p>");

        Element summary = html.selectFirst(".alongside-meeting__summary");
        assertEquals("Meeting on 14 October 2026 · Chaired by Alex Morgan and Priya Shah", summary.text());
        assertEquals("2026-10-14", summary.selectFirst("time").attr("datetime"));
        assertEquals("/confluence/display/RC/Priya+Shah", summary.selectFirst("a").attr("href"));
        assertTrue(html.select(".alongside-decision__problems").isEmpty());
        assertTrue(rendering.pageBuilder.required.contains("app.alongside.confluence:decision-resources"));
    }

    @Test
    public void whatTheWriterShouldFixIsListedAboveTheRecord() {
        Document html = render(Map.of("date", "sometime"), "");

        assertEquals(List.of("“sometime” is not a date Alongside can read. Write it like 14 October 2026 or "
                        + "14/10/2026.", "Name who chaired the meeting in the box: mention them, link their "
                        + "participant page, or type their name."),
                html.select(".alongside-decision__problems li").eachText());
        assertEquals("Meeting (no date given) · Who chaired is not recorded",
                html.selectFirst(".alongside-meeting__summary").text());
    }

    @Test
    public void aBodyThatCannotBeReadSaysSoAndStillShowsTheDay() {
        Document html = render(Map.of("date", "2026-10-14"), "<p>unclosed");

        assertTrue(html.text().contains("Who chaired could not be read."));
        assertFalse(html.text().contains("Name who chaired"));
        assertTrue(html.text().contains("Meeting on 14 October 2026"));
    }

    @Test
    public void hostileTextInTheBodyAndDateIsShownAsText() {
        Document html = render(Map.of("date", "<script>alert(1)</script>"),
                "<p>&lt;img src=x onerror=alert(1)&gt;</p>");

        assertTrue(html.select("script, img").isEmpty());
        assertTrue(html.text().contains("<img src=x onerror=alert(1)>"));
    }

    @Test
    public void aPersonIsNeverLabelledByRole() {
        String text = render(Map.of("date", "2026-10-14"), "<p>Sam</p>").text().toLowerCase(Locale.UK);

        for (String word : ROLE_WORDS) {
            assertFalse(word, text.contains(word));
        }
    }

    @Test
    public void takesARichTextBodyAndRendersABlock() {
        assertEquals(Macro.BodyType.RICH_TEXT, macro.getBodyType());
        assertEquals(Macro.OutputType.BLOCK, macro.getOutputType());
    }
}
