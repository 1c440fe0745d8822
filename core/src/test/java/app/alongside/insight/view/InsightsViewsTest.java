package app.alongside.insight.view;

import app.alongside.decision.Stage;
import app.alongside.insight.InsightsFigures;
import app.alongside.insight.InsightsQuery;
import app.alongside.ladder.LadderRung;
import app.alongside.reciprocity.ReciprocityTotals;
import app.alongside.text.Messages;
import org.junit.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

public class InsightsViewsTest {

    /** Echoes the key and its arguments, so the tests see what would be said. */
    private static final Messages ECHO = (key, args) -> args.length == 0 ? key : key + Arrays.toString(args);
    private final InsightsViews views = new InsightsViews(ECHO);

    private InsightsView view(InsightsFigures figures) {
        return views.of(figures, InsightsSection.all(), "/confluence", "ins-1", false);
    }

    private static InsightsView.ChartSection chart(InsightsView view, String id) {
        return view.charts().stream().filter(c -> c.id().equals("ins-1-" + id)).findFirst().orElseThrow();
    }

    @Test
    public void periodsAreNamedAsPeopleSayThem() {
        assertEquals("alongside.insights.period.range[January, December 2026]",
                views.period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
        assertEquals("alongside.insights.period.month[November 2026]",
                views.period(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)));
        assertEquals("alongside.insights.period.range[December 2025, November 2026]",
                views.period(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 11, 30)));
        assertEquals("alongside.insights.period.range[15 March 2026, 29 November 2026]",
                views.period(LocalDate.of(2026, 3, 15), LocalDate.of(2026, 11, 29)));
    }

    @Test
    public void theRungSummarySaysHowManyDecisionsWereDoingWithForAndTo() {
        InsightsFigures figures = InsightsFixtures.busy(InsightsFixtures.year2026("RC"), "Our charter");
        int with = 0;
        int doingFor = 0;
        int to = 0;
        for (InsightsFigures.MonthRungs month : figures.byMonth()) {
            with += month.inBand(LadderRung.Band.DOING_WITH);
            doingFor += month.inBand(LadderRung.Band.DOING_FOR);
            to += month.inBand(LadderRung.Band.DOING_TO);
        }

        InsightsView.ChartSection rungs = chart(view(figures), "rungs");

        assertEquals("alongside.insights.rungs.summary[" + figures.decisions()
                + ", alongside.insights.period.range[January, December 2026], " + with + ", " + doingFor + ", " + to
                + "]", rungs.summary());
        assertTrue(rungs.hasChart());
        assertEquals(List.of("alongside.insights.rungs.couldBeHigher[5]"), rungs.notes());
        assertEquals("a row per month and a total", 13, rungs.table().rows().size());
        assertEquals("month, seven rungs, total", 9, rungs.table().columns().size());
        InsightsView.Row total = rungs.table().rows().get(12);
        assertEquals(String.valueOf(figures.decisions()), total.cells().get(7));
    }

    @Test
    public void noDecisionsIsASentenceNeverAnEmptyChart() {
        InsightsView view = view(InsightsFixtures.nothing(InsightsFixtures.year2026("RC")));

        for (InsightsView.ChartSection chart : view.charts()) {
            assertFalse(chart.id(), chart.hasChart());
            assertFalse(chart.id(), chart.emptyText().isEmpty());
        }
        assertEquals("alongside.insights.rungs.none[alongside.insights.period.range[January, December 2026]]",
                chart(view, "rungs").emptyText());
        assertEquals("alongside.insights.loops.none", chart(view, "loops").emptyText());
        assertEquals("alongside.insights.signals.none", chart(view, "signals").emptyText());
        assertEquals("alongside.insights.charters.none", view.charters().emptyText());
        assertFalse(view.charters().hasCharters());
    }

    @Test
    public void oneMonthIsNamedAsThatMonth() {
        InsightsQuery november = new InsightsQuery(Set.of("RC"), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
        InsightsFigures figures = new InsightsFigures(november, List.of(), 1,
                List.of(new InsightsFigures.MonthRungs(YearMonth.of(2026, 11), Map.of(LadderRung.CO_DESIGN, 1))), 0,
                List.of(), new InsightsFigures.OpenLoops(0, 0, 0, 0, Optional.empty()), List.of(), List.of(),
                new ReciprocityTotals.NotShown(3));

        InsightsView.ChartSection rungs = chart(view(figures), "rungs");

        assertEquals("alongside.insights.rungs.summary[1, alongside.insights.period.month[November 2026], 1, 0, 0]",
                rungs.summary());
        assertTrue(rungs.notes().isEmpty());
        assertEquals(2, rungs.table().rows().size());
    }

    @Test
    public void whenEveryStageTotalIsSuppressedTheSummarySaysNothingCanBeToldNotZero() {
        InsightsQuery query = InsightsFixtures.year2026("RC");
        List<InsightsFigures.StageInvolvement> stages = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            stages.add(new InsightsFigures.StageInvolvement(stage, 0, 0, 4, stage == Stage.REVIEWING ? 0 : 0));
        }
        InsightsFigures figures = new InsightsFigures(query, List.of(), 4, InsightsFixtures.nothing(query).byMonth(),
                4, stages, new InsightsFigures.OpenLoops(0, 0, 0, 0, Optional.empty()), List.of(), List.of(),
                new ReciprocityTotals.NotShown(3));

        InsightsView.ChartSection chart = chart(view(figures), "stages");

        assertEquals("alongside.insights.stages.summary.nothingKnown[4, "
                + "alongside.insights.period.range[January, December 2026]]", chart.summary());
        assertEquals(List.of("alongside.insights.stages.notShownNote"), chart.notes());
        assertTrue("the chart still shows that the totals are hidden", chart.hasChart());
    }

    @Test
    public void theStageSummaryNamesEveryStage() {
        InsightsView.ChartSection chart = chart(view(InsightsFixtures.busy(InsightsFixtures.year2026("RC"), "C")),
                "stages");

        assertTrue(chart.summary(), chart.summary().startsWith("alongside.insights.stages.summary["));
        for (Stage stage : Stage.values()) {
            assertTrue(chart.summary(), chart.summary().contains("alongside.insights.stages.summary.part[alongside.stage."
                    + stage.parameterValue() + ".name"));
        }
        assertEquals(5, chart.table().rows().size());
    }

    @Test
    public void loopsAndSignalsCountWhatWasRaisedAndLeaveOutKindsNeverRaised() {
        InsightsView view = view(InsightsFixtures.busy(InsightsFixtures.year2026("RC"), "C"));

        assertEquals("alongside.insights.loops.summary[8, 200]", chart(view, "loops").summary());
        InsightsView.ChartSection signals = chart(view, "signals");
        assertEquals("alongside.insights.signals.summary[10, 3, 3, "
                + "alongside.signal.decided-without-lived-experience.name, 6]", signals.summary());
        assertEquals(3, signals.table().rows().size());
        assertEquals(List.of("alongside.insights.signals.spaceNote"), signals.notes());
    }

    @Test
    public void reciprocityIsATableInPoundsAndHoursOrNotShownBelowK() {
        InsightsView shown = view(InsightsFixtures.busy(InsightsFixtures.year2026("RC"), "C"));
        assertTrue(shown.reciprocity().shown());
        List<String> values = shown.reciprocity().table().rows().stream().map(r -> r.cells().get(0)).toList();
        assertEquals(List.of("5", "23", "37.5", "£1,234.50", "£40.00", "2", "14"), values);

        InsightsView hidden = view(InsightsFixtures.nothing(InsightsFixtures.year2026("RC")));
        assertFalse(hidden.reciprocity().shown());
        assertEquals("alongside.insights.reciprocity.notShown[3]", hidden.reciprocity().notShownText());
    }

    @Test
    public void nothingPaidYetIsSaidInWords() {
        InsightsFigures busy = InsightsFixtures.busy(InsightsFixtures.year2026("RC"), "C");
        InsightsFigures figures = new InsightsFigures(busy.query(), List.of(), busy.decisions(), busy.byMonth(), 0,
                busy.byStage(), busy.openLoops(), busy.signals(), busy.charters(),
                new ReciprocityTotals.Shown(3, 3, 90, 0, 3000, 0, OptionalInt.empty()));

        List<String> values = view(figures).reciprocity().table().rows().stream().map(r -> r.cells().get(0)).toList();

        assertEquals("1.5", values.get(2));
        assertEquals("alongside.insights.reciprocity.nothingPaid", values.get(6));
    }

    @Test
    public void chartersLinkToTheirPageAndSayEachCommitmentsState() {
        InsightsView.CharterSection charters = view(InsightsFixtures.busy(InsightsFixtures.year2026("RC"),
                "Our charter")).charters();

        InsightsView.CharterItem charter = charters.charters().get(0);
        assertEquals("Our charter", charter.title());
        assertEquals("/confluence/pages/viewpage.action?pageId=42", charter.href());
        assertEquals("alongside.charter.commitment.lived-experience-in-every-decision.name[2]",
                charter.commitments().get(0).name());
        assertEquals("at-risk", charter.commitments().get(0).stateValue());
        assertEquals("alongside.charter.state.at-risk.name", charter.commitments().get(0).stateText());
        assertEquals("cannot-evaluate", charter.commitments().get(1).stateValue());
    }

    @Test
    public void spacesLeftOutAreMentionedButNeverNamed() {
        InsightsFigures busy = InsightsFixtures.busy(InsightsFixtures.year2026("RC", "SECRET"), "C");
        InsightsFigures figures = new InsightsFigures(busy.query(), List.of("SECRET"), busy.decisions(),
                busy.byMonth(), busy.partlyKnown(), busy.byStage(), busy.openLoops(), busy.signals(), busy.charters(),
                busy.reciprocity());

        InsightsView view = view(figures);

        assertEquals("alongside.insights.spacesLeftOut", view.leftOutText());
        assertTrue(view.scopeText(), view.scopeText().startsWith("alongside.insights.scope[RC, "));
        assertFalse(view.scopeText(), view.scopeText().contains("SECRET"));
    }

    @Test
    public void showPicksTheSectionsInTheirFixedOrder() {
        InsightsView view = views.of(InsightsFixtures.busy(InsightsFixtures.year2026("RC"), "C"),
                EnumSet.of(InsightsSection.SIGNALS, InsightsSection.RUNGS), "", "ins-1", true);

        assertEquals(List.of("ins-1-rungs", "ins-1-signals"), view.charts().stream().map(InsightsView.ChartSection::id)
                .toList());
        assertNull(view.charters());
        assertNull(view.reciprocity());
        assertTrue(view.export());
    }

    @Test
    public void hostileWordsAndTitlesLeaveEveryChartWellFormedAndInert() {
        InsightsViews hostile = new InsightsViews((key, args) -> BarChartTest.HOSTILE);
        InsightsView view = hostile.of(InsightsFixtures.busy(InsightsFixtures.year2026("RC"), BarChartTest.HOSTILE),
                InsightsSection.all(), "/confluence", "ins-1", false);

        for (InsightsView.ChartSection chart : view.charts()) {
            assertTrue(chart.id(), chart.hasChart());
            BarChartTest.assertNoActiveContent(BarChartTest.parse(chart.svgHtml()));
        }
    }

    @Test
    public void everyChartOnAPageHasItsOwnIds() {
        InsightsView view = view(InsightsFixtures.busy(InsightsFixtures.year2026("RC"), "C"));
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (InsightsView.ChartSection chart : view.charts()) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(" id=\"([^\"]+)\"").matcher(chart.svgHtml());
            while (m.find()) {
                assertTrue(m.group(1), ids.add(m.group(1)));
            }
        }
        assertTrue(ids.size() >= 8);
    }
}
