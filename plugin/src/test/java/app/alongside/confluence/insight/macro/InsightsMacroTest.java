package app.alongside.confluence.insight.macro;

import app.alongside.confluence.security.AppPermissions;
import app.alongside.confluence.security.CurrentUser;
import app.alongside.confluence.security.ViewableSpaces;
import app.alongside.confluence.testing.AppRendering;
import app.alongside.confluence.testing.HtmlInertness;
import app.alongside.confluence.web.CurrentRequest;
import app.alongside.insight.Insights;
import app.alongside.insight.InsightsFigures;
import app.alongside.insight.InsightsQuery;
import app.alongside.insight.view.InsightsFixtures;
import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.pages.Page;
import com.atlassian.sal.api.web.context.HttpContext;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

public class InsightsMacroTest {

    private final AppRendering rendering = new AppRendering();
    private final HttpContext httpContext = mock(HttpContext.class);
    private final CurrentUser currentUser = mock(CurrentUser.class);
    private final AppPermissions permissions = mock(AppPermissions.class);
    private final ConversionContext context = mock(ConversionContext.class);
    private final Page page = mock(Page.class);
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC);
    private final Set<String> hiddenSpaces = new LinkedHashSet<>();

    /** What the fake answers for a query; the spaces the viewer cannot view are always left out, as the contract says. */
    private Function<InsightsQuery, InsightsFigures> answer = query -> InsightsFixtures.busy(query, "Our charter");
    private RuntimeException failure;
    private InsightsQuery asked;
    private InsightsMacro macro;

    @Before
    public void setUp() {
        when(context.getSpaceKey()).thenReturn("RC");
        when(context.getOutputType()).thenReturn("display");
        when(context.getEntity()).thenReturn(page);
        when(page.getId()).thenReturn(900L);
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getContextPath()).thenReturn("/confluence");
        when(httpContext.getRequest()).thenReturn(request);
        when(currentUser.get()).thenReturn(Optional.empty());
        when(permissions.viewableSpaces(any(), any())).thenAnswer(call -> {
            Collection<String> keys = call.getArgument(1);
            Set<String> visible = new LinkedHashSet<>(keys);
            visible.removeAll(hiddenSpaces);
            return new ViewableSpaces(visible, List.copyOf(visible), List.copyOf(hiddenSpaces));
        });
        Insights fake = (query, spaces, pages, today) -> {
            asked = query;
            assertEquals(LocalDate.of(2026, 11, 29), today);
            if (failure != null) {
                throw failure;
            }
            Set<String> leftOut = new TreeSet<>(query.spaceKeys());
            leftOut.removeAll(spaces.visible(query.spaceKeys()));
            InsightsFigures f = answer.apply(query);
            return new InsightsFigures(query, List.copyOf(leftOut), f.decisions(), f.byMonth(), f.partlyKnown(),
                    f.byStage(), f.openLoops(), f.signals(), f.charters(), f.reciprocity());
        };
        macro = new InsightsMacro(rendering.templates, rendering.messages, fake, permissions, currentUser,
                ids -> Set.copyOf(ids), new CurrentRequest(httpContext), clock);
    }

    private Document render(Map<String, String> parameters) {
        String html = macro.execute(parameters, "", context);
        assertEquals(html, List.of("<svg>", "<svg>", "<svg>", "<svg>").subList(0, count(html)),
                HtmlInertness.activeContent(html));
        return Jsoup.parse(html);
    }

    private static int count(String html) {
        return Jsoup.parse(html).select("svg").size();
    }

    @Test
    public void everyChartComesWithItsHeadingSummaryAndDataTable() {
        Document html = render(Map.of());

        List<Element> sections = html.select("section.alongside-insights__section[id]");
        assertEquals(4, sections.size());
        for (Element section : sections) {
            Element svg = section.selectFirst("svg[role=img]");
            assertNotNull(section.id(), svg);
            String[] labelledBy = svg.attr("aria-labelledby").split(" ");
            assertEquals(svg.selectFirst("title").id(), labelledBy[0]);
            assertEquals(svg.selectFirst("desc").id(), labelledBy[1]);
            assertEquals(section.selectFirst(".alongside-insights__summary").text(), svg.selectFirst("desc").text());
            Element table = section.selectFirst("table");
            assertFalse(table.selectFirst("caption").text().isBlank());
            assertFalse(table.select("th[scope=col]").isEmpty());
            assertFalse(table.select("th[scope=row]").isEmpty());
        }
        String text = html.text();
        assertTrue(text, text.contains("Insights: how power was shared"));
        assertTrue(text, text.contains("Decisions in RC made from December 2025 to November 2026."));
        assertTrue(text, text.matches(".*\\d+ decisions were made from December 2025 to November 2026: \\d+ doing with "
                + "people \\(co-design or co-production\\).*"));
        assertTrue(text, text.contains("5 of these decisions could be higher on the ladder"));
        assertTrue(text, text.contains("8 “you said” contributions are waiting for a “we did” or “we couldn’t, "
                + "because”; the oldest has waited 200 days."));
        assertTrue(text, text.contains("The most frequent was “Decided without lived experience” (6)."));
        assertEquals(Set.of(InsightsMacro.WEB_RESOURCE), rendering.pageBuilder.required);
    }

    @Test
    public void theDefaultIsThisPagesSpaceOverTheLastTwelveWholeMonths() {
        render(Map.of());

        assertEquals(Set.of("RC"), asked.spaceKeys());
        assertEquals(LocalDate.of(2025, 12, 1), asked.from());
        assertEquals(LocalDate.of(2026, 11, 30), asked.to());
    }

    @Test
    public void namedPeriodsAndDatesSetWhatIsCovered() {
        render(Map.of("period", "this-year", "spaces", "RC, BOARD"));
        assertEquals(Set.of("RC", "BOARD"), asked.spaceKeys());
        assertEquals(LocalDate.of(2026, 1, 1), asked.from());
        assertEquals(LocalDate.of(2026, 12, 31), asked.to());

        render(Map.of("period", "last-3-months"));
        assertEquals(LocalDate.of(2026, 9, 1), asked.from());

        render(Map.of("period", "all"));
        assertEquals(LocalDate.of(2016, 12, 1), asked.from());

        Document html = render(Map.of("from", "2026-03-15", "to", "2026-06-30", "period", "all"));
        assertEquals(LocalDate.of(2026, 3, 15), asked.from());
        assertEquals(LocalDate.of(2026, 6, 30), asked.to());
        assertTrue(html.text(), html.text().contains("made from 15 March 2026 to 30 June 2026"));
    }

    @Test
    public void badParametersAreExplainedAndTheRestStillRenders() {
        Document html = render(Map.of("spaces", "RC, not!a!key", "period", "fortnight", "show", "rungs, pies",
                "from", "someday"));

        List<String> problems = html.select(".alongside-insights__problems li").eachText();
        assertEquals(4, problems.size());
        assertTrue(problems.toString(), problems.contains("Spaces: “not!a!key” is not a space key. Space keys are "
                + "letters and numbers, such as RC."));
        assertTrue(problems.toString(), problems.contains("Period: “fortnight” is not a period. Use last-3-months, "
                + "last-12-months, this-year or all. The last 12 months are shown."));
        assertTrue(problems.toString(), problems.contains("From: “someday” is not a date. Write dates like 2026-11-29."));
        assertTrue(problems.toString(), problems.contains("Show: “pies” is not a part of the insights. Use any of: "
                + "rungs, stages, loops, signals, charters, reciprocity."));
        assertEquals(Set.of("RC"), asked.spaceKeys());
        assertEquals(1, html.select("svg").size());
        assertTrue(html.selectFirst("#" + html.selectFirst("section[id]").id()).id().endsWith("-rungs"));
    }

    @Test
    public void fromAfterToFallsBackToThePeriodAndSaysSo() {
        Document html = render(Map.of("from", "2026-10-01", "to", "2026-01-01"));

        assertEquals(List.of("To: “From” is after “To”, so the period is shown instead."),
                html.select(".alongside-insights__problems li").eachText());
        assertEquals(LocalDate.of(2025, 12, 1), asked.from());
    }

    @Test
    public void spacesTheViewerCannotViewAreLeftOutWithoutNamingThem() {
        hiddenSpaces.add("SECRET");

        Document html = render(Map.of("spaces", "RC,SECRET"));

        assertTrue(html.text(), html.text().contains("Some spaces are not shown because you cannot view them."));
        assertFalse(html.text(), html.text().contains("SECRET"));
        assertFalse(html.html(), html.html().contains("SECRET"));
    }

    @Test
    public void withNothingToShowEachPartSaysSoInASentence() {
        answer = InsightsFixtures::nothing;

        Document html = render(Map.of());

        assertTrue(html.select("svg").isEmpty());
        assertTrue(html.select("table").isEmpty());
        String text = html.text();
        assertTrue(text, text.contains("No decisions were made from December 2025 to November 2026."));
        assertTrue(text, text.contains("Every “you said” in these decisions has an answer."));
        assertTrue(text, text.contains("No tokenism signals were raised for these decisions."));
        assertTrue(text, text.contains("No charter covers these spaces."));
        assertTrue(text, text.contains("Not shown: fewer than 3 people contributed."));
    }

    @Test
    public void chartersLinkToTheirPagesWithEachCommitmentsStateInWords() {
        Document html = render(Map.of("show", "charters"));

        Element link = html.selectFirst(".alongside-insights__charter a");
        assertEquals("Our charter", link.text());
        assertEquals("/confluence/pages/viewpage.action?pageId=42", link.attr("href"));
        assertEquals(List.of("At least 2 people with lived experience take part in every decision State: At risk",
                "The chair rotates State: Cannot be checked"), html.select(".alongside-insights__commitments li")
                .eachText());
    }

    @Test
    public void reciprocityIsATableInPoundsAndHours() {
        Document html = render(Map.of("show", "reciprocity"));

        List<String> rows = html.select(".alongside-insights__reciprocity tbody tr").eachText();
        assertEquals(List.of("People who contributed 5", "Contributions recorded 23", "Hours given 37.5",
                "Paid £1,234.50", "Still owed £40.00", "Contributions where recognition was declined 2",
                "Median days from contribution to payment 14"), rows);
    }

    @Test
    public void exportsKeepEveryChartInlineAndStackTheTables() {
        for (String output : List.of("pdf", "word", "email")) {
            when(context.getOutputType()).thenReturn(output);

            Document html = render(Map.of());

            assertTrue(output, html.selectFirst(".alongside-insights").hasClass("alongside-insights--export"));
            assertEquals(output, 4, html.select("svg").size());
            assertEquals(output, 5, html.select("table").size());
            assertTrue(output, html.select("script, button, form, details").isEmpty());
        }
        when(context.getOutputType()).thenReturn("display");
        assertFalse(render(Map.of()).selectFirst(".alongside-insights").hasClass("alongside-insights--export"));
    }

    @Test
    public void theSameMacroGetsTheSameIdsEveryTimeAndDifferentSettingsDifferentOnes() {
        String a = InsightsMacro.idPrefix(Map.of("period", "all"), context);
        assertEquals(a, InsightsMacro.idPrefix(Map.of("period", "all"), context));
        assertFalse(a.equals(InsightsMacro.idPrefix(Map.of("period", "this-year"), context)));
        assertTrue(a, a.matches("alongside-insights-[0-9a-f]+-[0-9a-f]+"));
    }

    @Test
    public void whenTheFiguresCannotBeWorkedOutTheReaderGetsAReference() {
        failure = new IllegalStateException("database down");

        String html = macro.execute(Map.of(), "", context);

        assertTrue(html, Jsoup.parse(html).text().matches(".*The insights could not be worked out just now\\. Try "
                + "again later; if it keeps happening, give your administrator this reference: [0-9a-f]{8}\\..*"));
    }

    @Test
    public void withoutASpaceTheAuthorIsToldToNameOne() {
        when(context.getSpaceKey()).thenReturn(null);

        Document html = render(Map.of());

        assertEquals(List.of("Spaces: Name the spaces these insights cover, such as RC, or put the macro on a page in "
                + "a space."), html.select(".alongside-insights__problems li").eachText());
        assertTrue(html.select("svg").isEmpty());
    }
}
