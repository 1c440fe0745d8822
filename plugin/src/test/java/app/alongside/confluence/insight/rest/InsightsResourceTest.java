package app.alongside.confluence.insight.rest;

import app.alongside.charter.CommitmentEvaluator;
import app.alongside.confluence.testing.AppRendering;
import app.alongside.confluence.testing.ConfluenceFixture;
import app.alongside.decision.Stage;
import app.alongside.decision.register.PageVisibility;
import app.alongside.insight.InMemoryInsightsIndex;
import app.alongside.insight.RegisterInsights;
import app.alongside.ladder.PlacementWorld;
import app.alongside.people.PersonRef;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static app.alongside.ladder.PlacementWorld.decided;
import static app.alongside.ladder.PlacementWorld.page;
import static app.alongside.ladder.PlacementWorld.users;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** {@code GET insights}: who may ask, what they are refused and why, and the figures, over the real core. */
public class InsightsResourceTest {

    @Rule
    public final ConfluenceFixture confluence = new ConfluenceFixture();

    private final ObjectMapper json = new ObjectMapper();
    private final PlacementWorld world = new PlacementWorld();
    private final Set<Long> hiddenPages = new HashSet<>();
    private InsightsResource resource;
    private ConfluenceUser alex;

    @Before
    public void setUp() {
        RegisterInsights insights = new RegisterInsights(new InMemoryInsightsIndex(world.store), world.index,
                (spaces, from, to) -> Map.of(), spaces -> List.of(),
                new CommitmentEvaluator(world.index, world.totals, new app.alongside.meeting.InMemoryMeetingIndex(),
                        app.alongside.reciprocity.RecognitionTimeliness.NONE), (spaces, from, to) -> new app.alongside.reciprocity.ReciprocityTotals.NotShown(3),
                new app.alongside.signal.UnrecognisedSignals(spaces -> List.of(),
                        app.alongside.reciprocity.RecognitionTimeliness.NONE));
        PageVisibility pages = ids -> {
            Set<Long> visible = new HashSet<>(ids);
            visible.removeAll(hiddenPages);
            return visible;
        };
        resource = new InsightsResource(insights, pages, confluence.permissions, confluence.currentUser,
                new AppRendering().messages, Clock.fixed(PlacementWorld.TODAY.atStartOfDay()
                .toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        confluence.space("RC", "Recovery College");
        alex = confluence.user("alex");
    }

    @Test
    public void anonymousCallerIsAskedToLogInBeforeAnythingElse() throws Exception {
        Response response = resource.figures(List.of("not a key!"), "never", null);

        assertEquals(401, response.getStatus());
        assertEquals("Please log in to see insights.", body(response).get("message").asText());
    }

    @Test
    public void theFiguresComeAsJsonForTheSpacesAndPeriod() throws Exception {
        confluence.logIn(alex);
        world.declare("a", "lived-experience");
        world.declare("b", "lived-experience");
        world.declare("c", "peer-worker");
        world.save(page(1, "RC"), decided("d1", LocalDate.of(2026, 3, 2), Map.of(
                Stage.AGENDA, users("a", "b", "c", "x"), Stage.DECIDING, users("a", "b", "c", "x", "y"))),
                decided("d2", LocalDate.of(2026, 4, 2), Map.of(Stage.DECIDING, users("x", "y", "z"))));

        Response response = resource.figures(List.of("RC"), "2026-01-01", "31 December 2026");

        assertEquals(200, response.getStatus());
        JsonNode body = body(response);
        assertEquals(2, body.get("decisions").asInt());
        assertEquals(12, body.get("byMonth").size());
        assertEquals("2026-03", body.get("byMonth").get(2).get("month").asText());
        assertEquals(1, body.get("byMonth").get(2).get("byRung").get("co-design").asInt());
        assertEquals(1, body.get("byMonth").get(2).get("byBand").get("doing-with").asInt());
        assertEquals("agenda", body.get("byStage").get(0).get("stage").asText());
        assertEquals(1, body.get("byStage").get(0).get("withLivedExperience").asInt());
        assertEquals("decided-without-lived-experience", body.get("signals").get(0).get("signal").asText());
        assertEquals(1, body.get("signals").get(0).get("raised").asInt());
        assertEquals(false, body.get("reciprocity").get("shown").asBoolean());
        assertEquals("Not shown: fewer than 3 people contributed.",
                body.get("reciprocity").get("message").asText());
        assertTrue(response.getHeaderString("Cache-Control").contains("no-store"));
    }

    @Test
    public void spacesTheCallerMayNotViewAreLeftOutAndNamed() throws Exception {
        Space board = confluence.space("BOARD", "Trust board");
        confluence.hideSpaceFrom(alex, board);
        confluence.logIn(alex);
        world.save(page(1, "RC"), decided("d1", LocalDate.of(2026, 3, 2), Map.of()));
        world.save(page(2, "BOARD"), decided("d2", LocalDate.of(2026, 3, 2), Map.of()));

        JsonNode body = body(resource.figures(List.of("RC,BOARD"), "2026-01-01", "2026-12-31"));

        assertEquals("BOARD", body.get("spacesLeftOut").get(0).asText());
        assertEquals(1, body.get("decisions").asInt());
    }

    @Test
    public void decisionsOnPagesTheCallerMayNotSeeAreNotCounted() throws Exception {
        confluence.logIn(alex);
        world.save(page(1, "RC"), decided("d1", LocalDate.of(2026, 3, 2), Map.of()));
        world.save(page(2, "RC"), decided("d2", LocalDate.of(2026, 3, 2), Map.of(Stage.DECIDING,
                List.of(new PersonRef.Named("Jo")))));
        hiddenPages.add(2L);

        assertEquals(1, body(resource.figures(List.of("RC"), "2026-01-01", "2026-12-31")).get("decisions").asInt());
    }

    @Test
    public void badSpacesDatesAndPeriodsAreRefusedEachNamedAndInWords() throws Exception {
        confluence.logIn(alex);

        JsonNode missing = body(resource.figures(List.of(), null, "someday"));
        assertEquals(List.of("space", "from", "to"), fields(missing));
        assertEquals("Name at least one space, such as space=RC.", error(missing, "space"));
        assertEquals("\u201csomeday\u201d is not a date Alongside can read. Write it like 2026-10-14, 14/10/2026 or "
                + "14 October 2026.", error(missing, "to"));

        Response reversed = resource.figures(List.of("RC", "not a key!"), "2026-12-31", "2026-01-01");
        assertEquals(400, reversed.getStatus());
        JsonNode body = body(reversed);
        assertEquals("Some of the parameters could not be used. Correct the ones listed and ask again.",
                body.get("message").asText());
        assertEquals("\u201cnot a key!\u201d is not a space key. Space keys are letters and numbers, such as RC.",
                error(body, "space"));
        assertEquals("The period ends before it starts. Give a last day on or after the first.", error(body, "to"));

        assertEquals("A period covers at most 120 months. Choose a shorter one.",
                error(body(resource.figures(List.of("RC"), "2010-01-01", "2026-12-31")), "to"));
        List<String> many = new ArrayList<>();
        for (int n = 0; n < 21; n++) {
            many.add("S" + n);
        }
        assertEquals("Insights cover at most 20 spaces at once.",
                error(body(resource.figures(many, "2026-01-01", "2026-12-31")), "space"));
    }

    private JsonNode body(Response response) throws Exception {
        return json.readTree(json.writeValueAsString(response.getEntity()));
    }

    private static List<String> fields(JsonNode body) {
        List<String> fields = new ArrayList<>();
        body.get("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }

    private static String error(JsonNode body, String field) {
        for (JsonNode e : body.get("errors")) {
            if (field.equals(e.get("field").asText())) {
                return e.get("message").asText();
            }
        }
        return null;
    }
}
