package app.alongside.workbench.browser;

import app.alongside.workbench.testing.Axe;
import app.alongside.workbench.testing.WorkbenchBrowser;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.util.concurrent.TimeUnit;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

/**
 * axe-core (WCAG 2.2 A and AA) on every page the app renders today and on the workbench screens it lives in, in
 * headless Chromium: any violation fails. With {@code -Dalongside.screenshots=docs/screenshots} it also saves the
 * screenshots the guides show.
 */
public class AccessibilityBrowserIT {

    @ClassRule
    public static final WorkbenchBrowser WB = new WorkbenchBrowser();

    @Rule
    public final Timeout timeout = new Timeout(60, TimeUnit.SECONDS);

    private static final String SITE_SETTINGS = "/plugins/servlet/alongside/admin/settings";
    private static final String SPACE_SETTINGS = "/plugins/servlet/alongside/space-settings?key=RC";

    private static WebDriver driver() {
        return WB.driver();
    }

    private static void axe(String what) {
        Axe.assertNoViolations(driver(), what);
    }

    /** Guards the guard: axe really runs in the page and a violation really fails. */
    @Test
    public void axeReportsAViolationWhenThereIsOne() {
        WB.open("/workbench/about");
        ((org.openqa.selenium.JavascriptExecutor) driver()).executeScript(
                "var i = document.createElement('img'); i.src = '/workbench/static/none.png';"
                        + " document.getElementById('main').appendChild(i);");
        AssertionError failure = null;
        try {
            axe("the about page with an image that has no text alternative");
        } catch (AssertionError e) {
            failure = e;
        }
        assertThat(String.valueOf(failure), containsString("image-alt [critical]"));
        assertThat(failure.getMessage(), containsString("<img src=\"/workbench/static/none.png\">"));
    }

    // --- the app's pages -----------------------------------------------------------------------------------

    @Test
    public void ourPrinciplesPageInEveryOutputType() {
        WB.actAs("alex");
        long id = WB.pageId("RC", "Our principles");
        for (String outputType : new String[] {"", "&outputType=preview", "&outputType=pdf"}) {
            WB.open("/pages/viewpage.action?pageId=" + id + outputType);
            assertThat(driver().findElement(By.tagName("main")).getText(), containsString("Taking an assets-based approach"));
            axe("\"Our principles\" (" + (outputType.isEmpty() ? "view" : outputType.substring(12)) + ")");
        }
        WB.open("/pages/viewpage.action?pageId=" + id);
        WebElement nef = driver().findElements(By.cssSelector("main .wb-page__body > *")).stream()
                .filter(e -> e.getText().contains("NEF: six principles of co-production")).findFirst()
                .orElseThrow(() -> new AssertionError("no NEF principles macro on the page"));
        WB.screenshot("principles-nef.png", nef);
    }

    @Test
    public void unknownFrameworkMessage() {
        WB.actAs("jordan");
        WB.open("/pages/viewpage.action?pageId=" + WB.pageId("RC", "Principles we are still discussing"));
        assertThat(driver().findElement(By.tagName("main")).getText(), containsString("is not one Alongside knows"));
        axe("the unknown-framework message");
    }

    @Test
    public void siteSettingsForAnAdministratorAndAfterAFailedSave() {
        WB.actAs("admin");
        WB.open("/");
        driver().findElement(By.id("alongside-global-settings")).click();
        WB.waiting().until(d -> d.getCurrentUrl().endsWith(SITE_SETTINGS));
        axe("the site settings screen");
        WB.screenshot("settings-site.png", null);

        fill("alongside-suppressionThreshold", "1");
        fill("alongside-parityFraction", "two thirds");
        WB.clickThrough(driver().findElement(By.cssSelector(".alongside-settings__form button[type=submit]")));
        assertFalse("errors are shown", driver().findElements(By.cssSelector("[role=alert]")).isEmpty());
        assertEquals("true", driver().findElement(By.id("alongside-suppressionThreshold"))
                .getDomAttribute("aria-invalid"));
        axe("the site settings screen after a failed save");
    }

    @Test
    public void siteSettingsAfterASuccessfulSave() {
        WB.actAs("admin");
        WB.open(SITE_SETTINGS);
        fill("alongside-suppressionThreshold", "3");
        fill("alongside-parityFraction", "1/3");
        WB.clickThrough(driver().findElement(By.cssSelector(".alongside-settings__form button[type=submit]")));
        assertFalse("saved is confirmed", driver().findElements(By.cssSelector("[role=status]")).isEmpty());
        axe("the site settings screen after saving");
    }

    @Test
    public void spaceSettingsForASpaceAdministratorAndAfterAFailedSave() {
        WB.actAs("alex");
        WB.open("/display/RC");
        driver().findElement(By.id("alongside-space-settings")).click();
        WB.waiting().until(d -> d.getCurrentUrl().endsWith(SPACE_SETTINGS));
        axe("the space settings screen");
        WB.screenshot("settings-space.png", null);

        fill("alongside-suppressionThreshold", "-4");
        fill("alongside-parityFraction", "200%");
        WB.clickThrough(driver().findElement(By.cssSelector(".alongside-settings__form button[type=submit]")));
        assertFalse("errors are shown", driver().findElements(By.cssSelector("[role=alert]")).isEmpty());
        axe("the space settings screen after a failed save");
    }

    @Test
    public void refusalPages() {
        WB.actAs("alex");
        WB.open(SITE_SETTINGS);
        assertThat(driver().findElement(By.tagName("main")).getText(), containsString("Only Confluence administrators"));
        axe("the site settings refusal for a member");

        WB.actAs("chris");
        WB.open(SPACE_SETTINGS);
        axe("the space settings refusal for someone who does not administer the space");
        WB.open("/plugins/servlet/alongside/space-settings?key=NOSUCH");
        axe("the space settings page for a space that does not exist");
    }

    // --- the workbench screens the app lives in -----------------------------------------------------------

    @Test
    public void spacesListSpaceHomeAndPages() {
        WB.open("/");
        axe("the spaces list, not logged in");
        WB.actAs("alex");
        WB.open("/");
        axe("the spaces list");
        WB.open("/display/RC");
        axe("the space home");
        WB.open("/pages/viewpage.action?pageId=" + WB.pageId("RC", "Spring course ideas (draft)"));
        axe("a restricted page");
        WB.open("/pages/viewpage.action?pageId=" + WB.pageId("RC", "Welcome to our new members"));
        axe("a blog post");
        WB.open("/display/~sam");
        axe("a person's page");
        WB.open("/workbench/about");
        axe("the about page");
        WB.open("/no/such/page");
        axe("the not-found page");
    }

    @Test
    public void pageEditorInEveryState() {
        WB.actAs("sam");
        WB.open("/pages/editpage.action?pageId=" + WB.pageId("RC", "Our principles"));
        axe("the page editor");
        WB.clickThrough(driver().findElement(By.cssSelector("button[value=preview]")));
        assertThat(driver().findElement(By.tagName("main")).getText(), containsString("Preview (not saved yet)"));
        axe("the page editor showing a preview with the app's macros");

        WB.open("/pages/createpage.action?spaceKey=RC");
        axe("the create-page editor");
        fill("wb-title", "Broken page");
        fill("wb-content", "<p>Unclosed <b>bold</p>");
        WB.clickThrough(driver().findElement(By.cssSelector("button[value=save]")));
        assertFalse(driver().findElements(By.cssSelector("[role=alert]")).isEmpty());
        axe("the page editor after a failed save");
    }

    @Test
    public void trash() {
        WB.actAs("alex");
        WB.open("/pages/createpage.action?spaceKey=RC");
        fill("wb-title", "A page to throw away");
        fill("wb-content", "<p>Not needed any more.</p>");
        WB.clickThrough(driver().findElement(By.cssSelector("button[value=save]")));
        WB.clickThrough(driver().findElement(By.linkText("Move to the trash")));
        axe("the move-to-trash confirmation");
        WB.clickThrough(driver().findElement(By.cssSelector("main form button[type=submit]")));
        WB.open("/pages/viewtrash.action?key=RC");
        assertThat(driver().findElement(By.tagName("main")).getText(), containsString("A page to throw away"));
        axe("the space trash");
    }

    private static void fill(String id, String value) {
        WebElement field = driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }
}
