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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.util.concurrent.TimeUnit;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

/**
 * A person's private perspective end to end in headless Chromium, as the "done when" tells it: Alex declares
 * a perspective with consent on "My data", sees it used only in totals (the decision card's deciding stage goes from
 * 3 to 4 of 5 people), downloads their data, withdraws and sees the total change back, then erases their private
 * data. The demo declared three perspectives through the REST API when it was seeded (Jordan and Priya themselves,
 * Rowan through Sam, a facilitator). The facilitators' and administrators' screens are checked by axe-core too.
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class PrivacyBrowserIT {

    @ClassRule
    public static final WorkbenchBrowser WB = new WorkbenchBrowser();

    @Rule
    public final Timeout timeout = new Timeout(90, TimeUnit.SECONDS);

    private static final String MY_DATA = "/plugins/servlet/alongside/my-data";
    private static final String DECISION = "Move the Tuesday session to the library";

    private static WebDriver driver() {
        return WB.driver();
    }

    private static String main() {
        return driver().findElement(By.tagName("main")).getText();
    }

    private static void axe(String what) {
        Axe.assertNoViolations(driver(), what);
    }

    /** The lived-experience line of the deciding stage on the demo decision, as the meeting notes show it. */
    private static String decidingTotal() {
        WB.open("/pages/viewpage.action?pageId=" + WB.pageId("RC", "Group meeting — 14 October 2026"));
        for (WebElement card : driver().findElements(By.cssSelector("section.alongside-decision"))) {
            if (card.getText().contains(DECISION)) {
                return card.findElement(By.cssSelector(".alongside-decision__stage--deciding .alongside-totals"))
                        .getText();
            }
        }
        throw new AssertionError("no card for " + DECISION);
    }

    private static void submitForm() {
        WB.clickThrough(driver().findElement(By.cssSelector("main form button[type=submit]")));
    }

    @Test
    public void a_totalsBeforeAnyoneChangesAnything() {
        WB.actAs("alex");
        assertEquals("Lived experience: 3 of 5 people", decidingTotal());
    }

    @Test
    public void b_declaringNeedsConsentAndKeepsWhatWasChosen() {
        WB.actAs("alex");
        WB.open(MY_DATA);
        assertThat(main(), containsString("Your private data"));
        axe("My data with nothing held");
        WB.screenshot("my-data.png", driver().findElement(By.tagName("main")));

        driver().findElement(By.id("alongside-perspective-lived-experience")).click();
        submitForm();
        assertFalse("the form says consent is needed",
                driver().findElements(By.cssSelector("[role=alert]")).isEmpty());
        assertEquals("true", driver().findElement(By.id("alongside-perspective-lived-experience"))
                .getDomProperty("checked"));
        axe("My data after a declaration without consent");
        assertEquals("nothing was counted", "Lived experience: 3 of 5 people", decidingTotal());
    }

    @Test
    public void c_aDeclarationWithConsentIsUsedOnlyInTotals() {
        WB.actAs("alex");
        WB.open(MY_DATA);
        WebElement lived = driver().findElement(By.id("alongside-perspective-lived-experience"));
        if (!lived.isSelected()) {
            lived.click();
        }
        driver().findElement(By.id("alongside-consent")).click();
        submitForm();
        assertThat(main(), containsString("Your answer is saved. It is used only in totals."));
        assertThat(main(), containsString("How your answer is used"));
        axe("My data holding a declaration");

        String total = decidingTotal();
        assertEquals("Lived experience: 4 of 5 people", total);
        WebElement card = driver().findElement(By.cssSelector("section.alongside-decision"));
        assertThat("no perspective beside a name", card.getText(), not(containsString("Alex Morgan (lived")));
    }

    @Test
    public void d_theDownloadHoldsWhatIsHeld() {
        WB.actAs("alex");
        WB.open(MY_DATA);
        String href = driver().findElement(By.cssSelector("a[download]")).getDomAttribute("href");
        Object json = ((JavascriptExecutor) driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text()).then(done)"
                        + ".catch(e => done('failed: ' + e));", href);
        assertThat(String.valueOf(json), containsString("lived-experience"));
        assertThat(String.valueOf(json), containsString("\"consentHistory\""));
        assertThat("the reciprocity ledger is in the download too", String.valueOf(json),
                containsString("\"ledger\""));
    }

    @Test
    public void e_withdrawingTakesThePersonOutOfEveryTotalAtOnce() {
        WB.actAs("alex");
        WB.open(MY_DATA);
        WB.clickThrough(driver().findElement(By.linkText("Withdraw my consent")));
        assertThat(main(), containsString("Withdraw your consent?"));
        axe("the withdrawal confirmation");
        submitForm();
        assertThat(main(), containsString("You withdrew your consent."));

        assertEquals("Lived experience: 3 of 5 people", decidingTotal());
    }

    @Test
    public void f_erasingLeavesThePagesAndRemovesThePrivateData() {
        WB.actAs("alex");
        WB.open(MY_DATA);
        WB.clickThrough(driver().findElement(By.linkText("Erase my private data")));
        assertThat(main(), containsString("Erase your private data?"));
        axe("the erasure confirmation");
        submitForm();
        assertThat(main(), containsString("Your private data is erased."));
        assertThat(main(), containsString("No consent has been recorded."));

        WB.open("/pages/viewpage.action?pageId=" + WB.pageId("RC", "Group meeting — 14 October 2026"));
        assertThat("pages keep the name as written", main(), containsString("Alex Morgan"));
    }

    @Test
    public void g_facilitatorsAndAdministratorsScreens() {
        WB.actAs("sam");
        WB.open("/plugins/servlet/alongside/participants/perspective");
        assertThat(main(), containsString("Rowan Ellis"));
        axe("the facilitators' screen");

        WB.actAs("admin");
        WB.open("/plugins/servlet/alongside/admin/privacy");
        axe("the administrators' privacy screen");
        assertThat("the audit log names the erasure by pseudonym", main(), containsString("erased:"));
        WB.screenshot("privacy-admin.png", driver().findElement(By.tagName("main")));
    }
}
