package app.alongside.workbench;

import app.alongside.workbench.host.content.ContentRecord;
import app.alongside.workbench.testing.Browser;
import com.atlassian.confluence.event.events.content.page.PageCreateEvent;
import com.atlassian.confluence.event.events.content.page.PageRemoveEvent;
import com.atlassian.confluence.event.events.content.page.PageRestoreEvent;
import com.atlassian.confluence.event.events.content.page.PageTrashedEvent;
import com.atlassian.event.api.EventListener;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.rules.Timeout;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static app.alongside.workbench.testing.Browser.form;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The app's blueprints hosted end to end over HTTP: the create dialog, the wizard page rendered from the app's Soy,
 * the page created through the app's context provider and content template (labelled, with the index page on first
 * use), and the trash with its events.
 */
public class BlueprintsIT {

    @ClassRule
    public static final TemporaryFolder DATA = new TemporaryFolder();

    @Rule
    public final Timeout timeout = new Timeout(30, TimeUnit.SECONDS);

    private static Workbench workbench;
    private static final List<String> HEARD = new CopyOnWriteArrayList<>();

    /** Stands in for the app's index listener: hears what the app would hear. */
    public static final class Listener {
        @EventListener
        public void created(PageCreateEvent event) {
            HEARD.add("created " + event.getPage().getTitle());
        }

        @EventListener
        public void trashed(PageTrashedEvent event) {
            HEARD.add("trashed " + event.getPage().getTitle());
        }

        @EventListener
        public void restored(PageRestoreEvent event) {
            HEARD.add("restored " + event.getPage().getTitle());
        }

        @EventListener
        public void removed(PageRemoveEvent event) {
            HEARD.add("removed " + event.getPage().getTitle());
        }
    }

    @BeforeClass
    public static void startWorkbench() throws Exception {
        workbench = new Workbench(WorkbenchOptions.forTest(DATA.getRoot().toPath())).start();
        workbench.host().events().register(new Listener());
    }

    @AfterClass
    public static void stopWorkbench() {
        if (workbench != null) {
            workbench.stop();
        }
    }

    private static Browser as(String username) {
        Browser browser = new Browser(workbench.baseUrl());
        browser.actAs(username);
        return browser;
    }

    private static Optional<ContentRecord> page(String title) {
        return workbench.host().store().byTitle("RC", title);
    }

    @Test
    public void createDialogListsTheAppsBlueprintsWithIconNameAndDescription() {
        HttpResponse<String> dialog = as("alex").get("/workbench/create?spaceKey=RC");

        assertEquals(200, dialog.statusCode());
        assertThat(dialog.body(), containsString(">Decision record</a>"));
        assertThat(dialog.body(), containsString(">Co-produced meeting</a>"));
        assertThat(dialog.body(), containsString("A page for one decision"));
        assertThat(dialog.body(), containsString(
                "src=\"/download/resources/app.alongside.confluence:create-decision-record/icon\""));
        HttpResponse<String> icon = as("alex").get("/download/resources/app.alongside.confluence:create-decision-record/icon");
        assertEquals(200, icon.statusCode());
        assertEquals("image/png", icon.headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    public void wizardPageIsTheAppsSoyTemplateRenderedAsAFormThatPostsHere() {
        String wizard = as("alex").get("/workbench/create/wizard?spaceKey=RC&item=create-decision-record").body();

        assertThat(wizard, containsString("<h1>Create a decision record</h1>"));
        assertThat(wizard, containsString("<label for=\"alongside-decision-title\">Title of the decision"));
        assertThat(wizard, containsString("<option value=\"under-discussion\">Under discussion</option>"));
        assertThat(wizard, containsString("action=\"/workbench/create/wizard\""));
        assertThat(wizard, containsString("name=\"atl_token\""));
        assertThat(wizard, containsString("About decision records"));
    }

    @Test
    public void decisionRecordIsCreatedThroughItsWizardLabelledAndIndexed() {
        Browser alex = as("alex");
        String token = Browser.token(alex.get("/workbench/create/wizard?spaceKey=RC&item=create-decision-record").body());

        HttpResponse<String> created = alex.postForm("/workbench/create/wizard", form("atl_token", token,
                "spaceKey", "RC", "item", "create-decision-record", "wizardPage", "0",
                "decisionTitle", "Pay for travel to sessions", "decisionStatus", "decided"));

        assertEquals(302, created.statusCode());
        ContentRecord page = page("Pay for travel to sessions").orElseThrow();
        assertEquals("/pages/viewpage.action?pageId=" + page.id(), created.headers().firstValue("Location").orElseThrow());
        assertEquals(List.of("decision-record"), page.labels());
        assertThat(page.body(), containsString("<ac:structured-macro ac:name=\"alongside-decision\""));
        assertThat(page.body(), containsString("<ac:parameter ac:name=\"status\">decided</ac:parameter>"));
        ContentRecord index = page("Decision records").orElseThrow();
        assertThat(index.body(), containsString("<ac:parameter ac:name=\"labels\">decision-record</ac:parameter>"));
        assertThat(alex.get("/display/RC").body(), containsString(">Decision records</a>"));
        assertEquals(200, alex.get("/pages/viewpage.action?pageId=" + index.id()).statusCode());
        assertTrue(HEARD.contains("created Pay for travel to sessions"));
        assertTrue(HEARD.contains("created Decision records"));

        HttpResponse<String> second = alex.postForm("/workbench/create/wizard", form("atl_token", token,
                "spaceKey", "RC", "item", "create-decision-record", "decisionTitle", "Meet in the library",
                "decisionStatus", "proposed"));
        assertEquals(302, second.statusCode());
        assertEquals(1, workbench.host().store().inSpace("RC").stream()
                .filter(c -> c.title().equals("Decision records")).count());
    }

    @Test
    public void meetingNotesAreTitledWithTheGroupAndTodayWhenNoDateIsGiven() {
        Browser sam = as("sam");
        String token = Browser.token(sam.get("/workbench/create/wizard?spaceKey=RC&item=create-meeting").body());

        HttpResponse<String> created = sam.postForm("/workbench/create/wizard", form("atl_token", token,
                "spaceKey", "RC", "item", "create-meeting", "meetingDate", "", "groupName", "Carers\u2019 forum"));

        assertEquals(302, created.statusCode());
        String title = "Carers\u2019 forum meeting \u2014 "
                + LocalDate.now().format(DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK));
        ContentRecord meeting = page(title).orElseThrow();
        assertEquals(List.of("co-produced-meeting"), meeting.labels());
        assertThat("the notes start with the meeting record, dated today", meeting.body(),
                containsString("<ac:parameter ac:name=\"date\">" + LocalDate.now() + "</ac:parameter>"));
        assertTrue(page("Co-produced meetings").isPresent());
    }

    @Test
    public void aBlankRequiredTitleShowsTheWizardAgainWithWhatWasTypedAndCreatesNothing() {
        Browser alex = as("alex");
        String token = Browser.token(alex.get("/workbench/create/wizard?spaceKey=RC&item=create-decision-record").body());
        int before = workbench.host().store().inSpace("RC").size();

        HttpResponse<String> refused = alex.postForm("/workbench/create/wizard", form("atl_token", token,
                "spaceKey", "RC", "item", "create-decision-record", "decisionTitle", "  ",
                "decisionStatus", "in-delivery"));

        assertEquals(400, refused.statusCode());
        assertThat(refused.body(), containsString("Fill in \u201cTitle of the decision\u201d."));
        assertThat(refused.body(), containsString("<option value=\"in-delivery\" selected>"));
        assertThat(refused.body(), containsString("aria-invalid=\"true\""));
        assertEquals(before, workbench.host().store().inSpace("RC").size());
    }

    @Test
    public void hostileWizardInputIsStoredEscapedAndShownInert() {
        Browser alex = as("alex");
        String token = Browser.token(alex.get("/workbench/create/wizard?spaceKey=RC&item=create-decision-record").body());
        String attack = "Fair <script>alert(1)</script><img src=x onerror=alert(2)>";

        HttpResponse<String> created = alex.postForm("/workbench/create/wizard", form("atl_token", token,
                "spaceKey", "RC", "item", "create-decision-record", "decisionTitle", attack,
                "decisionStatus", "\"><script>alert(3)</script>"));

        assertEquals(302, created.statusCode());
        ContentRecord page = page(attack).orElseThrow();
        assertThat(page.body(), containsString("Fair &lt;script&gt;alert(1)&lt;/script&gt;"));
        assertThat(page.body(), containsString("<ac:parameter ac:name=\"status\">proposed</ac:parameter>"));
        String view = alex.get(created.headers().firstValue("Location").orElseThrow()).body();
        assertThat(view, not(containsString("<script>alert")));
        assertThat(view, not(containsString("<img src=x")));
    }

    @Test
    public void theWizardRefusesAFormWithoutTheSessionsTokenAndKeepsWhatWasTyped() {
        HttpResponse<String> refused = as("alex").postForm("/workbench/create/wizard", form("atl_token", "forged",
                "spaceKey", "RC", "item", "create-decision-record", "decisionTitle", "Forged decision"));

        assertEquals(403, refused.statusCode());
        assertThat(refused.body(), containsString("value=\"Forged decision\""));
        assertTrue(page("Forged decision").isEmpty());
    }

    @Test
    public void peopleWhoCannotSeeASpaceCannotCreateInIt() {
        assertEquals(404, as("alex").get("/workbench/create?spaceKey=BOARD").statusCode());
        assertEquals(404, as("alex").get("/workbench/create/wizard?spaceKey=RC&item=no-such-item").statusCode());
    }

    @Test
    public void trashRestoreAndDeletePermanentlyWorkFromTheWorkbenchAndReachTheApp() {
        Browser jordan = as("jordan");
        ContentRecord page = workbench.host().store().create(app.alongside.workbench.host.content.NewContent.page(
                "RC", "Draft agenda", "<p>Draft</p>", "jordan"));
        String confirm = jordan.get("/pages/removepage.action?pageId=" + page.id()).body();
        assertThat(confirm, containsString("Move \u201cDraft agenda\u201d to the trash?"));

        assertEquals(302, jordan.postForm("/pages/removepage.action?pageId=" + page.id(),
                form("atl_token", Browser.token(confirm))).statusCode());
        assertEquals(404, jordan.get("/pages/viewpage.action?pageId=" + page.id()).statusCode());
        assertTrue(HEARD.contains("trashed Draft agenda"));
        assertEquals("only space administrators see the trash", 404,
                jordan.get("/pages/viewtrash.action?key=RC").statusCode());

        Browser sam = as("sam");
        String trash = sam.get("/pages/viewtrash.action?key=RC").body();
        assertThat(trash, containsString("<td>Draft agenda</td>"));
        assertEquals(302, sam.postForm("/pages/restoretrashitem.action?key=RC&contentId=" + page.id(),
                form("atl_token", Browser.token(trash))).statusCode());
        assertEquals(200, sam.get("/pages/viewpage.action?pageId=" + page.id()).statusCode());
        assertTrue(HEARD.contains("restored Draft agenda"));

        workbench.host().store().trash(page.id(), "sam");
        assertEquals(400, sam.postForm("/pages/purgetrashitem.action?key=RC&contentId=" + page.id(),
                form("atl_token", "forged")).statusCode());
        assertEquals(302, sam.postForm("/pages/purgetrashitem.action?key=RC&contentId=" + page.id(),
                form("atl_token", Browser.token(trash))).statusCode());
        assertTrue(workbench.host().store().current(page.id()).isEmpty());
        assertTrue(HEARD.contains("removed Draft agenda"));
    }
}
