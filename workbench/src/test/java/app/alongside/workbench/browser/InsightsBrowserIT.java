package app.alongside.workbench.browser;

import app.alongside.charter.Commitment;
import app.alongside.charter.Evaluation;
import app.alongside.decision.Stage;
import app.alongside.insight.InsightsFigures;
import app.alongside.insight.InsightsQuery;
import app.alongside.insight.view.InsightsSection;
import app.alongside.insight.view.InsightsView;
import app.alongside.insight.view.InsightsViews;
import app.alongside.ladder.LadderRung;
import app.alongside.reciprocity.ReciprocityTotals;
import app.alongside.signal.SignalKind;
import app.alongside.testsupport.render.ConfluenceVelocityEngine;
import app.alongside.testsupport.render.VelocityAllowlist;
import app.alongside.workbench.testing.Axe;
import app.alongside.workbench.testing.WorkbenchBrowser;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.io.InputStream;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/**
 * The insights page of the demo space in headless Chromium: every section has its chart, summary and data table or
 * a sentence saying why there is nothing to draw, axe finds nothing, and the PDF export output type keeps every SVG
 * and table. Charts from hand-made figures, rendered by the app's own template, are checked the same way in the
 * browser: accessible names from title and summary, and axe.
 */
public class InsightsBrowserIT {

    @ClassRule
    public static final WorkbenchBrowser WB = new WorkbenchBrowser();

    @Rule
    public final Timeout timeout = new Timeout(120, TimeUnit.SECONDS);

    private static WebDriver driver() {
        return WB.driver();
    }

    private static void openInsights(String outputType) {
        WB.open("/pages/viewpage.action?pageId=" + WB.pageId("RC", "Insights") + outputType);
    }

    /** Each section: a heading, and either a chart with its summary and table, or a sentence. Returns the SVG count. */
    private static int assertEverySectionReads(WebElement insights) {
        List<WebElement> sections = insights.findElements(By.cssSelector("section.alongside-insights__section"));
        assertEquals("rungs, stages, loops, signals, charters and reciprocity", 6, sections.size());
        int charts = 0;
        for (WebElement section : sections) {
            WebElement heading = section.findElement(By.cssSelector("h3"));
            assertFalse(heading.getText().isBlank());
            List<WebElement> svgs = section.findElements(By.cssSelector("svg"));
            if (!svgs.isEmpty()) {
                charts++;
                assertChartIsNamedAndHasItsTable(section, svgs.get(0));
            } else {
                String said = section.getText().substring(heading.getText().length()).strip();
                assertFalse(heading.getText() + " says nothing", said.isEmpty());
            }
        }
        return charts;
    }

    private static void assertChartIsNamedAndHasItsTable(WebElement section, WebElement svg) {
        assertEquals("img", svg.getDomAttribute("role"));
        String title = svg.findElement(By.cssSelector("title")).getDomProperty("textContent");
        String summary = section.findElement(By.cssSelector(".alongside-insights__summary")).getText();
        String name = svg.getAccessibleName();
        assertThat(name, containsString(title));
        assertEquals("the chart is described by the summary beside it", summary,
                svg.findElement(By.cssSelector("desc")).getDomProperty("textContent"));
        WebElement table = section.findElement(By.cssSelector("table"));
        assertFalse(table.findElement(By.cssSelector("caption")).getText().isBlank());
        assertFalse(table.findElements(By.cssSelector("th[scope=col]")).isEmpty());
        assertFalse(table.findElements(By.cssSelector("th[scope=row]")).isEmpty());
        assertTrue("drawn at a size", svg.getRect().getWidth() > 100 && svg.getRect().getHeight() > 50);
    }

    @Test
    public void theInsightsPageReadsInEverySectionAndAxeFindsNothing() {
        WB.actAs("alex");
        openInsights("");

        WebElement insights = driver().findElement(By.cssSelector(".alongside-insights"));
        assertThat(insights.getText(), containsString("Insights: how power was shared"));
        assertThat(insights.getText(), containsString("Decisions in RC made"));
        assertEverySectionReads(insights);
        assertTrue(insights.findElements(By.cssSelector("script")).isEmpty());
        Axe.assertNoViolations(driver(), "the insights page");
    }

    @Test
    public void thePdfExportOutputTypeKeepsEveryChartAndTable() {
        WB.actAs("alex");
        openInsights("");
        WebElement view = driver().findElement(By.cssSelector(".alongside-insights"));
        int svgs = view.findElements(By.cssSelector("svg")).size();
        int tables = view.findElements(By.cssSelector("table")).size();

        openInsights("&outputType=pdf");

        WebElement pdf = driver().findElement(By.cssSelector(".alongside-insights"));
        assertTrue(pdf.getDomAttribute("class"), pdf.getDomAttribute("class").contains("alongside-insights--export"));
        assertEquals(svgs, assertEverySectionReads(pdf));
        assertEquals(svgs, pdf.findElements(By.cssSelector("svg")).size());
        assertEquals(tables, pdf.findElements(By.cssSelector("table")).size());
        Axe.assertNoViolations(driver(), "the insights page as exported to PDF");
    }

    @Test
    public void chartsFromHandMadeFiguresReadInChromiumWithAxe() throws IOException {
        WB.actAs("alex");
        for (boolean export : new boolean[] {false, true}) {
            WB.open("/workbench/about");
            String html = renderedByTheAppsTemplate(figures(), export);
            ((JavascriptExecutor) driver()).executeScript(
                    "document.getElementById('main').insertAdjacentHTML('beforeend', arguments[0]);", html);

            WebElement insights = driver().findElement(By.cssSelector(".alongside-insights"));
            assertEquals(4, assertEverySectionReads(insights));
            WebElement rungs = insights.findElement(By.cssSelector("svg"));
            assertThat(rungs.getAccessibleName(), containsString("14 decisions were made from January to December 2026"));
            assertThat(insights.getText(), containsString("Not shown") );
            Axe.assertNoViolations(driver(), "insights charts from hand-made figures" + (export ? " (export)" : ""));
            if (!export) {
                // The page's styles, as Confluence would include them with the macro, for the guides' pictures.
                try (InputStream css = InsightsBrowserIT.class.getClassLoader().getResourceAsStream("css/insights.css")) {
                    ((JavascriptExecutor) driver()).executeScript("var s = document.createElement('style');"
                            + " s.textContent = arguments[0]; document.head.appendChild(s);",
                            new String(css.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                }
                List<WebElement> sections = insights.findElements(By.cssSelector("section[id]"));
                List<String> names = List.of("rungs", "stages", "loops", "signals");
                for (int i = 0; i < names.size(); i++) {
                    ((JavascriptExecutor) driver()).executeScript("arguments[0].scrollIntoView();", sections.get(i));
                    WB.screenshot("insights-" + names.get(i) + ".png", sections.get(i));
                }
                Axe.assertNoViolations(driver(), "insights charts from hand-made figures, styled");
            }
        }
    }

    /** A year with decisions at several rungs, hidden totals, open loops, signals and a charter; reciprocity below k. */
    private static InsightsFigures figures() {
        InsightsQuery query = new InsightsQuery(Set.of("RC"), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        List<InsightsFigures.MonthRungs> months = new ArrayList<>();
        int decisions = 0;
        for (YearMonth month : query.months()) {
            int m = month.getMonthValue();
            Map<LadderRung, Integer> rungs = m % 3 == 0
                    ? Map.of(LadderRung.CO_DESIGN, 1, LadderRung.CONSULTATION, 1, LadderRung.EDUCATING, m == 6 ? 1 : 0)
                    : Map.of(LadderRung.INFORMING, m % 2, LadderRung.CO_PRODUCTION, m == 4 ? 1 : 0);
            InsightsFigures.MonthRungs row = new InsightsFigures.MonthRungs(month, rungs);
            decisions += row.total();
            months.add(row);
        }
        List<InsightsFigures.StageInvolvement> stages = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            int notShown = 4;
            int nobody = stage == Stage.REVIEWING ? 6 : 0;
            int with = 8 - stage.ordinal();
            stages.add(new InsightsFigures.StageInvolvement(stage, with, decisions - with - notShown - nobody, notShown,
                    nobody));
        }
        return new InsightsFigures(query, List.of("SECRET"), decisions, months, 3, stages,
                new InsightsFigures.OpenLoops(3, 1, 0, 2, Optional.of(240)),
                List.of(new InsightsFigures.SignalTally(SignalKind.DECIDED_WITHOUT_LIVED_EXPERIENCE, 4, 1),
                        new InsightsFigures.SignalTally(SignalKind.CLAIMED_ABOVE_EVIDENCE, 2, 2),
                        new InsightsFigures.SignalTally(SignalKind.SAME_PEOPLE, 1, 0)),
                List.of(new InsightsFigures.CharterCommitments(1, "Our charter", List.of(
                        new Evaluation(new Commitment.LivedExperienceAtAgenda(), Evaluation.State.BROKEN, List.of(),
                                List.of())))),
                new ReciprocityTotals.NotShown(3));
    }

    /** The app's insights template under Confluence's rules, with the app's own words. */
    private static String renderedByTheAppsTemplate(InsightsFigures figures, boolean export) throws IOException {
        ClassLoader loader = InsightsBrowserIT.class.getClassLoader();
        ResourceBundle bundle = ResourceBundle.getBundle("i18n/alongside", Locale.UK, loader);
        InsightsView view = new InsightsViews((key, args) -> new MessageFormat(bundle.getString(key), Locale.UK)
                .format(args)).of(figures, InsightsSection.all(), "", "hand-made", export);
        try (InputStream descriptor = loader.getResourceAsStream("atlassian-plugin.xml")) {
            assertNotNull(descriptor);
            ConfluenceVelocityEngine engine = ConfluenceVelocityEngine.create(loader,
                    VelocityAllowlist.fromPluginDescriptor(descriptor));
            Map<String, Object> model = new HashMap<>();
            model.put("problems", List.of());
            model.put("problemsHeading", "");
            model.put("view", view);
            return engine.render("templates/insight/insights.vm", model);
        }
    }
}
