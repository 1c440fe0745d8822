package app.alongside.confluence.participant.rest;

import app.alongside.confluence.participant.ParticipantFixture;
import app.alongside.confluence.testing.ConfluenceFixture;
import app.alongside.participant.ParticipantProfiles;
import com.atlassian.confluence.core.Modification;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.user.ConfluenceUser;
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

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * {@code /participants} inside a real JAX-RS runtime (Jersey 3 in memory, Jackson as in Confluence's REST v2):
 * routing, query parameters, JSON in and out (nulls kept, field names as pinned), and changes taken as JSON only.
 */
public class ParticipantsRestOverJerseyTest {

    private static final String BASE = "http://localhost/confluence/rest/alongside/1.0/";
    private static final String STORAGE = "<ac:structured-macro ac:name=\"alongside-participant\">"
            + "<ac:parameter ac:name=\"name\">Priya Shah</ac:parameter>"
            + "<ac:rich-text-body><p>I listen.</p></ac:rich-text-body></ac:structured-macro>";

    @Rule
    public final ConfluenceFixture confluence = new ConfluenceFixture();

    private final ObjectMapper json = new ObjectMapper();
    private ApplicationHandler jersey;
    private Page priyasPage;

    @Before
    public void setUp() {
        ParticipantFixture fixture = new ParticipantFixture(confluence);
        PageManager pageManager = mock(PageManager.class);
        priyasPage = ParticipantFixture.page(42, fixture.rc, "Priya Shah", STORAGE);
        when(pageManager.getAbstractPage(42)).thenReturn(priyasPage);
        doAnswer(call -> {
            Modification<AbstractPage> change = call.getArgument(1);
            change.modify(call.getArgument(0));
            return null;
        }).when(pageManager).saveNewVersion(any(AbstractPage.class), any());
        fixture.indexed(42, "RC", ParticipantProfiles.named("Priya Shah"));
        ConfluenceUser priya = fixture.user("u-priya", "priya", "Priya Shah");
        when(confluence.permissionManager.hasPermission(priya, Permission.EDIT, priyasPage)).thenReturn(true);
        confluence.logIn(priya);
        jersey = new ApplicationHandler(new ResourceConfig().register(JacksonFeature.class)
                .register(new ParticipantsResource(fixture.directory, fixture.visibility, confluence.permissions,
                        confluence.permissionManager, pageManager, confluence.currentUser, fixture.takingPart,
                        fixture.rendering.messages)));
    }

    @Test
    public void isForLicensedUsersAtTheLeast() {
        assertTrue(ParticipantsResource.class.isAnnotationPresent(LicensedOnly.class));
    }

    @Test
    public void directoryAnswersJsonWithNullsKeptAndNoPerspective() throws Exception {
        Answer answer = send("GET", "participants?space=RC&q=pri", null, null);

        assertEquals(200, answer.status);
        assertEquals("application/json", answer.type);
        JsonNode person = json.readTree(answer.text()).get("participants").get(0);
        assertEquals("Priya Shah", person.get("name").asText());
        assertTrue(person.get("preferredName").isNull());
        assertEquals("http://localhost/confluence/pages/viewpage.action?pageId=42", person.get("url").asText());
        assertFalse(answer.text().toLowerCase().contains("perspective"));
    }

    @Test
    public void profileIsFoundByPageIdAndAnythingElseIsNotFoundInWords() throws Exception {
        Answer found = send("GET", "participants/42", null, null);
        assertEquals(200, found.status);
        assertEquals("I listen.", json.readTree(found.text()).get("whatIBring").asText());

        Answer missing = send("GET", "participants/%3Cscript%3E", null, null);
        assertEquals(404, missing.status);
        assertEquals("There is no participant page \u201c<script>\u201d, or you cannot see it.",
                json.readTree(missing.text()).get("message").asText());
    }

    @Test
    public void changesAreTakenAsJsonOnly() throws Exception {
        assertEquals(415, send("PUT", "participants/42", "pronouns=she/her", "application/x-www-form-urlencoded").status);
        assertEquals(415, send("PUT", "participants/42", "{\"pronouns\": \"she/her\"}", "text/plain").status);
        assertEquals(405, send("POST", "participants/42", "{}", "application/json").status);

        Answer saved = send("PUT", "participants/42", "{\"pronouns\": \"she/her\", \"skills\": [\"Gujarati\"]}",
                "application/json");

        assertEquals(200, saved.status);
        assertEquals("she/her", json.readTree(saved.text()).get("pronouns").asText());
        assertTrue(priyasPage.getBodyAsString().contains("<ac:parameter ac:name=\"skills\">Gujarati</ac:parameter>"));
    }

    @Test
    public void badJsonFieldsAreNamedInTheAnswer() throws Exception {
        Answer answer = send("PUT", "participants/42", "{\"role\": \"patient\", \"name\": \"\"}", "application/json");

        assertEquals(400, answer.status);
        JsonNode errors = json.readTree(answer.text()).get("errors");
        assertEquals("role", errors.get(0).get("field").asText());
    }

    private Answer send(String method, String path, String body, String contentType) throws Exception {
        ContainerRequest request = new ContainerRequest(URI.create(BASE), URI.create(BASE + path), method, null,
                new MapPropertiesDelegate(), jersey.getConfiguration());
        request.header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", contentType);
            request.setEntityStream(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ContainerResponse response = jersey.apply(request, out).get();
        return new Answer(response.getStatus(), response.getMediaType() == null ? null
                : response.getMediaType().toString(), out.toByteArray());
    }

    private record Answer(int status, String type, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }
}
