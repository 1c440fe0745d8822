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
import org.openqa.selenium.support.ui.Select;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * Decisions end to end in headless Chromium, as a person would do them: a decision record created from its
 * blueprint through the create dialog's wizard, a decision macro typed into co-produced meeting notes in the editor,
 * the register listing them, and a switch (with the header's switcher) to someone who may not see a restricted page,
 * whose register no longer shows its decision. axe-core checks every screen on the way: the create dialog, the
 * wizard (also with its error), the decision card in its states and the register in its states.
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class DecisionsBrowserIT {

    @ClassRule
    public static final WorkbenchBrowser WB = new WorkbenchBrowser();

    @Rule
    public final Timeout timeout = new Timeout(90, TimeUnit.SECONDS);

    private static final String RECORD_TITLE = "Move the Tuesday session to the library";
    private static final String MEETING_DECISION = "Run the sleep course on Tuesday evenings";
    private static final String RESTRICTED_DECISION = "Offer a writing course in the spring";

    private static WebDriver driver() {
        return WB.driver();
    }

    private static String main() {
        return driver().findElement(By.tagName("main")).getText();
    }

    private static void axe(String what) {
        Axe.assertNoViolations(driver(), what);
    }

    // --- blueprints ---------------------------------------------------------------------------------------------

    @Test
    public void a_decisionRecordFromItsBlueprintThroughTheWizard() {
        WB.actAs("alex");
        WB.open("/display/RC");
        WB.clickThrough(driver().findElement(By.linkText("Create")));
        assertThat(main(), containsString("Decision record"));
        assertThat(main(), containsString("Co-produced meeting"));
        axe("the create dialog listing the app's blueprints");
        WB.screenshot("create-dialog.png", driver().findElement(By.tagName("main")));

        WB.clickThrough(driver().findElement(By.linkText("Decision record")));
        assertThat(main(), containsString("Create a decision record"));
        axe("the decision record wizard page");
        WB.screenshot("blueprint-decision-wizard.png", driver().findElement(By.tagName("main")));

        // The title is required. The browser's own check stops an empty one; spaces get past it, and the
        // workbench (as Confluence's wizard) says what is missing and keeps the rest.
        new Select(driver().findElement(By.id("alongside-decision-status"))).selectByValue("decided");
        driver().findElement(By.id("alongside-decision-title")).sendKeys("   ");
        WB.clickThrough(wizardSubmit());
        assertFalse("the wizard says what is missing", driver().findElements(By.cssSelector("[role=alert]")).isEmpty());
        assertEquals("decided", new Select(driver().findElement(By.id("alongside-decision-status")))
                .getFirstSelectedOption().getDomProperty("value"));
        axe("the decision record wizard page with its error");

        driver().findElement(By.id("alongside-decision-title")).clear();
        driver().findElement(By.id("alongside-decision-title")).sendKeys(RECORD_TITLE);
        WB.clickThrough(wizardSubmit());
        assertEquals(RECORD_TITLE, driver().findElement(By.cssSelector("main h1")).getText());
        WebElement card = driver().findElement(By.cssSelector("section.alongside-decision"));
        assertThat(card.getText(), containsString(RECORD_TITLE));
        assertThat(card.getText(), containsString("Decided"));
        axe("a decision record created from the blueprint");

        WB.open("/display/RC/" + "Decision records");
        assertThat(main(), containsString(RECORD_TITLE));
        axe("the decision records index page (register)");
    }

    @Test
    public void b_coProducedMeetingFromItsBlueprint() {
        WB.actAs("sam");
        WB.open("/workbench/create?spaceKey=RC");
        WB.clickThrough(driver().findElement(By.linkText("Co-produced meeting")));
        axe("the co-produced meeting wizard page");
        WB.screenshot("blueprint-meeting-wizard.png", driver().findElement(By.tagName("main")));
        driver().findElement(By.id("alongside-meeting-date")).sendKeys("14/10/2026");
        driver().findElement(By.id("alongside-group-name")).sendKeys("Recovery College");
        WB.clickThrough(wizardSubmit());
        assertThat(driver().findElement(By.cssSelector("main h1")).getText(), containsString("Recovery College"));
        axe("co-produced meeting notes created from the blueprint");
    }

    // --- a decision typed into meeting notes, the register, and who may see what -------------------------------

    @Test
    public void c_decisionTypedIntoMeetingNotesShowsInTheRegisterOnlyForThoseWhoMaySeeItsPage() {
        WB.actAs("alex");
        long meeting = WB.pageId("RC", meetingTitle());
        WB.open("/pages/editpage.action?pageId=" + meeting);
        append("<h2>Decided today</h2>\n" + decision(MEETING_DECISION, "decided", "2026-10-14", "jordan"));
        WB.clickThrough(driver().findElement(By.cssSelector("button[value=save]")));
        assertThat(main(), containsString(MEETING_DECISION));
        axe("meeting notes with a decision typed in");

        // A decision on the draft that only alex, sam and jordan can see.
        WB.open("/pages/editpage.action?pageId=" + WB.pageId("RC", "Spring course ideas (draft)"));
        append(decision(RESTRICTED_DECISION, "under-discussion", "", "sam"));
        WB.clickThrough(driver().findElement(By.cssSelector("button[value=save]")));
        assertThat(main(), containsString(RESTRICTED_DECISION));

        WB.open("/pages/viewpage.action?pageId=" + allDecisions());
        String rows = registerText();
        assertThat(rows, containsString(MEETING_DECISION));
        assertThat(rows, containsString(RESTRICTED_DECISION));
        assertThat(rows, containsString(RECORD_TITLE));
        axe("the register");

        WB.actAs("chris");
        assertThat("the switcher came back to the register", main(), containsString("All our decisions"));
        rows = registerText();
        assertThat(rows, containsString(MEETING_DECISION));
        assertThat("a decision on a page chris may not see is gone", rows, not(containsString(RESTRICTED_DECISION)));
        axe("the register for someone who may not see every page");

        WB.actAs("jordan");
        assertThat(registerText(), containsString(RESTRICTED_DECISION));

        // The card in the meeting notes shows who took part at the stage typed in.
        WB.open("/pages/viewpage.action?pageId=" + meeting);
        WebElement card = driver().findElements(By.cssSelector("section.alongside-decision")).stream()
                .filter(c -> c.getText().contains(MEETING_DECISION)).findFirst()
                .orElseThrow(() -> new AssertionError("the new decision is not on the page: " + main()));
        assertThat(card.findElement(By.cssSelector(":scope > .alongside-decision__stages "
                + ".alongside-decision__stage--deciding")).getText(), containsString("Jordan Reid"));
    }

    @Test
    public void d_registerInEveryState() {
        WB.actAs("alex");
        String view = "/pages/viewpage.action?pageId=" + allDecisions();

        // filtered to nothing, through the register's own form
        WB.open(view);
        WebElement search = driver().findElement(By.cssSelector(".alongside-register__filters input[type=search], "
                + ".alongside-register__filters input[name*=search]"));
        search.sendKeys("no decision has words like these");
        WB.clickThrough(driver().findElement(By.cssSelector(".alongside-register__submit")));
        assertFalse(driver().findElements(By.cssSelector(".alongside-register__empty")).isEmpty());
        axe("the register filtered to nothing");

        // sorted by a column
        WB.open(view);
        WB.clickThrough(driver().findElement(By.cssSelector(".alongside-register__table thead a")));
        assertFalse(driver().findElements(By.cssSelector(".alongside-register__table th[aria-sort]")).isEmpty());
        axe("the register sorted by a column");

        // one decision a page, with paging links
        long paged = createPage("Decisions one at a time", "<ac:structured-macro ac:name=\"alongside-register\">"
                + "<ac:parameter ac:name=\"pageSize\">1</ac:parameter></ac:structured-macro>");
        WB.open("/pages/viewpage.action?pageId=" + paged);
        WB.clickThrough(driver().findElement(By.cssSelector(".alongside-register__paging a[rel=next]")));
        axe("the register's second page");

        // parameters it cannot use: what it says instead
        long broken = createPage("A register with mistakes", "<ac:structured-macro ac:name=\"alongside-register\">"
                + "<ac:parameter ac:name=\"status\">finished</ac:parameter>"
                + "<ac:parameter ac:name=\"pageSize\">lots</ac:parameter>"
                + "<ac:parameter ac:name=\"from\">the thirty-second of May</ac:parameter>"
                + "<ac:parameter ac:name=\"spaces\">NOSUCH</ac:parameter></ac:structured-macro>");
        WB.open("/pages/viewpage.action?pageId=" + broken);
        assertFalse(driver().findElements(By.cssSelector(".alongside-decision__problems, .alongside-register__notices"))
                .isEmpty());
        axe("a register with parameters it cannot use");

        // as exported and previewed: no form
        for (String outputType : new String[] {"preview", "pdf"}) {
            WB.open(view + "&outputType=" + outputType);
            axe("the register (" + outputType + ")");
        }

        // a space with no decisions at all
        WB.actAs("priya");
        long board = createPage("Board decisions", "<ac:structured-macro ac:name=\"alongside-register\"/>", "BOARD");
        WB.open("/pages/viewpage.action?pageId=" + board);
        assertFalse(driver().findElements(By.cssSelector(".alongside-register__empty")).isEmpty());
        axe("the register in a space with no decisions");
    }

    @Test
    public void e_decisionCardInEveryState() {
        WB.actAs("sam");
        String storage = "<h2>A decision with everything recorded</h2>\n"
                + "<ac:structured-macro ac:name=\"alongside-decision\"><ac:parameter ac:name=\"title\">Pay people "
                + "for their time at the living wage</ac:parameter><ac:parameter ac:name=\"status\">in-delivery"
                + "</ac:parameter><ac:parameter ac:name=\"decidedOn\">2026-09-01</ac:parameter>"
                + "<ac:parameter ac:name=\"reviewOn\">2026-10-01</ac:parameter><ac:parameter ac:name=\"claimed\">"
                + "co-production</ac:parameter><ac:parameter ac:name=\"id\">pay-rate</ac:parameter><ac:rich-text-body>"
                + "<p>Everyone who takes part is paid for their time, within two weeks.</p>"
                + stage("agenda", "jordan", "alex") + stage("options", "jordan", "sam") + stage("deciding", "jordan", "sam", "alex")
                + stage("delivering", "priya") + stage("reviewing", "jordan")
                + youSaid("jordan", "adopted", "We pay within two weeks now.", "Waiting a month for money is hard.")
                + youSaid("alex", "adapted", "We pay by bank transfer, and in cash on request.", "Could we be paid in cash?")
                + youSaid("priya", "not-adopted", "The trust cannot pay more than the living wage.", "Could the rate be higher?")
                + youSaid("sam", "pending", "", "Will this affect anyone's benefits?")
                + "</ac:rich-text-body></ac:structured-macro>\n"
                + "<h2>A decision with mistakes in it</h2>\n"
                + "<ac:structured-macro ac:name=\"alongside-decision\"><ac:parameter ac:name=\"title\">Change the "
                + "meeting room</ac:parameter><ac:parameter ac:name=\"status\">sorted</ac:parameter>"
                + "<ac:parameter ac:name=\"decidedOn\">yesterday-ish</ac:parameter><ac:rich-text-body>"
                + stage("voting", "alex") + youSaid("nobody-by-that-name", "maybe", "", "Somewhere quieter.")
                + "</ac:rich-text-body></ac:structured-macro>\n"
                + "<h2>A decision with nothing recorded yet</h2>\n"
                + "<ac:structured-macro ac:name=\"alongside-decision\"><ac:parameter ac:name=\"title\">Choose a name "
                + "for the group</ac:parameter></ac:structured-macro>\n"
                + "<h2>A stage and a contribution outside any decision</h2>\n"
                + stage("options", "jordan") + youSaid("alex", "pending", "", "Could we meet online too?");
        long id = createPage("Decisions in every state", storage);
        for (String outputType : new String[] {"", "&outputType=preview", "&outputType=pdf"}) {
            WB.open("/pages/viewpage.action?pageId=" + id + outputType);
            List<WebElement> cards = driver().findElements(By.cssSelector("section.alongside-decision"));
            assertEquals(3, cards.size());
            // the card reads its nested stages and contributions (they are not shown as blocks on their own)
            WebElement full = cards.get(0);
            assertThat(full.findElement(By.cssSelector(":scope > .alongside-decision__stages "
                    + ".alongside-decision__stage--agenda")).getText(), containsString("Jordan Reid"));
            assertEquals(4, full.findElements(By.cssSelector(".alongside-contribution")).size());
            assertEquals(0, full.findElements(By.cssSelector(".alongside-block")).size());
            assertThat(cards.get(1).findElement(By.xpath("..")).getText(), containsString("sorted"));
            assertEquals(2, driver().findElements(By.cssSelector(".alongside-block")).size());
            axe("decision cards in every state" + outputType);
        }
        WB.open("/pages/viewpage.action?pageId=" + id);
        WB.screenshot("decision-card.png", driver().findElements(By.cssSelector(".alongside-decision-wrapper")).get(0));
        WB.open("/pages/viewpage.action?pageId=" + allDecisions());
        WB.screenshot("register.png", driver().findElement(By.cssSelector(".alongside-register")));
    }

    /**
     * The card places the decision on the ladder: rung and band in words, the reasons and signals under "Why this
     * rung?", and an editor acknowledges a signal with a note through the card's own form (no JavaScript needed),
     * which the card then shows in the group's words. axe checks the card closed, open and acknowledged.
     */
    @Test
    public void g_ladderPlacementAndAcknowledgingASignal() {
        WB.actAs("sam");
        WB.open("/pages/viewpage.action?pageId=" + WB.pageId("RC", "Decisions in every state"));
        WebElement card = driver().findElements(By.cssSelector("section.alongside-decision")).get(0);
        WebElement ladder = card.findElement(By.cssSelector(".alongside-ladder"));
        assertThat(ladder.getText(), containsString("What the record shows"));
        assertThat(ladder.getText(), containsString("·"));
        assertThat(ladder.getText(), containsString("Arnstein"));
        assertThat(ladder.getText(), containsString("7 · Co-production"));
        WebElement summary = card.findElement(By.cssSelector("details.alongside-ladder__why > summary"));
        assertThat(summary.getText(), containsString("Why this rung?"));
        axe("a decision card with its placement, reasons closed");

        summary.click();
        WebElement why = card.findElement(By.cssSelector("details.alongside-ladder__why"));
        assertThat(why.getText(), containsString("Claimed above the evidence"));
        axe("a decision card with its reasons and signals open");
        WB.screenshot("decision-card-ladder.png", why);

        WebElement form = why.findElement(By.cssSelector("form.alongside-signal__form"));
        form.findElement(By.tagName("textarea")).sendKeys("We hoped for more; the peer group will set the next agenda.");
        WB.clickThrough(form.findElement(By.cssSelector("button[type=submit]")));

        card = driver().findElements(By.cssSelector("section.alongside-decision")).get(0);
        card.findElement(By.cssSelector("details.alongside-ladder__why > summary")).click();
        String acknowledged = card.findElement(By.cssSelector(".alongside-signal__acknowledged")).getText();
        assertThat(acknowledged, containsString("Acknowledged by"));
        assertThat(acknowledged, containsString("We hoped for more; the peer group will set the next agenda."));
        axe("a decision card with an acknowledged signal");
    }

    /**
     * Empty when nothing makes the page scroll sideways; otherwise the page's width and what sticks out: elements and
     * text past the window's right edge (inside the register's own scrolling region only what escapes its clipping,
     * that is absolutely positioned elements).
     */
    private static final String WIDER_THAN_THE_WINDOW = """
            var w = document.documentElement.clientWidth, wide = [];
            function name(e) { return e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).split(' ').join('.') : ''); }
            document.querySelectorAll('body *').forEach(function (e) {
              var absolute = getComputedStyle(e).position === 'absolute';
              if (e.closest('.alongside-register__scroll') && !absolute) { return; }
              var r = e.getBoundingClientRect();
              if (r.right > w + 1) { wide.push(name(e) + (absolute ? ' (absolute)' : '') + ' to ' + Math.round(r.right) + 'px'); }
            });
            var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            while (walker.nextNode()) {
              var n = walker.currentNode, range = document.createRange();
              if (n.parentElement.closest('.alongside-register__scroll')) { continue; }
              range.selectNodeContents(n);
              if (range.getBoundingClientRect().right > w + 1) {
                wide.push('text \u201c' + n.textContent.trim().slice(0, 30) + '\u201d in ' + name(n.parentElement));
              }
            }
            var s = document.documentElement.scrollWidth;
            return s > w ? 'the page is ' + s + 'px wide in a ' + w + 'px window: ' + wide.slice(0, 10).join(', ') : '';
            """;

    /**
     * WCAG 1.4.10 Reflow: at 320 CSS pixels wide nothing needs scrolling sideways except the register's table (a
     * data table, which the criterion exempts, in its own scrolling region), and axe still finds nothing.
     */
    @Test
    public void f_narrowScreens() {
        WB.actAs("alex");
        List<String> pages = List.of("/pages/viewpage.action?pageId=" + allDecisions(),
                "/pages/viewpage.action?pageId=" + WB.pageId("RC", "Decisions in every state"),
                "/pages/viewpage.action?pageId=" + WB.pageId("RC", "Our principles"),
                "/workbench/create?spaceKey=RC", "/workbench/create/wizard?spaceKey=RC&item=create-decision-record",
                "/plugins/servlet/alongside/space-settings?key=RC", "/display/RC",
                "/pages/editpage.action?pageId=" + WB.pageId("RC", "Our principles"));
        Dimension before = driver().manage().window().getSize();
        try {
            driver().manage().window().setSize(new Dimension(320, 800));
            long width = ((Number) ((JavascriptExecutor) driver()).executeScript("return window.innerWidth;"))
                    .longValue();
            assertTrue("the browser is " + width + " CSS px wide", width <= 330);
            for (String page : pages) {
                WB.open(page);
                Object wide = ((JavascriptExecutor) driver()).executeScript(WIDER_THAN_THE_WINDOW);
                assertEquals("nothing scrolls sideways at 320 px on " + page, "", wide);
                axe(page + " at 320 CSS px wide");
            }
        } finally {
            driver().manage().window().setSize(before);
        }
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private static WebElement wizardSubmit() {
        List<WebElement> buttons = driver().findElements(By.cssSelector("form.wb-wizard button[type=submit]"));
        return buttons.get(buttons.size() - 1);
    }

    private static String meetingTitle() {
        return WB.workbench().host().store().inSpace("RC").stream().map(c -> c.title())
                .filter(t -> t.contains("Recovery College") && t.contains("meeting")).findFirst()
                .orElseThrow(() -> new AssertionError("the meeting notes were not created"));
    }

    /** The page with a register of every decision in the space (made the first time it is needed). */
    private static long allDecisions() {
        String title = "All our decisions";
        boolean exists = WB.workbench().host().store().inSpace("RC").stream().anyMatch(c -> c.title().equals(title));
        return exists ? WB.pageId("RC", title) : createPage(title, "<p>Every decision in this space.</p>\n"
                + "<ac:structured-macro ac:name=\"alongside-register\" ac:schema-version=\"1\"/>");
    }

    private static String registerText() {
        return driver().findElement(By.cssSelector(".alongside-register")).getText();
    }

    /** Adds storage format at the end of the editor's text, as pasted. */
    private static void append(String storage) {
        WebElement content = driver().findElement(By.id("wb-content"));
        ((JavascriptExecutor) driver()).executeScript("arguments[0].value += '\\n' + arguments[1];", content, storage);
    }

    private static long createPage(String title, String storage) {
        return createPage(title, storage, "RC");
    }

    /** Creates a page through the editor: title typed, storage pasted, saved. */
    private static long createPage(String title, String storage, String spaceKey) {
        WB.open("/pages/createpage.action?spaceKey=" + spaceKey);
        driver().findElement(By.id("wb-title")).sendKeys(title);
        WebElement content = driver().findElement(By.id("wb-content"));
        content.clear();
        ((JavascriptExecutor) driver()).executeScript("arguments[0].value = arguments[1];", content, storage);
        WB.clickThrough(driver().findElement(By.cssSelector("button[value=save]")));
        assertThat("saved: " + main(), driver().getCurrentUrl(), containsString("pageId="));
        return Long.parseLong(driver().getCurrentUrl().replaceAll(".*pageId=([0-9]+).*", "$1"));
    }

    private static String decision(String title, String status, String decidedOn, String decider) {
        return "<ac:structured-macro ac:name=\"alongside-decision\" ac:schema-version=\"1\">"
                + "<ac:parameter ac:name=\"title\">" + title + "</ac:parameter>"
                + "<ac:parameter ac:name=\"status\">" + status + "</ac:parameter>"
                + (decidedOn.isEmpty() ? "" : "<ac:parameter ac:name=\"decidedOn\">" + decidedOn + "</ac:parameter>")
                + "<ac:rich-text-body><p>What we agreed.</p>" + stage("deciding", decider)
                + "</ac:rich-text-body></ac:structured-macro>";
    }

    private static String stage(String stage, String... people) {
        StringBuilder body = new StringBuilder("<ac:structured-macro ac:name=\"alongside-stage\">"
                + "<ac:parameter ac:name=\"stage\">" + stage + "</ac:parameter><ac:rich-text-body><p>");
        for (String person : people) {
            body.append("<ac:link><ri:user ri:userkey=\"").append(userKey(person)).append("\"/></ac:link> ");
        }
        return body.append("</p></ac:rich-text-body></ac:structured-macro>").toString();
    }

    /** A person as the editor's @-mention stores them: by user key (storage-format.md). */
    private static String userKey(String username) {
        return WB.workbench().host().users().byUsername(username)
                .orElseThrow(() -> new AssertionError("no demo person " + username)).key().getStringValue();
    }

    private static String youSaid(String by, String response, String answer, String said) {
        String person = WB.workbench().host().users().byUsername(by).isPresent()
                ? "<ri:user ri:userkey=\"" + userKey(by) + "\"/>" : by;
        return "<ac:structured-macro ac:name=\"alongside-you-said\"><ac:parameter ac:name=\"by\">" + person
                + "</ac:parameter><ac:parameter ac:name=\"response\">" + response + "</ac:parameter>"
                + (answer.isEmpty() ? "" : "<ac:parameter ac:name=\"answer\">" + answer + "</ac:parameter>")
                + "<ac:rich-text-body><p>" + said + "</p></ac:rich-text-body></ac:structured-macro>";
    }
}
