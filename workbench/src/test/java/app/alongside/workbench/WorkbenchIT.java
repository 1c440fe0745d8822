package app.alongside.workbench;

import app.alongside.workbench.host.content.ContentRecord;
import app.alongside.workbench.plugin.descriptor.UnsupportedModule;
import app.alongside.workbench.testing.Browser;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.rules.Timeout;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static app.alongside.workbench.testing.Browser.form;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.CoreMatchers.startsWith;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** The workbench end to end over HTTP: the real app jar, its descriptor, its Spring context, H2 in a temp dir. */
public class WorkbenchIT {

    @ClassRule
    public static final TemporaryFolder DATA = new TemporaryFolder();

    @Rule
    public final Timeout timeout = new Timeout(30, TimeUnit.SECONDS);

    private static Workbench workbench;

    @BeforeClass
    public static void startWorkbench() throws Exception {
        workbench = new Workbench(WorkbenchOptions.forTest(DATA.getRoot().toPath())).start();
    }

    @AfterClass
    public static void stopWorkbench() {
        if (workbench != null) {
            workbench.stop();
        }
    }

    private static Browser browser() {
        return new Browser(workbench.baseUrl());
    }

    private static long pageId(String spaceKey, String title) {
        return workbench.host().store().inSpace(spaceKey).stream().filter(c -> c.title().equals(title))
                .map(ContentRecord::id).findFirst().orElseThrow(() -> new AssertionError("no demo page " + title));
    }

    // --- pages and macros ----------------------------------------------------------------------------------

    @Test
    public void ourPrinciplesPageShowsTheNefAndScieFrameworksRenderedByTheAppsMacro() {
        HttpResponse<String> page = browser().basic("alex").get("/pages/viewpage.action?pageId="
                + pageId("RC", "Our principles"));
        assertEquals(200, page.statusCode());
        assertThat(page.body(), containsString("NEF: six principles of co-production"));
        assertThat(page.body(), containsString("Taking an assets-based approach"));
        assertThat(page.body(), containsString("SCIE: four principles of co-production"));
        assertThat(page.body(), containsString(
                "href=\"/download/resources/app.alongside.confluence:principles-resources/principles.css\""));
        assertThat(page.body(), containsString("<html lang=\"en-GB\">"));
    }

    @Test
    public void macroWithAnUnknownFrameworkShowsTheAppsFriendlyMessage() {
        String body = browser().basic("jordan").get("/pages/viewpage.action?pageId="
                + pageId("RC", "Principles we are still discussing")).body();
        assertThat(body, containsString("is not one Alongside knows"));
        assertThat(body, containsString("ubuntu"));
    }

    @Test
    public void previewAndPdfOutputTypesRenderTheMacroToo() {
        long id = pageId("RC", "Our principles");
        for (String type : new String[] {"preview", "pdf"}) {
            String body = browser().basic("alex").get("/pages/viewpage.action?pageId=" + id + "&outputType=" + type)
                    .body();
            assertThat(body, containsString("Taking an assets-based approach"));
        }
    }

    @Test
    public void restrictedPageIsVisibleOnlyToThePeopleItIsRestrictedTo() {
        String path = "/pages/viewpage.action?pageId=" + pageId("RC", "Spring course ideas (draft)");
        assertEquals(200, browser().basic("sam").get(path).statusCode());
        HttpResponse<String> outsider = browser().basic("chris").get(path);
        assertEquals(404, outsider.statusCode());
        assertThat(outsider.body(), not(containsString("Course ideas")));
        assertThat(browser().basic("chris").get("/display/RC").body(), not(containsString("Spring course ideas")));
    }

    @Test
    public void spaceIsVisibleOnlyToItsViewers() {
        assertEquals(200, browser().basic("priya").get("/display/BOARD").statusCode());
        assertEquals(404, browser().basic("alex").get("/display/BOARD").statusCode());
        assertEquals(401, browser().get("/display/RC").statusCode());
    }

    @Test
    public void editorKeepsTheTextAndExplainsWhenStorageIsMalformed() {
        Browser alex = browser().basic("alex");
        long id = pageId("RC", "Welcome to our new members");
        String token = Browser.token(alex.get("/pages/editpage.action?pageId=" + id).body());
        HttpResponse<String> response = alex.postForm("/pages/editpage.action?pageId=" + id, form(
                "atl_token", token, "version", "1", "title", "Welcome to our new members",
                "content", "<p>Unclosed <b>bold</p>", "action", "save"));
        assertEquals(400, response.statusCode());
        assertThat(response.body(), containsString("not valid storage format"));
        assertThat(response.body(), containsString("&lt;p&gt;Unclosed &lt;b&gt;bold&lt;/p&gt;"));
        assertThat(response.body(), containsString("aria-invalid=\"true\""));
        assertEquals(1, workbench.host().store().current(id).orElseThrow().version());
    }

    @Test
    public void savingAPageMakesANewVersionAndHostileMarkupStaysInert() {
        Browser sam = browser().basic("sam");
        String created = sam.postForm("/pages/createpage.action?spaceKey=RC", form(
                "atl_token", Browser.token(sam.get("/pages/createpage.action?spaceKey=RC").body()),
                "title", "Notes <script>alert(1)</script>",
                "content", "<p onclick=\"alert(1)\">Hello</p><script>alert(2)</script>", "action", "save"))
                .headers().firstValue("Location").orElseThrow();
        String page = sam.get(created).body();
        assertThat(page, containsString("<p>Hello</p>"));
        assertThat(page, not(containsString("<script>alert")));
        assertThat(page, containsString("Notes &lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    // --- the app's servlets, REST and resources ------------------------------------------------------------

    @Test
    public void restSettingsAnswerAdministratorsWithJsonAndMembersWithForbidden() {
        HttpResponse<String> admin = browser().basic("admin").get("/rest/alongside/1.0/settings");
        assertEquals(200, admin.statusCode());
        assertThat(admin.headers().firstValue("Content-Type").orElse(""), startsWith("application/json"));
        assertThat(admin.body(), containsString("\"suppressionThreshold\":"));
        assertEquals(403, browser().basic("alex").get("/rest/alongside/1.0/settings").statusCode());
        assertEquals(401, browser().get("/rest/alongside/1.0/settings").statusCode());
        assertEquals(401, browser().basic("admin", "wrong").get("/rest/alongside/1.0/settings").statusCode());
    }

    @Test
    public void restRefusesFormPostsWithoutTheAtlassianTokenHeader() {
        HttpResponse<String> response = browser().basic("admin").send("PUT", "/rest/alongside/1.0/settings",
                "application/x-www-form-urlencoded", "suppressionThreshold=1");
        assertEquals(403, response.statusCode());
        assertThat(response.body(), containsString("XSRF check failed"));
    }

    @Test
    public void adminSettingsScreenRendersInTheChromeAndSavesWithTheXsrfToken() {
        Browser admin = browser();
        admin.actAs("admin");
        HttpResponse<String> screen = admin.get("/plugins/servlet/alongside/admin/settings");
        assertEquals(200, screen.statusCode());
        assertThat(screen.body(), containsString("<title>Alongside settings \u2013 Alongside workbench</title>"));
        assertThat(screen.body(), containsString("name=\"atl_token\""));
        assertThat(screen.body(), containsString("Acting as"));

        HttpResponse<String> refused = admin.postForm("/plugins/servlet/alongside/admin/settings", form(
                "suppressionThreshold", "5", "parityFraction", "1/2", "atl_token", "forged"));
        assertThat(refused.body(), containsString("session check has expired"));

        HttpResponse<String> saved = admin.postForm("/plugins/servlet/alongside/admin/settings", form(
                "suppressionThreshold", "5", "parityFraction", "1/2", "atl_token", Browser.token(screen.body())));
        assertEquals(302, saved.statusCode());
        assertThat(browser().basic("admin").get("/rest/alongside/1.0/settings").body(),
                containsString("\"suppressionThreshold\":5"));
        assertThat(admin.get(saved.headers().firstValue("Location").orElseThrow()).body(),
                containsString("Settings saved."));
    }

    @Test
    public void adminSettingsScreenRefusesMembers() {
        Browser alex = browser();
        alex.actAs("alex");
        HttpResponse<String> screen = alex.get("/plugins/servlet/alongside/admin/settings");
        assertEquals(403, screen.statusCode());
        assertThat(screen.body(), containsString("Only Confluence administrators"));
    }

    @Test
    public void administratorsSeeTheAppsAdministrationLinkInTheNavigation() {
        Browser admin = browser();
        admin.actAs("admin");
        assertThat(admin.get("/").body(), containsString("href=\"/plugins/servlet/alongside/admin/settings\""));
        Browser alex = browser();
        alex.actAs("alex");
        assertThat(alex.get("/").body(), not(containsString("/plugins/servlet/alongside/admin/settings")));
        assertThat(alex.get("/display/RC").body(),
                containsString("href=\"/plugins/servlet/alongside/space-settings?key=RC\""));
    }

    @Test
    public void downloadableResourcesAreServedAndTraversalIsRefused() {
        HttpResponse<String> icon = browser().get("/download/resources/app.alongside.confluence/images/pluginIcon.png");
        assertEquals(200, icon.statusCode());
        assertEquals("image/png", icon.headers().firstValue("Content-Type").orElse(""));
        HttpResponse<String> css = browser().get(
                "/download/resources/app.alongside.confluence:principles-resources/principles.css");
        assertEquals(200, css.statusCode());
        assertEquals(404, browser().get("/download/resources/app.alongside.confluence/images/../atlassian-plugin.xml")
                .statusCode());
        int encoded = browser().get("/download/resources/app.alongside.confluence/images/%2e%2e/atlassian-plugin.xml")
                .statusCode();
        assertTrue("refused with " + encoded, encoded == 400 || encoded == 404);
    }

    // --- the workbench itself ------------------------------------------------------------------------------

    @Test
    public void aboutPageListsEveryModuleTheWorkbenchDoesNotHost() {
        String about = browser().get("/workbench/about").body();
        assertThat(about, containsString("Modules the workbench does not host"));
        for (UnsupportedModule module : workbench.plugin().descriptor().unsupported()) {
            assertThat(about, containsString(module.key()));
        }
        assertThat(about, containsString("rest-migration"));
        assertThat(about, containsString("AO_"));
    }

    @Test
    public void actingAsSomeoneIsRememberedAndShownInTheHeader() {
        Browser browser = browser();
        assertThat(browser.get("/").body(), containsString("<option value=\"\" selected>"));
        browser.actAs("priya");
        String home = browser.get("/").body();
        assertThat(home, containsString("<option value=\"priya\" selected>Priya Shah (priya)</option>"));
        assertThat(home, containsString("Trust board"));
    }

    @Test
    public void unknownAddressesGetAFriendlyNotFoundPage() {
        HttpResponse<String> response = browser().get("/no/such/page");
        assertEquals(404, response.statusCode());
        assertThat(response.body(), containsString("There is nothing at this address"));
        assertTrue(response.body().contains("<main id=\"main\""));
    }
}
