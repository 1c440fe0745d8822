package app.alongside.workbench;

import app.alongside.workbench.host.content.ContentRecord;
import app.alongside.workbench.testing.Browser;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.rules.Timeout;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static app.alongside.workbench.testing.Browser.form;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

/** What the data directory keeps across a restart, and what --reset restores. */
public class WorkbenchRestartIT {

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    @Rule
    public final Timeout timeout = new Timeout(60, TimeUnit.SECONDS);

    @Test
    public void editsAndSettingsSurviveARestartAndResetRestoresTheDemo() throws Exception {
        Path data = folder.getRoot().toPath();
        long pageId;
        try (Workbench first = new Workbench(WorkbenchOptions.forTest(data)).start()) {
            ContentRecord home = first.host().store().byTitle("RC", "Welcome to the co-production group").orElseThrow();
            pageId = home.id();
            Browser alex = new Browser(first.baseUrl()).basic("alex");
            String token = Browser.token(alex.get("/pages/editpage.action?pageId=" + pageId).body());
            assertEquals(302, alex.postForm("/pages/editpage.action?pageId=" + pageId, form("atl_token", token,
                    "version", "1", "title", home.title(), "content", "<p>Edited before the restart</p>",
                    "action", "save")).statusCode());
            assertEquals(200, new Browser(first.baseUrl()).basic("admin").send("PUT",
                    "/rest/alongside/1.0/settings", "application/json",
                    "{\"suppressionThreshold\": 7, \"parityFraction\": \"1/2\"}").statusCode());
        }
        try (Workbench second = new Workbench(WorkbenchOptions.forTest(data)).start()) {
            assertThat(new Browser(second.baseUrl()).basic("alex").get("/pages/viewpage.action?pageId=" + pageId)
                    .body(), containsString("Edited before the restart"));
            assertThat(new Browser(second.baseUrl()).basic("admin").get("/rest/alongside/1.0/settings").body(),
                    containsString("\"suppressionThreshold\":7"));
        }
        try (Workbench reset = new Workbench(WorkbenchOptions.forTest(data).withReset(true)).start()) {
            String page = new Browser(reset.baseUrl()).basic("alex").get("/pages/viewpage.action?pageId=" + pageId)
                    .body();
            assertThat(page, not(containsString("Edited before the restart")));
            assertThat(page, containsString("Next meetings"));
            assertThat(new Browser(reset.baseUrl()).basic("admin").get("/rest/alongside/1.0/settings").body(),
                    not(containsString("\"suppressionThreshold\":7")));
        }
    }

    @Test
    public void aSecondWorkbenchOnTheSameDataDirectoryIsRefusedWithAClearMessage() throws Exception {
        Path data = folder.getRoot().toPath();
        try (Workbench first = new Workbench(WorkbenchOptions.forTest(data)).start()) {
            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> new Workbench(WorkbenchOptions.forTest(data)).start());
            assertThat(refused.getMessage(), containsString("Another workbench is already using the data directory"));
            assertEquals(200, new Browser(first.baseUrl()).get("/").statusCode());
        }
    }
}
