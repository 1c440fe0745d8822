package app.alongside.confluence.decision.rest;

import app.alongside.confluence.testing.ConfluenceFixture;
import app.alongside.decision.DecisionStatus;
import app.alongside.decision.Response;
import app.alongside.decision.Stage;
import app.alongside.ladder.LadderRung;
import app.alongside.people.PersonRef;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static app.alongside.confluence.decision.rest.RegisterFixture.decision;
import static app.alongside.confluence.decision.rest.RegisterFixture.page;
import static app.alongside.confluence.decision.rest.RegisterFixture.uri;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** {@code GET decisions} and {@code GET decisions/{id}}: who may ask, what they see, filters, paging and the JSON. */
public class DecisionsResourceTest {

    @Rule
    public final ConfluenceFixture confluence = new ConfluenceFixture();

    private final ObjectMapper json = new ObjectMapper();
    private RegisterFixture register;
    private DecisionsResource resource;
    private ConfluenceUser alex;

    @Before
    public void setUp() {
        register = new RegisterFixture(confluence);
        resource = register.resource;
        confluence.space("RC", "Recovery College co-production group");
        confluence.space("BOARD", "Trust board");
        alex = register.knownUser("alex", "Alex Morgan");
    }

    @Test
    public void anonymousCallerIsAskedToLogInBeforeAnythingElse() throws Exception {
        register.index.add(page(1, "RC", "Meeting"), decision("Move the Tuesday session").build());

        jakarta.ws.rs.core.Response list = resource.list(new RegisterParameters().spaces("RC"), uri("decisions?spaces=RC"));
        jakarta.ws.rs.core.Response one = resource.one("1", uri("decisions/1"));
        jakarta.ws.rs.core.Response csv = resource.export(new RegisterParameters().spaces("RC"), uri("decisions/export.csv"));

        for (jakarta.ws.rs.core.Response response : List.of(list, one, csv)) {
            assertEquals(401, response.getStatus());
            assertEquals("application/json", response.getMediaType().toString());
            assertEquals("Please log in to see decisions.", body(response).get("message").asText());
        }
    }

    @Test
    public void listsTheNamedSpacesNewestFirstWithCountsOverEveryMatchingDecision() throws Exception {
        register.index.add(page(1, "RC", "Meeting 1 October"),
                decision("Move the Tuesday session").decidedOn("2026-10-01").build(),
                decision("Pay for travel").status(DecisionStatus.PROPOSED).build());
        register.index.add(page(2, "BOARD", "Board, October"), decision("Fund the peer workers").decidedOn("2026-10-20").build());
        register.index.add(page(3, "HR", "Elsewhere"), decision("Not asked for").decidedOn("2026-10-25").build());
        confluence.logIn(alex);

        JsonNode body = body(resource.list(new RegisterParameters().spaces("RC,BOARD"), uri("decisions?spaces=RC,BOARD")));

        assertEquals(List.of("Fund the peer workers", "Move the Tuesday session", "Pay for travel"), titles(body));
        assertEquals(3, body.get("total").asInt());
        assertEquals(2, body.get("counts").get("decided").asInt());
        assertEquals(1, body.get("counts").get("proposed").asInt());
        assertEquals(0, body.get("counts").get("under-discussion").asInt());
        assertTrue(body.get("next").isNull());
        assertTrue(body.get("links").get("next").isNull());
    }

    @Test
    public void jsonFieldNamesAreAStableContract() throws Exception {
        register.index.add(page(7, "RC", "Meeting notes 14 October", "meeting-notes"),
                decision("Move the Tuesday session").decidedOn("2026-10-14").reviewOn("2027-04-14")
                        .claimed(LadderRung.CO_DESIGN).outcome("Sessions move to Wednesday.")
                        .at(Stage.AGENDA, new PersonRef.User("key-alex"))
                        .said("Tuesday clashes with the drop-in", new PersonRef.User("key-alex"), Response.ADOPTED, "Moved")
                        .said("Evenings are hard", null, Response.PENDING, "").build());
        confluence.logIn(alex);

        JsonNode body = body(resource.list(new RegisterParameters().spaces("RC"), uri("decisions?spaces=RC")));
        JsonNode decision = body.get("decisions").get(0);

        assertEquals(Set.of("decisions", "counts", "total", "next", "links"), names(body));
        assertEquals(Set.of("next"), names(body.get("links")));
        assertEquals(Set.of("proposed", "under-discussion", "decided", "in-delivery", "reviewed", "reversed",
                "superseded"), names(body.get("counts")));
        assertEquals(Set.of("id", "pageId", "pageTitle", "spaceKey", "url", "pageUrl", "title", "status", "supersededBy",
                "decidedOn", "reviewOn", "claimed", "outcome", "stages", "contributions", "loopClosed", "loop",
                "ladder", "signals"), names(decision));
        assertEquals(List.of("agenda", "options", "deciding", "delivering", "reviewing"), fieldOrder(decision.get("stages")));
        assertEquals(Set.of("type", "key", "displayName", "url"), names(decision.get("stages").get("agenda").get(0)));
        assertEquals(Set.of("said", "by", "anonymous", "response", "answer", "saidOn", "answeredOn", "answered"),
                names(decision.get("contributions").get(0)));

        assertEquals(7, decision.get("pageId").asLong());
        assertEquals("Meeting notes 14 October", decision.get("pageTitle").asText());
        assertEquals("RC", decision.get("spaceKey").asText());
        assertEquals(RegisterFixture.SITE + "/pages/viewpage.action?pageId=7#alongside-decision-move-the-tuesday-session",
                decision.get("url").asText());
        assertEquals(RegisterFixture.SITE + "/pages/viewpage.action?pageId=7", decision.get("pageUrl").asText());
        assertEquals("decided", decision.get("status").asText());
        assertEquals("2026-10-14", decision.get("decidedOn").asText());
        assertEquals("2027-04-14", decision.get("reviewOn").asText());
        assertEquals("co-design", decision.get("claimed").asText());
        assertEquals("Sessions move to Wednesday.", decision.get("outcome").asText());
        assertTrue(decision.get("supersededBy").isNull());
        assertFalse(decision.get("loopClosed").asBoolean());
        assertEquals("open", decision.get("loop").asText());
    }

    @Test
    public void namesPeopleByAccountNameParticipantPageTitleOrAsWrittenAndNeverByRole() throws Exception {
        register.knownUser("sam", "Sam Okafor");
        register.index.add(page(1, "RC", "Meeting"), decision("Co-design the leaflet")
                .at(Stage.AGENDA, new PersonRef.User("key-sam"), new PersonRef.Page("", "Jordan Ellis"))
                .at(Stage.DECIDING, new PersonRef.Named("Priya from the carers’ forum"), new PersonRef.User("key-gone"),
                        new PersonRef.Page("BOARD", "Chris Lee"))
                .build());
        confluence.logIn(alex);

        JsonNode stages = body(resource.list(new RegisterParameters().spaces("RC"), uri("decisions?spaces=RC")))
                .get("decisions").get(0).get("stages");

        JsonNode sam = stages.get("agenda").get(0);
        assertEquals("user", sam.get("type").asText());
        assertEquals("user:key-sam", sam.get("key").asText());
        assertEquals("Sam Okafor", sam.get("displayName").asText());
        assertEquals(RegisterFixture.SITE + "/display/~sam", sam.get("url").asText());
        JsonNode jordan = stages.get("agenda").get(1);
        assertEquals("page", jordan.get("type").asText());
        assertEquals("page:RC:Jordan Ellis", jordan.get("key").asText());
        assertEquals("Jordan Ellis", jordan.get("displayName").asText());
        assertEquals(RegisterFixture.SITE + "/display/RC/Jordan+Ellis", jordan.get("url").asText());
        JsonNode priya = stages.get("deciding").get(0);
        assertEquals("name", priya.get("type").asText());
        assertEquals("Priya from the carers’ forum", priya.get("displayName").asText());
        assertTrue(priya.get("url").isNull());
        JsonNode gone = stages.get("deciding").get(1);
        assertEquals("Unknown user", gone.get("displayName").asText());
        assertTrue(gone.get("url").isNull());
        assertEquals(RegisterFixture.SITE + "/display/BOARD/Chris+Lee", stages.get("deciding").get(2).get("url").asText());
        assertEquals(0, stages.get("options").size());
        assertFalse("no email addresses", stages.toString().contains("@"));
    }

    @Test
    public void contributionsCarryTheirAnswersAndTheLoopClosesWhenEveryOneIsAnswered() throws Exception {
        register.index.add(page(1, "RC", "Meeting"),
                decision("Closed loop")
                        .said("Tuesday clashes", new PersonRef.User("key-alex"), Response.ADOPTED, "Moved to Wednesday")
                        .said("Too far to travel", null, Response.NOT_ADOPTED, "The only room with a hearing loop").build(),
                decision("Open loop").said("We were not asked", null, Response.NOT_ADOPTED, "").build(),
                decision("No loop").build());
        confluence.logIn(alex);

        JsonNode decisions = body(resource.list(new RegisterParameters().spaces("RC").sort("title"),
                uri("decisions?spaces=RC&sort=title"))).get("decisions");

        JsonNode closed = decisions.get(0);
        assertEquals("Closed loop", closed.get("title").asText());
        assertTrue(closed.get("loopClosed").asBoolean());
        assertEquals("closed", closed.get("loop").asText());
        JsonNode first = closed.get("contributions").get(0);
        assertEquals("Tuesday clashes", first.get("said").asText());
        assertEquals("Alex Morgan", first.get("by").get("displayName").asText());
        assertFalse(first.get("anonymous").asBoolean());
        assertEquals("adopted", first.get("response").asText());
        assertEquals("Moved to Wednesday", first.get("answer").asText());
        assertEquals("2026-09-01", first.get("saidOn").asText());
        assertEquals("2026-09-15", first.get("answeredOn").asText());
        assertTrue(first.get("answered").asBoolean());
        JsonNode anonymous = closed.get("contributions").get(1);
        assertTrue(anonymous.get("by").isNull());
        assertTrue(anonymous.get("anonymous").asBoolean());
        assertEquals("not-adopted", anonymous.get("response").asText());

        JsonNode open = decisions.get(2);
        assertEquals("Open loop", open.get("title").asText());
        assertEquals("open", open.get("loop").asText());
        assertFalse("not adopted without a reason is not an answer",
                open.get("contributions").get(0).get("answered").asBoolean());
        assertEquals("no-contributions", decisions.get(1).get("loop").asText());
        assertFalse(decisions.get(1).get("loopClosed").asBoolean());
    }

    @Test
    public void filtersByStatusLabelDatesReviewDueLoopAndTitleText() throws Exception {
        register.index.add(page(1, "RC", "Meeting A", "meeting-notes", "travel"),
                decision("Pay travel expenses on the day").decidedOn("2026-10-01").reviewOn("2026-11-01")
                        .said("Cash please", null, Response.PENDING, "").build(),
                decision("Publish the minutes in easy read").decidedOn("2026-06-01").status(DecisionStatus.REVIEWED).build());
        register.index.add(page(2, "RC", "Meeting B", "meeting-notes"),
                decision("Travel by minibus").decidedOn("2026-10-05").status(DecisionStatus.PROPOSED).build());
        confluence.logIn(alex);

        assertEquals(List.of("Publish the minutes in easy read"), titles(list(new RegisterParameters().spaces("RC").statuses("reviewed"))));
        assertEquals(List.of("Travel by minibus", "Pay travel expenses on the day"),
                titles(list(new RegisterParameters().spaces("RC").statuses("decided", "proposed"))));
        assertEquals(List.of("Travel by minibus", "Pay travel expenses on the day"),
                titles(list(new RegisterParameters().spaces("RC").statuses("decided,proposed"))));
        assertEquals(List.of("Pay travel expenses on the day", "Publish the minutes in easy read"),
                titles(list(new RegisterParameters().spaces("RC").labels("TRAVEL"))));
        assertEquals(List.of("Travel by minibus", "Pay travel expenses on the day"),
                titles(list(new RegisterParameters().spaces("RC").decidedFrom("1 October 2026").decidedTo("31/10/2026"))));
        assertEquals(List.of("Pay travel expenses on the day"), titles(list(new RegisterParameters().spaces("RC").reviewDue("true"))));
        assertEquals(List.of("Pay travel expenses on the day"), titles(list(new RegisterParameters().spaces("RC").loop("open"))));
        assertEquals(List.of(), titles(list(new RegisterParameters().spaces("RC").loop("closed"))));
        assertEquals(List.of("Travel by minibus", "Pay travel expenses on the day"),
                titles(list(new RegisterParameters().spaces("RC").q("  TRAVEL "))));
    }

    @Test
    public void pagesThroughEveryDecisionOnceWithTheCursorAndANextLinkThatKeepsTheFilters() throws Exception {
        for (int day = 1; day <= 7; day++) {
            register.index.add(page(day, "RC", "Meeting " + day), decision("Decision " + day).decidedOn("2026-10-0" + day).build());
        }
        confluence.logIn(alex);

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int requests = 0;
        do {
            String query = "decisions?spaces=RC&limit=3" + (cursor == null ? "" : "&cursor=" + cursor);
            JsonNode body = body(resource.list(new RegisterParameters().spaces("RC").limit("3").cursor(cursor), uri(query)));
            seen.addAll(titles(body));
            assertEquals(7, body.get("total").asInt());
            cursor = body.get("next").isNull() ? null : body.get("next").asText();
            if (cursor != null) {
                assertEquals(RegisterFixture.BASE + "decisions?spaces=RC&limit=3&cursor=" + cursor,
                        body.get("links").get("next").asText());
            }
            requests++;
        } while (cursor != null && requests < 10);

        assertEquals(3, requests);
        assertEquals(List.of("Decision 7", "Decision 6", "Decision 5", "Decision 4", "Decision 3", "Decision 2",
                "Decision 1"), seen);
    }

    @Test
    public void decisionsOnARestrictedPageAreNeitherListedCountedNorFoundByOthers() throws Exception {
        ConfluenceUser sam = register.knownUser("sam", "Sam Okafor");
        register.index.add(page(1, "RC", "Open meeting"), decision("Everyone can see this").decidedOn("2026-10-01").build());
        long secret = register.index.add(page(2, "RC", "Draft: restricted"),
                decision("Only Sam can see this").decidedOn("2026-10-02").build()).get(0);
        register.restrict(2, "sam");

        confluence.logIn(alex);
        JsonNode forAlex = body(resource.list(new RegisterParameters().spaces("RC"), uri("decisions?spaces=RC")));
        assertEquals(List.of("Everyone can see this"), titles(forAlex));
        assertEquals(1, forAlex.get("total").asInt());
        assertEquals(1, forAlex.get("counts").get("decided").asInt());
        jakarta.ws.rs.core.Response hidden = resource.one(String.valueOf(secret), uri("decisions/" + secret));
        assertEquals(404, hidden.getStatus());
        assertFalse(body(hidden).toString().contains("Only Sam"));

        confluence.logIn(sam);
        assertEquals(List.of("Only Sam can see this", "Everyone can see this"),
                titles(body(resource.list(new RegisterParameters().spaces("RC"), uri("decisions?spaces=RC")))));
        assertEquals(200, resource.one(String.valueOf(secret), uri("decisions/" + secret)).getStatus());
    }

    @Test
    public void oneDecisionComesWithItsPeopleAndContributions() throws Exception {
        long id = register.index.add(page(4, "RC", "Meeting"), decision("Co-design the leaflet")
                .at(Stage.OPTIONS, new PersonRef.User("key-alex"))
                .said("Use plain English", null, Response.ADAPTED, "Easy read version too").build()).get(0);
        confluence.logIn(alex);

        jakarta.ws.rs.core.Response response = resource.one(String.valueOf(id), uri("decisions/" + id));

        assertEquals(200, response.getStatus());
        JsonNode body = body(response);
        assertEquals(id, body.get("id").asLong());
        assertEquals("Alex Morgan", body.get("stages").get("options").get(0).get("displayName").asText());
        assertEquals("adapted", body.get("contributions").get(0).get("response").asText());
        assertTrue(response.getHeaderString("Cache-Control").contains("no-store"));
    }

    @Test
    public void aTrashedAMissingAndANonsenseIdAllAnswer404InWords() throws Exception {
        long id = register.index.add(page(5, "RC", "Binned"), decision("In the bin").build()).get(0);
        register.index.setTrashed(5, true);
        confluence.logIn(alex);

        for (String asked : List.of(String.valueOf(id), "999", "0", "-3", "abc", "99999999999999999999999")) {
            jakarta.ws.rs.core.Response response = resource.one(asked, uri("decisions/x"));
            assertEquals(asked, 404, response.getStatus());
            assertEquals("There is no decision with the id \u201c" + asked + "\u201d, or you cannot see it.",
                    body(response).get("message").asText());
        }
    }

    @Test
    public void hostileIdIsEchoedOnlyAsShortenedText() throws Exception {
        confluence.logIn(alex);
        String hostile = "<script>alert(1)</script>" + "x".repeat(200);

        JsonNode body = body(resource.one(hostile, uri("decisions/x")));

        String message = body.get("message").asText();
        assertTrue(message.contains("<script>alert(1)</script>"));
        assertTrue("shortened", message.length() < 200);
    }

    @Test
    public void badParametersAreRefusedTogetherEachNamedAndInWords() throws Exception {
        confluence.logIn(alex);

        jakarta.ws.rs.core.Response response = resource.list(new RegisterParameters().spaces("RC").statuses("decided", "maybe")
                .decidedFrom("31 June 2026").decidedTo("tomorrow").reviewDue("yes").loop("ajar").sort("random")
                .limit("500").cursor("not-a-cursor"), uri("decisions"));

        assertEquals(400, response.getStatus());
        JsonNode body = body(response);
        assertEquals("Some of the parameters could not be used. Correct the ones listed and ask again.",
                body.get("message").asText());
        List<String> fields = new ArrayList<>();
        body.get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertEquals(List.of("status", "decidedFrom", "decidedTo", "reviewDue", "loop", "sort", "limit", "cursor"), fields);
        assertEquals("\u201cmaybe\u201d is not a status. Use one of: proposed, under-discussion, decided, in-delivery, "
                + "reviewed, reversed, superseded.", error(body, "status"));
        assertEquals("\u201c31 June 2026\u201d is not a date Alongside can read. Write it like 2026-10-14, 14/10/2026 "
                + "or 14 October 2026.", error(body, "decidedFrom"));
        assertEquals("\u201c500\u201d is not a page size. Enter a whole number from 1 to 100.", error(body, "limit"));
        assertEquals("\u201cajar\u201d is not a loop state. Use open or closed.", error(body, "loop"));
        assertEquals("This cursor is not one Alongside gave out for this order. Start again without it.",
                error(body, "cursor"));
    }

    @Test
    public void aSignalFiltersTheListByStoredPlacements() throws Exception {
        confluence.logIn(alex);
        List<Long> ids = register.index.add(page(1, "RC", "Meeting"), decision("Few seats").build(),
                decision("Fine").build());
        register.index.placements.put(ids.get(0), new app.alongside.ladder.StoredPlacement(ids.get(0),
                app.alongside.ladder.LadderRung.ENGAGEMENT, java.util.Optional.empty(),
                java.util.Set.of(app.alongside.signal.SignalKind.FEW_SEATS), java.util.Optional.empty()));
        register.index.placements.put(ids.get(1), new app.alongside.ladder.StoredPlacement(ids.get(1),
                app.alongside.ladder.LadderRung.CO_DESIGN, java.util.Optional.empty(), java.util.Set.of(),
                java.util.Optional.empty()));

        JsonNode body = body(resource.list(new RegisterParameters().spaces("RC").signal("few-seats"),
                uri("decisions?spaces=RC&signal=few-seats")));

        assertEquals(List.of("Few seats"), titles(body));
    }

    @Test
    public void aSpaceSignalOrAnUnknownOneIsRefusedInWords() throws Exception {
        confluence.logIn(alex);

        for (String bad : List.of("same-people", "tokenism")) {
            jakarta.ws.rs.core.Response response = resource.list(new RegisterParameters().spaces("RC").signal(bad),
                    uri("decisions"));

            assertEquals(400, response.getStatus());
            assertEquals("\u201c" + bad + "\u201d is not a signal a register can filter by. Use one of: "
                    + "decided-without-lived-experience, joined-late, few-seats, you-said-unanswered, "
                    + "claimed-above-evidence.", error(body(response), "signal"));
        }
    }

    @Test
    public void spacesAreRequiredAndMustBeSpacesTheCallerCanSee() throws Exception {
        ConfluenceUser alexInHr = alex;
        Space hr = confluence.space("HR", "Private");
        confluence.hideSpaceFrom(alexInHr, hr);
        confluence.logIn(alex);

        assertEquals("Name at least one space, for example spaces=RC.",
                error(body(resource.list(new RegisterParameters(), uri("decisions"))), "spaces"));
        assertEquals("Name at least one space, for example spaces=RC.",
                error(body(resource.list(new RegisterParameters().spaces(" , "), uri("decisions"))), "spaces"));
        jakarta.ws.rs.core.Response hidden = resource.list(new RegisterParameters().spaces("RC,HR"), uri("decisions"));
        assertEquals(400, hidden.getStatus());
        assertEquals("There is no space with the key \u201cHR\u201d, or you cannot see it.", error(body(hidden), "spaces"));
        assertEquals("There is no space with the key \u201cNOPE\u201d, or you cannot see it.",
                error(body(resource.list(new RegisterParameters().spaces("NOPE"), uri("decisions"))), "spaces"));
        assertEquals("There is no space with the key \u201c<img src=x onerror=alert(1)>\u201d, or you cannot see it.",
                error(body(resource.list(new RegisterParameters().spaces("<img src=x onerror=alert(1)>"), uri("decisions"))), "spaces"));
        String[] tooMany = new String[51];
        for (int i = 0; i < tooMany.length; i++) {
            tooMany[i] = "S" + i;
        }
        assertEquals("Name at most 50 spaces.",
                error(body(resource.list(new RegisterParameters().spaces(tooMany), uri("decisions"))), "spaces"));
    }

    @Test
    public void limitMustBeAWholeNumberFromOneToAHundred() throws Exception {
        for (int day = 1; day <= 3; day++) {
            register.index.add(page(day, "RC", "M" + day), decision("D" + day).decidedOn("2026-10-0" + day).build());
        }
        confluence.logIn(alex);

        for (String bad : List.of("0", "101", "-1", "2.5", "ten", "1e2", "99999999999")) {
            assertEquals(bad, 400, resource.list(new RegisterParameters().spaces("RC").limit(bad), uri("decisions")).getStatus());
        }
        assertEquals(1, body(resource.list(new RegisterParameters().spaces("RC").limit("1"), uri("decisions")))
                .get("decisions").size());
        assertEquals(3, body(resource.list(new RegisterParameters().spaces("RC").limit(" 100 "), uri("decisions")))
                .get("decisions").size());
    }

    @Test
    public void aCursorFromAnotherOrderIsRefused() throws Exception {
        for (int day = 1; day <= 3; day++) {
            register.index.add(page(day, "RC", "M" + day), decision("D" + day).decidedOn("2026-10-0" + day).build());
        }
        confluence.logIn(alex);
        String byTitle = body(resource.list(new RegisterParameters().spaces("RC").sort("title").limit("1"),
                uri("decisions"))).get("next").asText();

        jakarta.ws.rs.core.Response response = resource.list(new RegisterParameters().spaces("RC").cursor(byTitle), uri("decisions"));

        assertEquals(400, response.getStatus());
        assertEquals("cursor", body(response).get("errors").get(0).get("field").asText());
    }

    @Test
    public void hostileSearchTextIsSearchedForLiterallyOrRefusedWhenItCannotBeText() throws Exception {
        register.index.add(page(1, "RC", "M"), decision("<b>bold</b> move % _ '; DROP TABLE").build());
        confluence.logIn(alex);

        assertEquals(1, body(resource.list(new RegisterParameters().spaces("RC").q("'; DROP TABLE"), uri("decisions")))
                .get("total").asInt());
        assertEquals(1, body(resource.list(new RegisterParameters().spaces("RC").q("<b>bold</b>"), uri("decisions")))
                .get("total").asInt());
        assertEquals("Shorten the search text to 200 characters or fewer.",
                error(body(resource.list(new RegisterParameters().spaces("RC").q("x".repeat(201)), uri("decisions"))), "q"));
        assertEquals(400, resource.list(new RegisterParameters().spaces("RC").q("a\u0000b"), uri("decisions")).getStatus());
        assertEquals(400, resource.list(new RegisterParameters().spaces("RC").labels("two words"), uri("decisions")).getStatus());
    }

    @Test
    public void datesInAnyReasonableFormAreAcceptedAndARangeMustRunForwards() throws Exception {
        register.index.add(page(1, "RC", "M"), decision("In range").decidedOn("2026-10-14").build());
        confluence.logIn(alex);

        for (String from : List.of("2026-10-14", "14/10/2026", "14 October 2026", "14 Oct 2026", "Wednesday 14 October 2026",
                "October 14, 2026")) {
            assertEquals(from, 1, body(resource.list(new RegisterParameters().spaces("RC").decidedFrom(from).decidedTo(from),
                    uri("decisions"))).get("total").asInt());
        }
        jakarta.ws.rs.core.Response backwards = resource.list(new RegisterParameters().spaces("RC")
                .decidedFrom("2026-10-14").decidedTo("2026-10-01"), uri("decisions"));
        assertEquals(400, backwards.getStatus());
        assertEquals("The end of the date range is before its start.", error(body(backwards), "decidedTo"));
    }

    private JsonNode list(RegisterParameters parameters) throws Exception {
        jakarta.ws.rs.core.Response response = resource.list(parameters, uri("decisions"));
        assertEquals(body(response).toString(), 200, response.getStatus());
        return body(response);
    }

    @Test
    public void listsCarryEachRowsStoredRungBandAndSignalCodesFromOneIndexRead() throws Exception {
        List<Long> ids = register.index.add(page(1, "RC", "Meeting"),
                decision("Placed").decidedOn("2026-10-01").claimed(LadderRung.CO_PRODUCTION).build(),
                decision("Not placed").decidedOn("2026-09-01").build());
        register.placements.put(new app.alongside.ladder.StoredPlacement(ids.get(0), LadderRung.CO_DESIGN,
                java.util.Optional.of(LadderRung.CO_PRODUCTION),
                Set.of(app.alongside.signal.SignalKind.CLAIMED_ABOVE_EVIDENCE), java.util.Optional.empty()));
        confluence.logIn(alex);

        JsonNode decisions = body(resource.list(new RegisterParameters().spaces("RC"), uri("decisions?spaces=RC")))
                .get("decisions");

        assertEquals(1, register.placements.calls());
        JsonNode ladder = decisions.get(0).get("ladder");
        assertEquals(Set.of("rung", "rungNumber", "band", "arnsteinRung", "couldBe", "reasons", "unknowns",
                "contradictions", "claimed"), names(ladder));
        assertEquals("co-design", ladder.get("rung").asText());
        assertEquals(6, ladder.get("rungNumber").asInt());
        assertEquals("doing-with", ladder.get("band").asText());
        assertEquals("co-production", ladder.get("couldBe").asText());
        assertEquals("co-production", ladder.get("claimed").asText());
        assertTrue("lists carry no reasons", ladder.get("reasons").isNull());
        JsonNode signal = decisions.get(0).get("signals").get(0);
        assertEquals("claimed-above-evidence", signal.get("code").asText());
        assertEquals("Claimed above the evidence", signal.get("name").asText());
        assertTrue(signal.get("reason").isNull());
        assertTrue("not placed yet", decisions.get(1).get("ladder").isNull());
        assertEquals(0, decisions.get(1).get("signals").size());
    }

    @Test
    public void oneDecisionIsPlacedLiveWithItsReasonsInPlainEnglish() throws Exception {
        long id = register.index.add(page(1, "RC", "Meeting"), decision("Move the Tuesday session")
                .decidedOn("2026-10-01").claimed(LadderRung.CO_PRODUCTION)
                .at(Stage.DECIDING, new PersonRef.User("key-alex")).build()).get(0);
        confluence.logIn(alex);

        JsonNode body = body(resource.one(String.valueOf(id), uri("decisions/" + id)));

        JsonNode ladder = body.get("ladder");
        assertEquals("informing", ladder.get("rung").asText());
        assertEquals("doing-for", ladder.get("band").asText());
        assertEquals("informing", ladder.get("arnsteinRung").asText());
        assertEquals("co-production", ladder.get("claimed").asText());
        assertTrue(ladder.get("reasons").get(0).asText(), ladder.get("reasons").get(0).asText()
                .startsWith("No total shows anyone with lived experience"));
        assertEquals("could be higher: one person deciding, whose total is never shown", "engagement",
                ladder.get("couldBe").asText());
        assertTrue(ladder.get("unknowns").size() > 0);
        List<String> codes = new ArrayList<>();
        body.get("signals").forEach(s -> codes.add(s.get("code").asText()));
        assertEquals(List.of("claimed-above-evidence"), codes);
        assertEquals("The group claimed a higher rung than the record shows.",
                body.get("signals").get(0).get("reason").asText());
    }

    private JsonNode body(jakarta.ws.rs.core.Response response) {
        return json.valueToTree(response.getEntity());
    }

    private static List<String> titles(JsonNode body) {
        List<String> titles = new ArrayList<>();
        body.get("decisions").forEach(d -> titles.add(d.get("title").asText()));
        return titles;
    }

    private static Set<String> names(JsonNode node) {
        return new TreeSet<>(fieldOrder(node));
    }

    private static List<String> fieldOrder(JsonNode node) {
        List<String> names = new ArrayList<>();
        Iterator<String> it = node.fieldNames();
        it.forEachRemaining(names::add);
        return names;
    }

    private static String error(JsonNode body, String field) {
        for (JsonNode error : body.get("errors")) {
            if (error.get("field").asText().equals(field)) {
                return error.get("message").asText();
            }
        }
        throw new AssertionError("no error for " + field + " in " + body);
    }
}
