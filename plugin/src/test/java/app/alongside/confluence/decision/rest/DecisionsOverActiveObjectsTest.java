package app.alongside.confluence.decision.rest;

import app.alongside.confluence.decision.ConfluencePageVisibility;
import app.alongside.confluence.decision.persistence.AoDecisionIndex;
import app.alongside.confluence.decision.persistence.ContributionEntity;
import app.alongside.confluence.decision.persistence.DecisionEntity;
import app.alongside.confluence.decision.persistence.DecisionPersonEntity;
import app.alongside.confluence.testing.AppRendering;
import app.alongside.confluence.testing.ConfluenceFixture;
import app.alongside.decision.Decision;
import app.alongside.decision.DecisionStatus;
import app.alongside.decision.Response;
import app.alongside.decision.Stage;
import app.alongside.decision.register.DecisionRegister;
import app.alongside.people.PersonRef;
import app.alongside.testsupport.ao.ActiveObjectsRule;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.StreamingOutput;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static app.alongside.confluence.decision.rest.RegisterFixture.decision;
import static app.alongside.confluence.decision.rest.RegisterFixture.page;
import static app.alongside.confluence.decision.rest.RegisterFixture.uri;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The REST resource over the app's real parts: the Active Objects index on a real database (H2, or PostgreSQL with
 * {@code -Dalongside.db=postgres}) and {@link ConfluencePageVisibility} asking Confluence's view permission per page,
 * so a page restriction hides a decision from the list, the counts, the single view and the CSV.
 */
public class DecisionsOverActiveObjectsTest {

    @ClassRule
    @Rule
    public static final ActiveObjectsRule AO = ActiveObjectsRule.forEntities(
            DecisionEntity.class, DecisionPersonEntity.class, ContributionEntity.class);

    @Rule
    public final ConfluenceFixture confluence = new ConfluenceFixture();

    private final AoDecisionIndex index = new AoDecisionIndex(AO.activeObjects(),
            Clock.fixed(RegisterFixture.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    private final PageManager pageManager = mock(PageManager.class);
    private final UserAccessor users = mock(UserAccessor.class);
    private final ObjectMapper json = new ObjectMapper();
    private DecisionsResource resource;
    private ConfluenceUser alex;
    private ConfluenceUser sam;

    @Before
    public void setUp() {
        confluence.space("RC", "Recovery College co-production group");
        alex = confluence.user("alex");
        sam = confluence.user("sam");
        when(sam.getFullName()).thenReturn("Sam Okafor");
        when(users.getUserByKey(new UserKey("key-sam"))).thenReturn(sam);
        resource = new DecisionsResource(new DecisionRegister(index),
                new ConfluencePageVisibility(pageManager, confluence.permissionManager, confluence.currentUser),
                confluence.permissions, confluence.currentUser, new AppRendering().messages, users,
                new app.alongside.ladder.InMemoryPlacementIndex(), new app.alongside.confluence.testing.SignalsFixture().live,
                new app.alongside.perspective.InvolvementTotals(new app.alongside.perspective.InMemoryPerspectiveStore(),
                        new app.alongside.participant.ParticipantSubjects(
                                new app.alongside.participant.InMemoryParticipantIndex()), index,
                        new app.alongside.settings.SettingsService(
                                org.mockito.Mockito.mock(app.alongside.settings.SettingsRepository.class))));
    }

    @Test
    public void aRestrictedPagesDecisionsAreAbsentFromListCountsSingleAndCsvForOthers() throws Exception {
        openPage(1, "Open meeting", decision("Everyone can see this").decidedOn("2026-10-01")
                .at(Stage.DECIDING, new PersonRef.User("key-sam"))
                .said("Evenings are hard", null, Response.ADOPTED, "Daytime only").build());
        restrictedPage(2, "Draft: restricted", sam, decision("Only Sam can see this").decidedOn("2026-10-02").build());
        long secret = idOf("Only Sam can see this");

        confluence.logIn(alex);
        JsonNode forAlex = body(resource.list(new RegisterParameters().spaces("RC"), uri("decisions?spaces=RC")));
        assertEquals(List.of("Everyone can see this"), titles(forAlex));
        assertEquals(1, forAlex.get("total").asInt());
        JsonNode open = forAlex.get("decisions").get(0);
        assertEquals("Sam Okafor", open.get("stages").get("deciding").get(0).get("displayName").asText());
        assertEquals("Daytime only", open.get("contributions").get(0).get("answer").asText());
        assertTrue(open.get("loopClosed").asBoolean());
        assertEquals(404, resource.one(String.valueOf(secret), uri("decisions/" + secret)).getStatus());
        String csv = csv(new RegisterParameters().spaces("RC"));
        assertTrue(csv.contains("Everyone can see this"));
        assertFalse(csv.contains("Only Sam"));

        confluence.logIn(sam);
        assertEquals(2, body(resource.list(new RegisterParameters().spaces("RC"), uri("decisions?spaces=RC"))).get("total").asInt());
        JsonNode single = body(resource.one(String.valueOf(secret), uri("decisions/" + secret)));
        assertEquals("Only Sam can see this", single.get("title").asText());
        assertEquals(2, single.get("pageId").asLong());
        assertTrue(csv(new RegisterParameters().spaces("RC")).contains("Only Sam can see this"));
    }

    @Test
    public void filtersAndTheCursorPageThroughTheRealIndex() throws Exception {
        for (int day = 1; day <= 5; day++) {
            openPage(day, "Meeting " + day, decision("Travel decision " + day).decidedOn("2026-10-0" + day).build(),
                    decision("Room decision " + day).status(DecisionStatus.PROPOSED).build());
        }
        confluence.logIn(alex);

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int requests = 0;
        do {
            JsonNode body = body(resource.list(new RegisterParameters().spaces("RC").statuses("decided").q("travel")
                    .limit("2").cursor(cursor), uri("decisions")));
            seen.addAll(titles(body));
            assertEquals(5, body.get("total").asInt());
            cursor = body.get("next").isNull() ? null : body.get("next").asText();
            requests++;
        } while (cursor != null && requests < 10);

        assertEquals(List.of("Travel decision 5", "Travel decision 4", "Travel decision 3", "Travel decision 2",
                "Travel decision 1"), seen);
        assertEquals(3, requests);
    }

    @Test
    public void aDecisionWhosePageIsTrashedIsNotFound() throws Exception {
        openPage(1, "Binned", decision("In the bin").build());
        long id = idOf("In the bin");
        index.setTrashed(1, true);
        confluence.logIn(alex);

        assertEquals(404, resource.one(String.valueOf(id), uri("decisions/" + id)).getStatus());
        assertEquals(0, body(resource.list(new RegisterParameters().spaces("RC"), uri("decisions"))).get("total").asInt());
    }

    private void openPage(long id, String title, Decision... decisions) {
        AbstractPage page = confluencePage(id);
        when(confluence.permissionManager.hasPermission(any(), eq(Permission.VIEW), eq(page))).thenReturn(true);
        index.replacePage(page(id, "RC", title), List.of(decisions));
    }

    private void restrictedPage(long id, String title, ConfluenceUser viewer, Decision... decisions) {
        AbstractPage page = confluencePage(id);
        when(confluence.permissionManager.hasPermission(viewer, Permission.VIEW, page)).thenReturn(true);
        index.replacePage(page(id, "RC", title), List.of(decisions));
    }

    private AbstractPage confluencePage(long id) {
        AbstractPage page = mock(AbstractPage.class);
        when(page.getId()).thenReturn(id);
        when(pageManager.getAbstractPage(id)).thenReturn(page);
        return page;
    }

    private long idOf(String title) {
        confluence.logIn(confluence.confluenceAdmin("admin-" + title.hashCode()));
        for (JsonNode decision : body(resource.list(new RegisterParameters().spaces("RC").q(title), uri("decisions"))).get("decisions")) {
            if (decision.get("title").asText().equals(title)) {
                return decision.get("id").asLong();
            }
        }
        throw new AssertionError("not indexed: " + title);
    }

    private String csv(RegisterParameters parameters) throws Exception {
        jakarta.ws.rs.core.Response response = resource.export(parameters, uri("decisions/export.csv"));
        assertEquals(200, response.getStatus());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ((StreamingOutput) response.getEntity()).write(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private JsonNode body(jakarta.ws.rs.core.Response response) {
        return json.valueToTree(response.getEntity());
    }

    private static List<String> titles(JsonNode body) {
        List<String> titles = new ArrayList<>();
        body.get("decisions").forEach(d -> titles.add(d.get("title").asText()));
        return titles;
    }
}
