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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The charter end to end in headless Chromium: the group's charter is created through the wizard, signed by several
 * people (each switching with the header's switcher), its commitments show a state in words, and a round of
 * check-ins appears as a trend once k (3) people have answered. axe-core checks every screen on the way.
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class CharterBrowserIT {

    @ClassRule
    public static final WorkbenchBrowser WB = new WorkbenchBrowser();

    private static final String GROUP = "Recovery College group";
    private static final String TITLE = GROUP + ": our charter";

    @Rule
    public final Timeout timeout = new Timeout(120, TimeUnit.SECONDS);

    private static WebDriver driver() {
        return WB.driver();
    }

    private static String main() {
        return driver().findElement(By.tagName("main")).getText();
    }

    private static void axe(String what) {
        Axe.assertNoViolations(driver(), what);
    }

    private static void openCharter() {
        WB.open("/pages/viewpage.action?pageId=" + WB.pageId("RC", TITLE));
    }

    /** Presses a charter button; if the form had no token yet, the servlet asks once more and it is pressed again. */
    private static void press(WebElement button) {
        String value = button.getDomProperty("value");
        WB.clickThrough(button);
        List<WebElement> again = driver().findElements(By.cssSelector("button[name=action][value='" + value + "']"));
        if (driver().findElements(By.cssSelector("section.alongside-charter")).isEmpty() && !again.isEmpty()) {
            WB.clickThrough(again.get(0));
        }
    }

    @Test
    public void a_theCharterIsCreatedThroughTheWizard() {
        WB.actAs("sam");
        WB.open("/workbench/create?spaceKey=RC");
        WB.clickThrough(driver().findElement(By.linkText("Co-production charter")));
        assertThat(main(), containsString("Agree how you will work together, as equals"));
        axe("the charter wizard");

        driver().findElement(By.id("alongside-charter-group")).sendKeys(GROUP);
        driver().findElement(By.id("alongside-charter-purpose")).sendKeys("We shape the courses together.");
        driver().findElement(By.id("alongside-charter-scope")).sendKeys("Course content and timetables, not budgets.");
        new Select(driver().findElement(By.id("alongside-charter-framework"))).selectByValue("nef");
        new Select(driver().findElement(By.id("alongside-charter-rule"))).selectByValue("consent");
        driver().findElement(By.id("alongside-charter-reciprocity")).sendKeys("Paid at the session rate within 30 days.");
        driver().findElement(By.id("alongside-charter-ground-rules")).sendKeys("One voice at a time.");
        List<WebElement> submit = driver().findElements(By.cssSelector("form.wb-wizard button[type=submit]"));
        WB.clickThrough(submit.get(submit.size() - 1));

        WebElement charter = driver().findElement(By.cssSelector("section.alongside-charter"));
        assertEquals(GROUP, charter.findElement(By.cssSelector(".alongside-charter__group")).getText());
        assertThat(charter.getText(), containsString("Status: Draft"));
        assertThat(charter.getText(), containsString("We shape the courses together."));
        axe("a charter created from the wizard");
    }

    @Test
    public void b_severalPeopleSignAsEqualsAndTheCommitmentsShowTheirState() {
        for (String person : List.of("priya", "alex", "jordan")) {
            WB.actAs(person);
            openCharter();
            press(driver().findElement(By.cssSelector("form.alongside-charter__signing button[value=sign]")));
            assertThat(main(), containsString("You have signed this charter."));
        }
        List<String> signers = driver().findElements(By.cssSelector(".alongside-charter__signers li")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of("Alex Morgan", "Jordan Reid", "Priya Shah"), signers);

        List<WebElement> states = driver().findElements(By.cssSelector(".alongside-charter__state"));
        assertFalse(states.isEmpty());
        for (WebElement state : states) {
            assertTrue(state.getText(), Set.of("Kept", "At risk", "Broken", "Cannot be checked")
                    .contains(state.getText()));
        }
        axe("a signed charter with its commitments");
    }

    @Test
    public void c_aRoundOfCheckInsAppearsAsATrendOnceThreePeopleAnswered() {
        for (String person : List.of("priya", "alex", "jordan")) {
            WB.actAs(person);
            openCharter();
            axe("the check-in form");
            driver().findElement(By.cssSelector("input[name='score.assets'][value='4']")).click();
            press(driver().findElement(By.cssSelector("form.alongside-charter__checkin button[type=submit]")));
            assertThat(main(), containsString("You have checked in for"));
        }
        WebElement table = driver().findElement(By.cssSelector("table.alongside-charter__trend"));
        assertThat(table.getText(), containsString("4.0"));
        axe("the check-in trend");
    }

    @Test
    public void d_theDemoCharterKeepsScoreFromTheDemoRegister() {
        WB.actAs("priya");
        WB.open("/pages/viewpage.action?pageId=" + WB.pageId("RC", "Our charter"));
        List<String> signers = driver().findElements(By.cssSelector(".alongside-charter__signers li")).stream()
                .map(WebElement::getText).toList();
        assertEquals("signed through the REST API when the demo was seeded",
                List.of("Alex Morgan", "Jordan Reid", "Sam Okafor"), signers);
        List<String> states = driver().findElements(By.cssSelector(".alongside-charter__state")).stream()
                .map(WebElement::getText).toList();
        assertEquals(5, states.size());
        WebElement chair = driver().findElements(By.cssSelector(".alongside-charter__commitment")).stream()
                .filter(c -> c.getText().startsWith("The chair rotates")).findFirst().orElseThrow();
        assertEquals("the demo meetings were chaired by different people",
                "Kept", chair.findElement(By.cssSelector(".alongside-charter__state")).getText());
        assertEquals(List.of("Group meeting — 14 October 2026", "Group meeting — 4 November 2026"),
                chair.findElements(By.cssSelector(".alongside-charter__evidence a")).stream()
                        .map(a -> a.getDomProperty("textContent")).toList());
        WebElement recognition = driver().findElements(By.cssSelector(".alongside-charter__commitment")).stream()
                .filter(c -> c.getText().contains("Contributions are recognised within 30 days")).findFirst()
                .orElseThrow();
        assertThat("the demo ledger recognised everything in time", recognition.getText(), containsString("Kept"));
        assertTrue("the October meeting's decisions are checked: " + states, states.stream()
                .anyMatch(state -> !state.equals("Cannot be checked")));
        axe("the demo charter");
        WB.screenshot("charter.png", driver().findElement(By.cssSelector("section.alongside-charter")));
    }
}
