package app.alongside.confluence.settings.rest;

import app.alongside.confluence.ladder.PlacementRefresh;

import app.alongside.confluence.settings.persistence.AoSettingsRepository;
import app.alongside.confluence.settings.persistence.SettingsEntity;
import app.alongside.confluence.testing.AppRendering;
import app.alongside.confluence.testing.ConfluenceFixture;
import app.alongside.settings.SettingsService;
import app.alongside.testsupport.ao.ActiveObjectsRule;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** The settings REST resource: who may read and change what, and what the JSON says. */
public class SettingsResourceTest {

    @ClassRule
    @Rule
    public static final ActiveObjectsRule AO = ActiveObjectsRule.forEntities(SettingsEntity.class);

    @Rule
    public final ConfluenceFixture confluence = new ConfluenceFixture();

    private final ObjectMapper json = new ObjectMapper();
    private final SettingsService settings = new SettingsService(new AoSettingsRepository(AO.activeObjects()));
    private final PlacementRefresh placements = org.mockito.Mockito.mock(PlacementRefresh.class);
    private final SettingsResource resource = new SettingsResource(settings, confluence.permissions,
            confluence.currentUser, new AppRendering().messages, placements);

    @Test
    public void anonymousCallerIsAskedToLogIn() throws Exception {
        Response response = resource.global();

        assertEquals(401, response.getStatus());
        assertEquals("Please log in to change Alongside settings.", body(response).get("message").asText());
    }

    @Test
    public void memberWhoIsNotAnAdminIsRefusedGlobalSettings() throws Exception {
        confluence.logIn(confluence.user("alex"));

        assertEquals(403, resource.global().getStatus());
        assertEquals(403, resource.updateGlobal(new SettingsJson(5, "1/3")).getStatus());
        assertEquals(3, settings.global().suppressionThreshold());
    }

    @Test
    public void adminReadsTheDefaults() throws Exception {
        confluence.logIn(confluence.confluenceAdmin("admin"));

        JsonNode body = body(resource.global());

        assertEquals(3, body.get("suppressionThreshold").asInt());
        assertEquals("1/3", body.get("parityFraction").asText());
    }

    @Test
    public void adminChangesGlobalSettings() throws Exception {
        confluence.logIn(confluence.confluenceAdmin("admin"));

        Response response = resource.updateGlobal(new SettingsJson(5, "50%"));

        assertEquals(200, response.getStatus());
        assertEquals("1/2", body(response).get("parityFraction").asText());
        assertEquals(5, settings.global().suppressionThreshold());
        org.mockito.Mockito.verify(placements).settingsChanged(java.util.Optional.empty());
    }

    @Test
    public void invalidInputIsRefusedWithALocalisedMessagePerField() throws Exception {
        confluence.logIn(confluence.confluenceAdmin("admin"));

        Response response = resource.updateGlobal(new SettingsJson(1, "lots"));

        assertEquals(400, response.getStatus());
        JsonNode errors = body(response).get("errors");
        assertEquals("suppressionThreshold", errors.get(0).get("field").asText());
        assertEquals("Enter a whole number from 2 to 50.", errors.get(0).get("message").asText());
        assertEquals("parityFraction", errors.get(1).get("field").asText());
        assertTrue(errors.get(1).get("message").asText().startsWith("Enter a fraction such as 1/3"));
    }

    @Test
    public void emptyBodyIsAValidationErrorNotACrash() {
        confluence.logIn(confluence.confluenceAdmin("admin"));

        assertEquals(400, resource.updateGlobal(null).getStatus());
    }

    @Test
    public void spaceAdminChangesTheirSpaceAndSeesWhatIsInherited() throws Exception {
        ConfluenceUser sam = confluence.user("sam");
        Space space = confluence.space("RC", "Recovery College");
        confluence.makeSpaceAdmin(sam, space);
        confluence.logIn(sam);

        Response response = resource.updateSpace("RC", new SettingsJson(null, "1/2"));

        assertEquals(200, response.getStatus());
        JsonNode body = body(response);
        assertTrue(body.get("override").get("suppressionThreshold").isNull());
        assertEquals("1/2", body.get("override").get("parityFraction").asText());
        assertEquals(3, body.get("effective").get("suppressionThreshold").asInt());
        assertEquals("1/2", body.get("effective").get("parityFraction").asText());
        org.mockito.Mockito.verify(placements).settingsChanged(java.util.Optional.of("RC"));
    }

    @Test
    public void spaceAdminCannotLowerTheSitesSuppressionThreshold() throws Exception {
        ConfluenceUser sam = confluence.user("sam");
        Space space = confluence.space("RC", "Recovery College");
        confluence.makeSpaceAdmin(sam, space);
        confluence.logIn(sam);

        Response response = resource.updateSpace("RC", new SettingsJson(2, null));

        assertEquals(400, response.getStatus());
        assertTrue(body(response).get("errors").get(0).get("message").asText().contains("Enter 3 or more"));
    }

    @Test
    public void memberWhoIsNotASpaceAdminIsRefused() {
        confluence.space("RC", "Recovery College");
        confluence.logIn(confluence.user("alex"));

        assertEquals(403, resource.space("RC").getStatus());
        assertEquals(403, resource.updateSpace("RC", new SettingsJson(9, null)).getStatus());
    }

    @Test
    public void spaceTheCallerCannotSeeLooksLikeNoSpaceAtAll() throws Exception {
        ConfluenceUser alex = confluence.user("alex");
        Space space = confluence.space("HR", "Private");
        confluence.makeSpaceAdmin(alex, space);
        confluence.hideSpaceFrom(alex, space);
        confluence.logIn(alex);

        Response response = resource.space("HR");

        assertEquals(404, response.getStatus());
        assertTrue(body(response).get("message").asText().contains("\u201cHR\u201d"));
    }

    @Test
    public void hostileSpaceKeyIsNotFoundAndEchoedOnlyAsText() throws Exception {
        confluence.logIn(confluence.confluenceAdmin("admin"));

        Response response = resource.space("<script>");

        assertEquals(404, response.getStatus());
        assertEquals("There is no space with the key \u201c<script>\u201d, or you cannot see it.",
                body(response).get("message").asText());
    }

    @Test
    public void confluenceAdminMayChangeAnySpace() {
        confluence.space("RC", "Recovery College");
        confluence.logIn(confluence.confluenceAdmin("admin"));

        assertEquals(200, resource.updateSpace("RC", new SettingsJson(7, null)).getStatus());
        assertEquals(7, settings.effectiveFor("RC").suppressionThreshold());
    }

    private JsonNode body(Response response) throws Exception {
        return json.valueToTree(response.getEntity());
    }
}
