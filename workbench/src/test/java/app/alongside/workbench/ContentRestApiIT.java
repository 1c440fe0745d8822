package app.alongside.workbench;

import app.alongside.workbench.testing.Browser;
import com.atlassian.confluence.event.events.content.page.PageCreateEvent;
import com.atlassian.confluence.event.events.content.page.PageUpdateEvent;
import com.atlassian.event.api.EventListener;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.rules.Timeout;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** Confluence's REST API, the subset scripts use, as a script would call it: JSON in, JSON out, Basic auth. */
public class ContentRestApiIT {

    @ClassRule
    public static final TemporaryFolder DATA = new TemporaryFolder();

    @Rule
    public final Timeout timeout = new Timeout(30, TimeUnit.SECONDS);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> HEARD = new CopyOnWriteArrayList<>();
    private static Workbench workbench;

    public static final class Listener {
        @EventListener
        public void created(PageCreateEvent event) {
            HEARD.add("created " + event.getPage().getTitle());
        }

        @EventListener
        public void updated(PageUpdateEvent event) {
            HEARD.add("updated " + event.getPage().getTitle());
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
        return new Browser(workbench.baseUrl()).basic(username);
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    private static String page(String title, String storage) {
        ObjectNode page = JSON.createObjectNode().put("type", "page").put("title", title);
        page.putObject("space").put("key", "RC");
        page.putObject("body").putObject("storage").put("value", storage).put("representation", "storage");
        return page.toString();
    }

    @Test
    public void roundTripCreateReadFindUpdateWithTheAppsMacrosExecutedInTheView() throws Exception {
        HttpResponse<String> created = as("alex").send("POST", "/rest/api/content", "application/json", page(
                "Principles from the API", "<ac:structured-macro ac:name=\"alongside-principles\">"
                        + "<ac:parameter ac:name=\"framework\">nef</ac:parameter></ac:structured-macro>"));
        assertEquals(created.body(), 200, created.statusCode());
        JsonNode content = json(created);
        String id = content.path("id").asText();
        assertEquals("page", content.path("type").asText());
        assertEquals("current", content.path("status").asText());
        assertEquals(1, content.path("version").path("number").asInt());
        assertEquals("RC", content.path("space").path("key").asText());
        assertThat(content.path("body").path("storage").path("value").asText(), containsString("alongside-principles"));
        assertTrue(content.path("_links").path("self").asText().endsWith("/rest/api/content/" + id));
        assertTrue(HEARD.contains("created Principles from the API"));

        JsonNode read = json(as("alex").get("/rest/api/content/" + id + "?expand=body.view,version,space"));
        assertThat(read.path("body").path("view").path("value").asText(),
                containsString("NEF: six principles of co-production"));
        assertEquals("view", read.path("body").path("view").path("representation").asText());
        assertEquals("alex", read.path("version").path("by").path("username").asText());
        assertEquals("Recovery College co-production group", read.path("space").path("name").asText());

        JsonNode found = json(as("alex").get("/rest/api/content?spaceKey=RC&title=Principles%20from%20the%20API"
                + "&type=page&expand=version"));
        assertEquals(1, found.path("size").asInt());
        assertEquals(id, found.path("results").get(0).path("id").asText());
        assertEquals(0, found.path("start").asInt());
        assertTrue(found.path("results").get(0).path("_expandable").has("body"));

        ObjectNode update = (ObjectNode) JSON.readTree(page("Principles from the API",
                "<p>Now the SCIE ones</p><ac:structured-macro ac:name=\"alongside-principles\">"
                        + "<ac:parameter ac:name=\"framework\">scie</ac:parameter></ac:structured-macro>"));
        update.putObject("version").put("number", 2);
        HttpResponse<String> updated = as("sam").send("PUT", "/rest/api/content/" + id, "application/json",
                update.toString());
        assertEquals(updated.body(), 200, updated.statusCode());
        assertEquals(2, json(updated).path("version").path("number").asInt());
        assertEquals("sam", json(updated).path("version").path("by").path("username").asText());
        assertTrue(HEARD.contains("updated Principles from the API"));

        HttpResponse<String> stale = as("alex").send("PUT", "/rest/api/content/" + id, "application/json",
                update.toString());
        assertEquals(409, stale.statusCode());
        assertEquals(409, json(stale).path("statusCode").asInt());
        assertThat(json(stale).path("message").asText(), containsString("Current version is: 2"));
        assertThat(json(as("alex").get("/rest/api/content/" + id + "?expand=body.view")).path("body").path("view")
                .path("value").asText(), containsString("SCIE: four principles of co-production"));
    }

    @Test
    public void spacesAndContentAreOnlyThoseTheCallerMayView() throws Exception {
        JsonNode spaces = json(as("alex").get("/rest/api/space"));
        List<String> keys = new java.util.ArrayList<>();
        spaces.path("results").forEach(s -> keys.add(s.path("key").asText()));
        assertEquals(List.of("RC"), keys);
        assertEquals(2, json(as("admin").get("/rest/api/space")).path("size").asInt());

        long restricted = workbench.host().store().byTitle("RC", "Spring course ideas (draft)").orElseThrow().id();
        assertEquals(200, as("sam").get("/rest/api/content/" + restricted).statusCode());
        HttpResponse<String> hidden = as("chris").get("/rest/api/content/" + restricted);
        assertEquals(404, hidden.statusCode());
        assertThat(hidden.body(), not(containsString("Course ideas")));
        assertFalse(as("chris").get("/rest/api/content?spaceKey=RC&limit=200").body().contains("Spring course ideas"));
        assertEquals(401, new Browser(workbench.baseUrl()).get("/rest/api/content").statusCode());
        assertEquals(401, new Browser(workbench.baseUrl()).basic("alex", "wrong").get("/rest/api/space").statusCode());
    }

    @Test
    public void badRequestsGetConfluenceShapedErrorsAndChangeNothing() throws Exception {
        HttpResponse<String> malformed = as("alex").send("POST", "/rest/api/content", "application/json",
                page("Broken", "<p>Unclosed"));
        assertEquals(400, malformed.statusCode());
        assertThat(json(malformed).path("message").asText(), containsString("not valid storage format"));
        assertTrue(workbench.host().store().byTitle("RC", "Broken").isEmpty());

        HttpResponse<String> taken = as("alex").send("POST", "/rest/api/content", "application/json",
                page("Our principles", "<p>x</p>"));
        assertEquals(400, taken.statusCode());
        assertThat(json(taken).path("message").asText(), containsString("A page with this title already exists"));

        HttpResponse<String> form = as("alex").send("POST", "/rest/api/content",
                "application/x-www-form-urlencoded", "title=x");
        assertEquals(403, form.statusCode());
        assertEquals(404, as("alex").get("/rest/api/content/999999").statusCode());
        assertEquals(404, as("alex").send("POST", "/rest/api/content", "application/json",
                page("Board secrets", "<p>x</p>").replace("\"RC\"", "\"BOARD\"")).statusCode());
    }

    @Test
    public void deleteMovesToTheTrashAndStatusTrashedFindsItThere() throws Exception {
        String id = json(as("alex").send("POST", "/rest/api/content", "application/json",
                page("Delete me", "<p>x</p>"))).path("id").asText();

        assertEquals(204, as("alex").send("DELETE", "/rest/api/content/" + id, "application/json", "").statusCode());

        assertEquals(404, as("alex").get("/rest/api/content/" + id).statusCode());
        assertEquals("trashed", json(as("alex").get("/rest/api/content/" + id + "?status=trashed"))
                .path("status").asText());
        assertEquals(403, as("jordan").send("DELETE", "/rest/api/content/" + id + "?status=trashed",
                "application/json", "").statusCode());
        assertEquals(204, as("sam").send("DELETE", "/rest/api/content/" + id + "?status=trashed",
                "application/json", "").statusCode());
        assertTrue(workbench.host().store().current(Long.parseLong(id)).isEmpty());
    }
}
