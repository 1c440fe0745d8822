package app.alongside.confluence.decision.rest;

import app.alongside.confluence.testing.AppRendering;
import app.alongside.confluence.testing.ConfluenceFixture;
import app.alongside.decision.register.IndexRebuild;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import org.junit.Rule;
import org.junit.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** {@code POST/GET index/rebuild}: who may rebuild what, one rebuild at a time, progress as JSON. */
public class DecisionIndexResourceTest {

    @Rule
    public final ConfluenceFixture confluence = new ConfluenceFixture();

    private final FakeRebuild rebuild = new FakeRebuild();
    private final DecisionIndexResource resource = new DecisionIndexResource(rebuild, confluence.permissions,
            confluence.currentUser, new AppRendering().messages);
    private final ObjectMapper json = new ObjectMapper();

    @Test
    public void anonymousCallerIsAskedToLogInAndNothingStarts() {
        Response start = resource.start(Map.of());
        Response status = resource.status();

        assertEquals(401, start.getStatus());
        assertEquals(401, status.getStatus());
        assertEquals("Please log in to rebuild the decision index.", body(start).get("message").asText());
        assertEquals(List.of(), rebuild.started);
    }

    @Test
    public void confluenceAdministratorStartsAWholeRebuildAndGets202WithProgress() {
        confluence.logIn(confluence.confluenceAdmin("admin"));

        Response response = resource.start(Map.of());

        assertEquals(202, response.getStatus());
        JsonNode body = body(response);
        assertEquals("running", body.get("state").asText());
        assertTrue(body.get("spaceKey").isNull());
        assertEquals(List.of("everything by key-admin"), rebuild.started);
        assertEquals(Set.of("state", "spaceKey", "pagesDone", "pagesTotal", "percent", "decisionsIndexed", "pagesFailed",
                "startedAt", "finishedAt"), names(body));
        assertEquals("2026-11-29T10:00:00Z", body.get("startedAt").asText());
    }

    @Test
    public void anEmptyBodyMeansTheWholeIndex() {
        confluence.logIn(confluence.confluenceAdmin("admin"));

        assertEquals(202, resource.start(null).getStatus());
        assertEquals(List.of("everything by key-admin"), rebuild.started);
    }

    @Test
    public void aMistypedOrUnexpectedFieldIsRefusedInWordsRatherThanRebuildingEverything() {
        confluence.logIn(confluence.confluenceAdmin("admin"));

        Response mistyped = resource.start(Map.of("spacekey", "RC"));
        Response notText = resource.start(Map.of("spaceKey", 42));

        assertEquals(400, mistyped.getStatus());
        JsonNode error = body(mistyped).get("errors").get(0);
        assertEquals("spacekey", error.get("field").asText());
        assertEquals("\u201cspacekey\u201d is not something a rebuild takes. Send an empty JSON object to rebuild the "
                + "whole index, or only spaceKey to rebuild one space.", error.get("message").asText());
        assertEquals(400, notText.getStatus());
        assertEquals("spaceKey", body(notText).get("errors").get(0).get("field").asText());
        assertEquals(List.of(), rebuild.started);
    }

    @Test
    public void aSecondRebuildWhileOneRunsIsAConflictShowingTheRunningOne() {
        confluence.logIn(confluence.confluenceAdmin("admin"));
        resource.start(Map.of());
        rebuild.progress = progress(IndexRebuild.State.RUNNING, 40, 200);

        Response second = resource.start(Map.of());

        assertEquals(409, second.getStatus());
        JsonNode body = body(second);
        assertEquals("The decision index is already being rebuilt. Wait for it to finish, then try again.",
                body.get("message").asText());
        assertEquals(20, body.get("progress").get("percent").asInt());
        assertEquals(1, rebuild.started.size());
    }

    @Test
    public void memberWhoIsNotAnAdministratorIsRefusedTheWholeIndexAndItsProgress() {
        confluence.logIn(confluence.user("alex"));

        Response start = resource.start(Map.of("spaceKey", ""));

        assertEquals(403, start.getStatus());
        assertTrue(body(start).get("message").asText().startsWith("Only Confluence administrators can rebuild"));
        assertEquals(403, resource.status().getStatus());
        assertEquals(List.of(), rebuild.started);
    }

    @Test
    public void spaceAdministratorRebuildsTheirSpaceAndMayWatchIt() {
        ConfluenceUser sam = confluence.user("sam");
        Space rc = confluence.space("RC", "Recovery College");
        confluence.makeSpaceAdmin(sam, rc);
        confluence.logIn(sam);

        Response response = resource.start(Map.of("spaceKey", " RC "));

        assertEquals(202, response.getStatus());
        assertEquals("RC", body(response).get("spaceKey").asText());
        assertEquals(List.of("RC by key-sam"), rebuild.started);
        assertEquals(200, resource.status().getStatus());
    }

    @Test
    public void memberWhoIsNotASpaceAdministratorCannotRebuildTheSpace() {
        confluence.space("RC", "Recovery College");
        confluence.logIn(confluence.user("alex"));

        Response response = resource.start(Map.of("spaceKey", "RC"));

        assertEquals(403, response.getStatus());
        assertEquals("Only administrators of this space can rebuild its decisions.", body(response).get("message").asText());
        assertEquals(List.of(), rebuild.started);
    }

    @Test
    public void aSpaceTheCallerCannotSeeOrThatIsNotASpaceIsNotFound() {
        ConfluenceUser alex = confluence.user("alex");
        Space hr = confluence.space("HR", "Private");
        confluence.makeSpaceAdmin(alex, hr);
        confluence.hideSpaceFrom(alex, hr);
        confluence.logIn(alex);

        for (String key : List.of("HR", "NOPE", "<script>alert(1)</script>")) {
            Response response = resource.start(Map.of("spaceKey", key));
            assertEquals(key, 404, response.getStatus());
            assertEquals("There is no space with the key \u201c" + key + "\u201d, or you cannot see it.",
                    body(response).get("message").asText());
        }
        assertEquals(List.of(), rebuild.started);
    }

    @Test
    public void administratorReadsProgressEvenBeforeAnyRebuild() {
        confluence.logIn(confluence.confluenceAdmin("admin"));

        JsonNode body = body(resource.status());

        assertEquals("never-run", body.get("state").asText());
        assertTrue(body.get("percent").isNull());
        assertTrue(body.get("startedAt").isNull());
    }

    @Test
    public void aSpaceAdministratorMayNotWatchARebuildOfAnotherScope() {
        ConfluenceUser sam = confluence.user("sam");
        confluence.makeSpaceAdmin(sam, confluence.space("RC", "Recovery College"));
        rebuild.progress = progress(IndexRebuild.State.RUNNING, 1, 10);
        confluence.logIn(sam);

        assertEquals(403, resource.status().getStatus());
    }

    private static IndexRebuild.Progress progress(IndexRebuild.State state, long done, long total) {
        return new IndexRebuild.Progress(state, IndexRebuild.Scope.everything(), done, total, done * 3, 0,
                Optional.of(Instant.parse("2026-11-29T10:00:00Z")), Optional.empty());
    }

    private JsonNode body(Response response) {
        return json.valueToTree(response.getEntity());
    }

    private static Set<String> names(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** One rebuild at a time, as the real service promises. */
    private static final class FakeRebuild implements IndexRebuild {
        final List<String> started = new ArrayList<>();
        Progress progress = Progress.neverRun();

        @Override
        public StartResult start(Scope scope, String requestedBy) {
            if (progress.isRunning()) {
                return new AlreadyRunning(progress);
            }
            started.add(scope.spaceKey().orElse("everything") + " by " + requestedBy);
            progress = new Progress(State.RUNNING, scope, 0, 0, 0, 0, Optional.of(Instant.parse("2026-11-29T10:00:00Z")),
                    Optional.empty());
            return new Started(progress);
        }

        @Override
        public Progress status() {
            return progress;
        }
    }
}
