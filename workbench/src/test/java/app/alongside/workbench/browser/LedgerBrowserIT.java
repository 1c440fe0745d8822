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

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The reciprocity ledger end to end in headless Chromium: Sam, a facilitator, records time for the 4 November meeting
 * from its notes and marks Alex's entry paid; Alex sees their own entries and nobody else's; Jordan, another member,
 * sees the group's totals without a name. The demo recorded the October meeting through the REST API when it was
 * seeded. axe-core checks every screen.
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class LedgerBrowserIT {

    @ClassRule
    public static final WorkbenchBrowser WB = new WorkbenchBrowser();

    @Rule
    public final Timeout timeout = new Timeout(90, TimeUnit.SECONDS);

    private static final String LEDGER = "/plugins/servlet/alongside/ledger";

    private static WebDriver driver() {
        return WB.driver();
    }

    private static String main() {
        return driver().findElement(By.tagName("main")).getText();
    }

    @Test
    public void a_aFacilitatorRecordsTimeForAMeetingFromItsNotes() {
        WB.actAs("sam");
        WB.open(LEDGER + "?meeting=" + WB.pageId("RC", "Group meeting — 4 November 2026"));
        List<String> offered = driver().findElements(By.cssSelector("input[name=person] + label")).stream()
                .map(WebElement::getText).toList();
        assertTrue(String.valueOf(offered), offered.containsAll(List.of("Alex Morgan", "Chris Doyle", "Sam Okafor")));
        assertEquals("2026-11-04", driver().findElement(By.id("alongside-ledger-date")).getDomProperty("value"));
        Axe.assertNoViolations(driver(), "the ledger's record form for a meeting");

        for (WebElement box : driver().findElements(By.cssSelector("input[name=person]"))) {
            if ("Sam Okafor".equals(driver().findElement(By.cssSelector("label[for='"
                    + box.getDomAttribute("id") + "']")).getText()) && box.isSelected()) {
                box.click();
            }
        }
        driver().findElement(By.id("alongside-ledger-activity")).sendKeys("Group meeting");
        driver().findElement(By.id("alongside-ledger-time")).sendKeys("2 hours");
        driver().findElement(By.id("alongside-ledger-amount")).sendKeys("£30");
        WB.clickThrough(driver().findElement(By.cssSelector("button[name=action][value=record]")));

        assertThat(main(), containsString("The time was recorded."));
        Axe.assertNoViolations(driver(), "the facilitator's ledger");
        WB.screenshot("ledger-facilitator.png", driver().findElement(By.tagName("main")));
    }

    @Test
    public void b_andMarksAnEntryPaid() {
        WB.actAs("sam");
        WB.open(LEDGER + "?space=RC&from=2026-11-04&to=2026-11-04");
        WebElement alexsRow = driver().findElements(By.cssSelector("#alongside-ledger-entries-heading + table tbody tr"))
                .stream().filter(row -> row.getText().contains("Alex Morgan")).findFirst().orElseThrow();
        WB.clickThrough(alexsRow.findElement(By.cssSelector("button[value=paid]")));

        assertThat(main(), containsString("The entry was marked paid today."));
    }

    @Test
    public void c_aPersonSeesTheirOwnEntriesOnly() {
        WB.actAs("alex");
        WB.open(LEDGER);
        String own = driver().findElement(By.cssSelector("#alongside-ledger-own-heading + table")).getText();
        assertThat(own, containsString("2026-11-04"));
        assertThat(own, containsString("2026-10-14"));
        assertThat(main(), not(containsString("Chris Doyle")));
        assertThat(main(), not(containsString("Everyone’s entries")));
        Axe.assertNoViolations(driver(), "a person's own ledger");
        WB.screenshot("ledger-own.png", driver().findElement(By.tagName("main")));
    }

    @Test
    public void d_anotherMemberSeesTotalsWithoutNames() {
        WB.actAs("jordan");
        WB.open(LEDGER + "?space=RC");
        String totals = driver().findElement(By.cssSelector("dl.alongside-privacy__facts")).getText();
        assertThat(totals, containsString("People who gave time"));
        assertThat(main(), not(containsString("Alex Morgan")));
        assertThat(main(), not(containsString("Chris Doyle")));
        Axe.assertNoViolations(driver(), "the ledger's totals for a member");
    }
}
