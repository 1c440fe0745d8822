package app.alongside.workbench.browser;

import app.alongside.workbench.testing.Axe;
import app.alongside.workbench.testing.WorkbenchBrowser;
import org.junit.ClassRule;
import org.junit.FixMethodOrder;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.Timeout;
import org.junit.runners.MethodSorters;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * Participant pages end to end in headless Chromium: a person creates their own page from the blueprint (the wizard
 * asks for their name first), sees their card and a link to their data, finds people in the directory by typing
 * (with JavaScript) and by searching (without), and reads decision cards whose stages end with a suppressed
 * lived-experience total. axe-core checks every screen on the way, also at 320 CSS pixels wide.
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class ParticipantsBrowserIT {

    @ClassRule
    public static final WorkbenchBrowser WB = new WorkbenchBrowser();

    @Rule
    public final Timeout timeout = new Timeout(90, TimeUnit.SECONDS);

    private static WebDriver driver() {
        return WB.driver();
    }

    private static String main() {
        return driver().findElement(By.tagName("main")).getText();
    }

    private static void axe(String what) {
        Axe.assertNoViolations(driver(), what);
    }

    private static WebElement wizardSubmit() {
        List<WebElement> buttons = driver().findElements(By.cssSelector("form.wb-wizard button[type=submit]"));
        return buttons.get(buttons.size() - 1);
    }

    @Test
    public void a_ownParticipantPageFromTheBlueprintAsksForANameFirst() {
        WB.actAs("chris");
        WB.open("/workbench/create?spaceKey=RC");
        assertThat(main(), containsString("Participant page"));
        WB.clickThrough(driver().findElement(By.linkText("Participant page")));
        assertThat(main(), containsString("A page about a person, not a role"));
        assertThat("no role, diagnosis or service use is asked", main().toLowerCase(), not(containsString("diagnosis:")));
        axe("the participant page wizard");
        WB.screenshot("blueprint-participant-wizard.png", driver().findElement(By.tagName("main")));

        driver().findElement(By.id("alongside-participant-pronouns")).sendKeys("he/him");
        driver().findElement(By.id("alongside-participant-name")).sendKeys("   ");
        WB.clickThrough(wizardSubmit());
        assertFalse("the wizard says what is missing", driver().findElements(By.cssSelector("[role=alert]")).isEmpty());
        assertEquals("he/him", driver().findElement(By.id("alongside-participant-pronouns")).getDomProperty("value"));
        axe("the participant page wizard with its error");

        driver().findElement(By.id("alongside-participant-name")).clear();
        driver().findElement(By.id("alongside-participant-name")).sendKeys("Chris Doyle");
        driver().findElement(By.id("alongside-participant-is-me")).click();
        WB.clickThrough(wizardSubmit());

        assertEquals("Chris Doyle", driver().findElement(By.cssSelector("main h1")).getText());
        WebElement card = driver().findElement(By.cssSelector("section.alongside-participant"));
        assertEquals("Chris Doyle", card.findElement(By.tagName("h2")).getText());
        assertThat(card.getText(), containsString("he/him"));
        assertEquals("My data: what Alongside holds about me",
                card.findElement(By.cssSelector(".alongside-participant__my-data a")).getText());
        axe("a participant page created from the blueprint");

        WB.open("/display/RC/People in the group");
        assertThat(main(), containsString("Chris Doyle"));
        axe("the participant pages' index (the directory)");
    }

    @Test
    public void b_profileCardShowsThePersonAndTheDecisionsTheyTookPartIn() {
        WB.actAs("sam");
        WB.open("/pages/viewpage.action?pageId=" + WB.pageId("RC", "Priya Shah"));
        WebElement card = driver().findElement(By.cssSelector("section.alongside-participant"));
        assertThat(card.getText(), containsString("Decisions I\u2019ve taken part in"));
        assertTrue("only the person sees the link to their data",
                card.findElements(By.cssSelector(".alongside-participant__my-data")).isEmpty());
        axe("a participant's profile card");
        WB.screenshot("participant-card.png", driver().findElement(By.cssSelector(".alongside-participant-wrapper")));

        for (String outputType : new String[] {"preview", "pdf"}) {
            WB.open("/pages/viewpage.action?pageId=" + WB.pageId("RC", "Priya Shah") + "&outputType=" + outputType);
            assertEquals(1, driver().findElements(By.cssSelector("section.alongside-participant")).size());
            axe("a participant's profile card (" + outputType + ")");
        }
    }

    @Test
    public void c_directoryFiltersAsYouTypeAndSearchesWithoutJavaScript() {
        WB.actAs("sam");
        String people = "/pages/viewpage.action?pageId=" + WB.pageId("RC", "People in our group");
        WB.open(people);
        List<WebElement> cards = driver().findElements(By.cssSelector(".alongside-person-card"));
        assertTrue(cards.size() >= 3);
        axe("the participant directory");
        WB.screenshot("participant-directory.png", driver().findElement(By.cssSelector(".alongside-directory")));

        WebElement filter = driver().findElement(By.cssSelector(".alongside-directory__filter input"));
        filter.sendKeys("gujarati");
        long shown = driver().findElements(By.cssSelector(".alongside-person-card")).stream()
                .filter(WebElement::isDisplayed).count();
        assertEquals(1, shown);
        assertThat(driver().findElement(By.cssSelector(".alongside-directory__filter-status")).getText(),
                containsString("1 of " + cards.size() + " people shown"));
        axe("the participant directory filtered as you type");

        WB.open(people);
        driver().findElement(By.id("alongside-directory-skill")).sendKeys("no such skill anywhere");
        WB.clickThrough(driver().findElement(By.cssSelector(".alongside-directory__search button[type=submit]")));
        WebElement empty = driver().findElement(By.cssSelector(".alongside-directory__empty--filtered"));
        assertThat(empty.getText(), containsString("Nobody matches your search."));
        axe("the participant directory searched to nothing");
        WB.clickThrough(empty.findElement(By.linkText("Show everyone")));
        assertEquals(cards.size(), driver().findElements(By.cssSelector(".alongside-person-card")).size());

        for (String outputType : new String[] {"preview", "pdf"}) {
            WB.open(people + "&outputType=" + outputType);
            assertTrue("no search form in " + outputType,
                    driver().findElements(By.cssSelector(".alongside-directory__search")).isEmpty());
            axe("the participant directory (" + outputType + ")");
        }
    }

    @Test
    public void d_directoryAsATable() {
        WB.actAs("alex");
        long id = createPage("People as a table", "<ac:structured-macro ac:name=\"alongside-participant-directory\">"
                + "<ac:parameter ac:name=\"layout\">table</ac:parameter></ac:structured-macro>");
        WB.open("/pages/viewpage.action?pageId=" + id);
        assertFalse(driver().findElements(By.cssSelector(".alongside-directory__table caption")).isEmpty());
        axe("the participant directory as a table");
    }

    @Test
    public void e_decisionCardsEndEachStageWithItsTotalNeverBesideAName() {
        WB.actAs("alex");
        String meeting = WB.workbench().host().store().inSpace("RC").stream().map(c -> c.title())
                .filter(t -> t.startsWith("Group meeting")).findFirst().orElseThrow();
        WB.open("/pages/viewpage.action?pageId=" + WB.pageId("RC", meeting));
        List<WebElement> totals = driver().findElements(By.cssSelector(".alongside-decision__stages .alongside-totals"));
        assertFalse(totals.isEmpty());
        for (WebElement line : totals) {
            assertThat(line.getText(), containsString("Lived experience: "));
            assertTrue(line.findElements(By.tagName("a")).isEmpty());
        }
        axe("decision cards with lived-experience totals");
    }

    @Test
    public void f_narrowScreens() {
        WB.actAs("priya");
        List<String> pages = List.of("/pages/viewpage.action?pageId=" + WB.pageId("RC", "Priya Shah"),
                "/pages/viewpage.action?pageId=" + WB.pageId("RC", "People in our group"),
                "/workbench/create/wizard?spaceKey=RC&item=create-participant-page");
        Dimension before = driver().manage().window().getSize();
        try {
            driver().manage().window().setSize(new Dimension(320, 800));
            for (String page : pages) {
                WB.open(page);
                Object width = ((JavascriptExecutor) driver()).executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                assertEquals("nothing scrolls sideways at 320 px on " + page, 0L, ((Number) width).longValue());
                axe(page + " at 320 CSS px wide");
            }
        } finally {
            driver().manage().window().setSize(before);
        }
    }

    /** Creates a page through the editor: title typed, storage pasted, saved. */
    private static long createPage(String title, String storage) {
        WB.open("/pages/createpage.action?spaceKey=RC");
        driver().findElement(By.id("wb-title")).sendKeys(title);
        WebElement content = driver().findElement(By.id("wb-content"));
        content.clear();
        ((JavascriptExecutor) driver()).executeScript("arguments[0].value = arguments[1];", content, storage);
        WB.clickThrough(driver().findElement(By.cssSelector("button[value=save]")));
        return Long.parseLong(driver().getCurrentUrl().replaceAll(".*pageId=([0-9]+).*", "$1"));
    }
}
