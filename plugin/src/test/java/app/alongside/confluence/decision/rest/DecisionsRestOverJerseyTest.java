package app.alongside.confluence.decision.rest;

import app.alongside.confluence.testing.ConfluenceFixture;
import app.alongside.decision.Response;
import app.alongside.decision.register.IndexRebuild;
import app.alongside.people.PersonRef;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

import static app.alongside.confluence.decision.rest.RegisterFixture.decision;
import static app.alongside.confluence.decision.rest.RegisterFixture.page;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The resources inside a real JAX-RS runtime (Jersey 3 in memory, Jackson as in Confluence's REST v2): routing
 * ({@code export.csv} is not an id), query parameters bound as the tests elsewhere build them, media types, and
 * the JSON Jackson writes (nulls kept, field names as pinned).
 */
public class DecisionsRestOverJerseyTest {

    @Rule
    public final ConfluenceFixture confluence = new ConfluenceFixture();

    private RegisterFixture register;
    private ApplicationHandler jersey;
    private final ObjectMapper json = new ObjectMapper();

    @Before
    public void setUp() {
        register = new RegisterFixture(confluence);
        confluence.space("RC", "Recovery College co-production group");
        confluence.logIn(register.knownUser("alex", "Alex Morgan"));
        IndexRebuild rebuild = new IndexRebuild() {
            @Override
            public StartResult start(Scope scope, String requestedBy) {
                return new Started(new Progress(State.RUNNING, scope, 0, 0, 0, 0, Optional.of(Instant.EPOCH), Optional.empty()));
            }

            @Override
            public Progress status() {
                return Progress.neverRun();
            }
        };
        jersey = new ApplicationHandler(new ResourceConfig()
                .register(JacksonFeature.class)
                .register(register.resource)
                .register(new DecisionIndexResource(rebuild, confluence.permissions, confluence.currentUser, register.messages)));
    }

    @Test
    public void bothResourcesAreForLicensedUsersAtTheLeast() {
        assertTrue(DecisionsResource.class.isAnnotationPresent(LicensedOnly.class));
        assertTrue(DecisionIndexResource.class.isAnnotationPresent(LicensedOnly.class));
    }

    @Test
    public void listBindsRepeatedAndCommaSeparatedParametersAndWritesNullsAsNull() throws Exception {
        register.index.add(page(1, "RC", "Meeting"), decision("Pay travel on the day")
                .said("Cash please", null, Response.PENDING, "").at(app.alongside.decision.Stage.AGENDA,
                        new PersonRef.User("key-alex")).build());

        Answer answer = send("GET", "decisions?spaces=RC&status=decided&status=proposed,reviewed&limit=10", null, null);

        assertEquals(200, answer.status);
        assertEquals("application/json", answer.type);
        JsonNode body = json.readTree(answer.text());
        JsonNode decision = body.get("decisions").get(0);
        assertEquals("Pay travel on the day", decision.get("title").asText());
        assertTrue(decision.get("decidedOn").isNull());
        assertTrue(decision.get("contributions").get(0).get("by").isNull());
        assertEquals("Alex Morgan", decision.get("stages").get("agenda").get(0).get("displayName").asText());
        assertTrue(body.get("links").get("next").isNull());
    }

    @Test
    public void exportCsvIsTheExportNotADecisionCalledExportCsv() throws Exception {
        register.index.add(page(1, "RC", "Meeting"), decision("=1+1").build());

        Answer answer = send("GET", "decisions/export.csv?spaces=RC", null, null);

        assertEquals(200, answer.status);
        assertEquals("text/csv;charset=UTF-8", answer.type);
        assertEquals((byte) 0xEF, answer.body[0]);
        assertEquals((byte) 0xBB, answer.body[1]);
        assertEquals((byte) 0xBF, answer.body[2]);
        assertTrue(answer.text().contains("\r\n"));
        assertTrue(answer.text().contains(",'=1+1,"));
    }

    @Test
    public void exportRefusalsAreJsonEvenWhenTheCallerAsksForCsv() throws Exception {
        Answer answer = send("GET", "decisions/export.csv", null, null, "text/csv");

        assertEquals(400, answer.status);
        assertEquals("application/json", answer.type);
        assertEquals("spaces", json.readTree(answer.text()).get("errors").get(0).get("field").asText());
    }

    @Test
    public void anIdThatIsNotANumberIsNotFoundInWords() throws Exception {
        Answer answer = send("GET", "decisions/%3Cscript%3E", null, null);

        assertEquals(404, answer.status);
        assertEquals("There is no decision with the id \u201c<script>\u201d, or you cannot see it.",
                json.readTree(answer.text()).get("message").asText());
    }

    @Test
    public void rebuildAcceptsJsonOnlySoThatNoFormOnAnotherSiteCanStartIt() throws Exception {
        confluence.logIn(confluence.confluenceAdmin("admin"));

        assertEquals(415, send("POST", "index/rebuild", "spaceKey=RC", "application/x-www-form-urlencoded").status);
        assertEquals(415, send("POST", "index/rebuild", "{}", "text/plain").status);
        assertEquals(415, send("POST", "index/rebuild", "--x--", "multipart/form-data; boundary=x").status);
        assertEquals("no body at all is the whole index", 202, send("POST", "index/rebuild", "", "application/json").status);
        Answer accepted = send("POST", "index/rebuild", "{}", "application/json");
        assertEquals(202, accepted.status);
        assertEquals("running", json.readTree(accepted.text()).get("state").asText());
        Answer scoped = send("POST", "index/rebuild", "{\"spaceKey\": \"RC\"}", "application/json");
        assertEquals("RC", json.readTree(scoped.text()).get("spaceKey").asText());
        Answer unknown = send("POST", "index/rebuild", "{\"spaceKey\": \"RC\", \"everything\": true}", "application/json");
        assertEquals(400, unknown.status);
        assertEquals("everything", json.readTree(unknown.text()).get("errors").get(0).get("field").asText());
        assertEquals(405, send("DELETE", "index/rebuild", null, null).status);
    }

    private Answer send(String method, String path, String body, String contentType) throws Exception {
        return send(method, path, body, contentType, "application/json");
    }

    private Answer send(String method, String path, String body, String contentType, String accept) throws Exception {
        ContainerRequest request = new ContainerRequest(URI.create(RegisterFixture.BASE),
                URI.create(RegisterFixture.BASE + path), method, null, new MapPropertiesDelegate(), jersey.getConfiguration());
        request.header("Accept", accept);
        if (body != null) {
            request.header("Content-Type", contentType);
            request.setEntityStream(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ContainerResponse response = jersey.apply(request, out).get();
        return new Answer(response.getStatus(), response.getMediaType() == null ? null : response.getMediaType().toString(),
                out.toByteArray());
    }

    private record Answer(int status, String type, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }
}
