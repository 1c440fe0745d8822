package app.alongside.workbench.browser;

import app.alongside.workbench.testing.WorkbenchBrowser;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

import java.util.concurrent.TimeUnit;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;

/** The header's "Acting as" switcher, used as a person would, and what each person may see. */
public class ActingAsBrowserIT {

    @ClassRule
    public static final WorkbenchBrowser WB = new WorkbenchBrowser();

    @Rule
    public final Timeout timeout = new Timeout(60, TimeUnit.SECONDS);

    private static final String DRAFT = "Spring course ideas (draft)";

    private static WebDriver driver() {
        return WB.driver();
    }

    private static String main() {
        return driver().findElement(By.tagName("main")).getText();
    }

    @Test
    public void restrictedDraftDisappearsWhenSwitchingToSomeoneItIsNotSharedWith() {
        WB.actAs("alex");
        WB.open("/display/RC");
        WB.clickThrough(driver().findElement(By.linkText(DRAFT)));
        assertThat(main(), containsString("Sleep and wellbeing"));
        assertThat(main(), containsString("Only these people can see this page: Alex Morgan, Jordan Reid, Sam Okafor."));

        // Switching on the draft itself: the switcher returns to the same address, which is now not there for chris.
        WB.actAs("chris");
        assertEquals("Chris Doyle (chris)",
                new Select(driver().findElement(By.id("wb-act-as"))).getFirstSelectedOption().getText());
        assertThat(main(), not(containsString("Sleep and wellbeing")));
        assertThat(main(), not(containsString(DRAFT)));
        assertThat(main(), containsString("or you do not have permission to see it"));

        WB.open("/display/RC");
        assertThat(main(), containsString("Our principles"));
        assertEquals(0, driver().findElements(By.linkText(DRAFT)).size());

        WB.actAs("jordan");
        WB.open("/display/RC");
        assertEquals(1, driver().findElements(By.linkText(DRAFT)).size());
    }

    @Test
    public void spacesListFollowsWhoYouAreActingAs() {
        WB.actAs("priya");
        WB.open("/");
        assertThat(main(), containsString("Trust board"));
        WB.actAs("alex");
        assertThat(main(), not(containsString("Trust board")));
        assertThat(main(), containsString("Recovery College co-production group"));
        WB.actAs("");
        assertEquals("Nobody (not logged in)",
                new Select(driver().findElement(By.id("wb-act-as"))).getFirstSelectedOption().getText());
    }
}
