package app.alongside.confluence.perspective.rest;

import app.alongside.confluence.perspective.web.PrivacyFixture;
import app.alongside.confluence.testing.ConfluenceFixture;
import app.alongside.perspective.DeclarationForm;
import app.alongside.perspective.SubjectKey;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The private-data resources inside a real JAX-RS runtime (Jersey 3 in memory, Jackson), over the real core: who may
 * call what, JSON-only changes, field names, the export file, and routing beside another resource under
 * {@code /participants}.
 */
public class PrivacyRestOverJerseyTest {

    static final String BASE = "http://wiki.example.org/confluence/rest/alongside/1.0/";

    @Rule
    public final ConfluenceFixture confluence = new ConfluenceFixture();

    private final PrivacyFixture privacy = new PrivacyFixture(confluence);
    private final ObjectMapper json = new ObjectMapper();
    private ApplicationHandler jersey;
    private ConfluenceUser alex;
    private ConfluenceUser chris;
    private ConfluenceUser sam;
    private ConfluenceUser admin;

    /** Stands in for the participants' profile resource another part of the app owns. */
    @Path("participants")
    @Produces(MediaType.APPLICATION_JSON)
    public static class ProfilesStandIn {
        @GET
        @Path("{pageId}")
        public Map<String, String> profile(@PathParam("pageId") String pageId) {
            return Map.of("profileOf", pageId);
        }
    }

    @Before
    public void setUp() {
        alex = privacy.person("alex", "Alex Morgan");
        chris = privacy.person("chris", "Chris Doyle");
        sam = privacy.facilitator("sam", "Sam Okafor");
        admin = privacy.admin("admin", "Dana Whitfield");
        privacy.space("RC", "Recovery College co-production group");
        privacy.participantPage(801, "RC", "Rowan Ellis", null);
        jersey = new ApplicationHandler(new ResourceConfig()
                .register(JacksonFeature.class)
                .register(new ProfilesStandIn())
                .register(new MeResource(privacy.perspectives, privacy.ledger, privacy.people, confluence.currentUser,
                        privacy.rendering.messages, privacy.clock))
                .register(new ParticipantPerspectiveResource(privacy.perspectives, privacy.people,
                        confluence.permissions, confluence.currentUser, privacy.rendering.messages))
                .register(new PrivacyAdminResource(privacy.perspectives, privacy.ledger, privacy.people, confluence.permissions,
                        confluence.currentUser, privacy.rendering.messages)));
    }

    @Test
    public void everyResourceIsForLicensedUsersAtTheLeast() {
        assertTrue(MeResource.class.isAnnotationPresent(LicensedOnly.class));
        assertTrue(ParticipantPerspectiveResource.class.isAnnotationPresent(LicensedOnly.class));
        assertTrue(PrivacyAdminResource.class.isAnnotationPresent(LicensedOnly.class));
    }

    @Test
    public void everyEndpointRefusesAnAnonymousCallerBeforeAnythingElse() throws Exception {
        for (String[] call : everyEndpoint()) {
            Answer answer = send(call[0], call[1], call[2], call[2] == null ? null : "application/json");
            assertEquals(call[0] + " " + call[1], 401, answer.status);
            assertEquals("application/json", answer.type);
            assertEquals("Please log in to see or change private data.", answer.json().get("message").asText());
        }
        assertTrue(privacy.audit.newest(java.util.Optional.empty(), 10).isEmpty());
    }

    @Test
    public void meActsOnlyOnTheCallersOwnData() throws Exception {
        privacy.declares(alex, "lived-experience");
        confluence.logIn(chris);

        JsonNode mine = send("GET", "me", null, null).json();
        assertEquals("user:key-chris", mine.get("subject").asText());
        assertTrue(mine.get("declaration").isNull());
        assertFalse(send("DELETE", "me/perspective", null, null).json().get("withdrawn").asBoolean());
        assertEquals(200, send("POST", "me/erase", "{\"confirm\": true}", "application/json").status);
        assertTrue(privacy.store.current(SubjectKey.user("key-alex")).isPresent());
    }

    @Test
    public void aPersonDeclaresReadsAndWithdrawsTheirOwnWithConsent() throws Exception {
        confluence.logIn(alex);

        Answer refused = send("PUT", "me/perspective", "{\"perspectives\": [\"peer-worker\"]}", "application/json");
        assertEquals(400, refused.status);
        assertEquals("consent", refused.json().get("errors").get(0).get("field").asText());
        assertEquals("Tick the box to agree to this use of your answer. Without it, nothing is kept.",
                refused.json().get("errors").get(0).get("message").asText());

        Answer saved = send("PUT", "me/perspective", "{\"perspectives\": [\"peer-worker\", \"lived-experience\"],"
                + " \"consent\": true, \"ownWords\": \"Zoë 😊\"}", "application/json");
        assertEquals(200, saved.status);
        JsonNode declaration = saved.json().get("declaration");
        assertEquals("[\"lived-experience\",\"peer-worker\"]", declaration.get("perspectives").toString());
        assertEquals("Zoë 😊", declaration.get("ownWords").asText());
        assertFalse(declaration.get("showOnPage").asBoolean());
        assertEquals(1, declaration.get("version").asInt());
        assertEquals("totals-only", declaration.get("consent").get("purpose").asText());
        assertEquals("To show, in totals only, whether people with lived experience shaped decisions.",
                declaration.get("consent").get("wording").asText());
        assertEquals("self", declaration.get("consent").get("method").asText());
        assertEquals("2026-11-20T10:00:00Z", declaration.get("consent").get("givenAt").asText());

        assertEquals(1, send("GET", "me/perspective", null, null).json().get("declaration").get("version").asInt());
        assertTrue(send("DELETE", "me/perspective", null, null).json().get("withdrawn").asBoolean());
        assertTrue(send("GET", "me/perspective", null, null).json().get("declaration").isNull());
    }

    @Test
    public void badShapesAndOversizedWordsAreRefusedNamingTheField() throws Exception {
        confluence.logIn(alex);

        Answer unknown = send("PUT", "me/perspective", "{\"perspectives\": [\"peer-worker\"], \"consent\": true,"
                + " \"role\": \"patient\"}", "application/json");
        assertEquals(400, unknown.status);
        assertEquals("role", unknown.json().get("errors").get(0).get("field").asText());
        Answer notAList = send("PUT", "me/perspective", "{\"perspectives\": \"peer-worker\", \"consent\": \"yes\"}",
                "application/json");
        assertEquals(2, notAList.json().get("errors").size());
        Answer tooLong = send("PUT", "me/perspective", "{\"perspectives\": [\"peer-worker\"], \"consent\": true,"
                + " \"ownWords\": \"" + "é".repeat(501) + "\"}", "application/json");
        assertEquals(400, tooLong.status);
        assertEquals("Shorten this to 500 characters or fewer. Everything you wrote is still here.",
                tooLong.json().get("errors").get(0).get("message").asText());
        Answer onBehalfFields = send("PUT", "me/perspective", "{\"perspectives\": [\"peer-worker\"], \"consent\": true,"
                + " \"consentHow\": \"by phone\"}", "application/json");
        assertEquals("a person does not note their own consent", 400, onBehalfFields.status);
        assertFalse(privacy.store.holdsAnythingAbout(SubjectKey.user("key-alex")));
    }

    @Test
    public void changesAreAcceptedOnlyAsJsonSoNoFormElsewhereCanMakeThem() throws Exception {
        confluence.logIn(admin);
        privacy.declares(admin, "staff-or-practitioner");
        String[][] changes = {
                {"PUT", "me/perspective"}, {"POST", "me/erase"}, {"PUT", "participants/801/perspective"},
                {"POST", "admin/privacy/erase"}, {"POST", "admin/privacy/retention"}};
        for (String[] change : changes) {
            assertEquals(change[1], 415, send(change[0], change[1], "confirm=true&person=admin",
                    "application/x-www-form-urlencoded").status);
            assertEquals(change[1], 415, send(change[0], change[1], "{\"confirm\": true}", "text/plain").status);
            assertEquals(change[1], 415, send(change[0], change[1], "--x--", "multipart/form-data; boundary=x").status);
        }
        assertTrue(privacy.store.current(SubjectKey.user("key-admin")).isPresent());
    }

    @Test
    public void theExportIsAUtf8JsonFileToKeep() throws Exception {
        privacy.declares(alex, "carer-or-family");
        confluence.logIn(alex);

        Answer export = send("GET", "me/export", null, null);

        assertEquals(200, export.status);
        assertEquals("application/json;charset=UTF-8", export.type);
        assertEquals("attachment; filename=\"alongside-my-data-2026-11-20.json\"",
                export.headers.get("Content-Disposition"));
        assertTrue(export.headers.get("Cache-Control").contains("no-store"));
        JsonNode body = export.json();
        assertEquals("[\"carer-or-family\"]", body.get("declaration").get("perspectives").toString());
        assertEquals("given", body.get("consentHistory").get(0).get("kind").asText());
        assertEquals("Alex Morgan", body.get("consentHistory").get(0).get("by").asText());
        assertEquals("exported", body.get("audit").get(0).get("action").asText());
    }

    @Test
    public void theExportHoldsTheCallersLedgerEntriesUnderEveryKeyOfTheirsAndNobodyElses() throws Exception {
        privacy.participantPage(802, "RC", "Alex Morgan", "key-alex");
        app.alongside.reciprocity.LedgerActor fran = app.alongside.reciprocity.LedgerActor.facilitator("key-sam");
        assertTrue(privacy.ledger.record(fran, "RC", java.util.List.of(SubjectKey.user("key-alex")),
                new app.alongside.reciprocity.TimeForm("2026-10-14", "Interview panel", "1.5 hours", ""),
                new app.alongside.reciprocity.RecognitionForm("payment", "£30", "paid", "2026-10-20", true))
                .isValid());
        assertTrue(privacy.ledger.record(fran, "RC", java.util.List.of(SubjectKey.participantPage(802),
                        SubjectKey.user("key-chris")),
                new app.alongside.reciprocity.TimeForm("2026-11-02", "Reading group", "1 hour", ""),
                new app.alongside.reciprocity.RecognitionForm("voucher", "£10", "owed", "", false)).isValid());
        confluence.logIn(alex);

        JsonNode ledger = send("GET", "me/export", null, null).json().get("ledger");

        assertEquals(2, ledger.size());
        JsonNode voucher = ledger.get(0);
        assertEquals("participant:802", voucher.get("subject").asText());
        assertEquals("2026-11-02", voucher.get("date").asText());
        assertEquals("owed", voucher.get("state").asText());
        assertTrue(voucher.get("paidOn").isNull());
        JsonNode payment = ledger.get(1);
        assertEquals("user:key-alex", payment.get("subject").asText());
        assertEquals("RC", payment.get("space").asText());
        assertEquals("Interview panel", payment.get("activity").asText());
        assertEquals(90, payment.get("minutes").asInt());
        assertEquals("payment", payment.get("type").asText());
        assertEquals(3000, payment.get("amountPence").asLong());
        assertEquals("30.00", payment.get("amount").asText());
        assertEquals("paid", payment.get("state").asText());
        assertEquals("2026-10-20", payment.get("paidOn").asText());
        assertTrue(payment.get("mayAffectBenefits").asBoolean());
        assertFalse(payment.has("recordedBy"));
        assertEquals(2, send("GET", "me", null, null).json().get("ledger").size());
    }

    @Test
    public void erasingNeedsConfirmingAndThenLeavesNothing() throws Exception {
        privacy.declares(alex, "carer-or-family");
        confluence.logIn(alex);

        assertEquals(400, send("POST", "me/erase", "{}", "application/json").status);
        assertEquals(400, send("POST", "me/erase", "{\"confirm\": \"yes\"}", "application/json").status);
        assertTrue(privacy.store.current(SubjectKey.user("key-alex")).isPresent());
        Answer erased = send("POST", "me/erase", "{\"confirm\": true}", "application/json");

        assertEquals(200, erased.status);
        assertTrue(erased.json().get("erased").asBoolean());
        assertEquals(0, erased.json().get("pseudonyms").size());
        assertFalse(privacy.store.holdsAnythingAbout(SubjectKey.user("key-alex")));
    }

    @Test
    public void participantPerspectivesAreForFacilitatorsWhoMayViewThePage() throws Exception {
        confluence.logIn(alex);
        assertEquals(403, send("GET", "participants/801/perspective", null, null).status);
        assertEquals(403, send("DELETE", "participants/801/perspective", null, null).status);

        confluence.logIn(sam);
        assertEquals(200, send("GET", "participants/801/perspective", null, null).status);
        assertEquals(404, send("GET", "participants/999/perspective", null, null).status);
        assertEquals(404, send("GET", "participants/abc/perspective", null, null).status);
        privacy.hidePageFrom(sam, 801);
        Answer hidden = send("GET", "participants/801/perspective", null, null);
        assertEquals(404, hidden.status);
        assertEquals("There is no participant page with the id “801”, or you cannot see it.",
                hidden.json().get("message").asText());

        confluence.logIn(admin);
        assertEquals(200, send("GET", "participants/801/perspective", null, null).status);
    }

    @Test
    public void aFacilitatorRecordsWithTheNoteOfConsentAndTheAnswerNamesNobody() throws Exception {
        confluence.logIn(sam);

        Answer noNote = send("PUT", "participants/801/perspective",
                "{\"perspectives\": [\"peer-worker\"], \"consent\": true}", "application/json");
        assertEquals(400, noNote.status);
        List<String> fields = new ArrayList<>();
        noNote.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertEquals(List.of("consentGivenBy", "consentGivenOn", "consentHow"), fields);

        Answer saved = send("PUT", "participants/801/perspective", "{\"perspectives\": [\"peer-worker\"],"
                + " \"consent\": true, \"consentGivenBy\": \"Rowan\", \"consentGivenOn\": \"2026-11-18\","
                + " \"consentHow\": \"In person\"}", "application/json");
        assertEquals(200, saved.status);
        assertEquals(801, saved.json().get("pageId").asLong());
        JsonNode consent = saved.json().get("declaration").get("consent");
        assertEquals("on-behalf", consent.get("method").asText());
        assertEquals("Rowan", consent.get("note").get("givenBy").asText());
        assertEquals("2026-11-18", consent.get("note").get("givenOn").asText());
        assertFalse(saved.text().contains("Rowan Ellis"));

        assertTrue(send("DELETE", "participants/801/perspective", null, null).json().get("withdrawn").asBoolean());
        assertTrue(privacy.store.current(SubjectKey.participantPage(801)).isEmpty());
    }

    @Test
    public void theProfileResourceKeepsParticipantsAndThisOneTakesOnlyPerspective() throws Exception {
        confluence.logIn(sam);

        assertEquals("801", send("GET", "participants/801", null, null).json().get("profileOf").asText());
        assertEquals(801, send("GET", "participants/801/perspective", null, null).json().get("pageId").asLong());
    }

    @Test
    public void administratorEndpointsAreForConfluenceAdministratorsOnly() throws Exception {
        for (ConfluenceUser notAdmin : List.of(alex, sam)) {
            confluence.logIn(notAdmin);
            assertEquals(403, send("GET", "admin/privacy/audit", null, null).status);
            assertEquals(403, send("POST", "admin/privacy/erase", "{\"person\": \"alex\", \"confirm\": true}",
                    "application/json").status);
            assertEquals(403, send("POST", "admin/privacy/retention", "{\"months\": 12, \"confirm\": true}",
                    "application/json").status);
        }
        confluence.logIn(admin);
        assertEquals(200, send("GET", "admin/privacy/audit", null, null).status);
    }

    @Test
    public void anAdministratorErasesSomeoneAfterConfirming() throws Exception {
        privacy.declares(alex, "lived-experience");
        confluence.logIn(admin);

        assertEquals(400, send("POST", "admin/privacy/erase", "{\"person\": \"alex\"}", "application/json").status);
        assertEquals(404, send("POST", "admin/privacy/erase", "{\"person\": \"nobody\", \"confirm\": true}",
                "application/json").status);
        Answer erased = send("POST", "admin/privacy/erase", "{\"person\": \"alex\", \"confirm\": true}",
                "application/json");

        assertEquals(200, erased.status);
        assertTrue(erased.json().get("pseudonyms").get(0).asText().matches("erased:[0-9a-f]{12}"));
        assertFalse(privacy.store.holdsAnythingAbout(SubjectKey.user("key-alex")));
        privacy.declares(chris, "community-partner");
        assertEquals(200, send("POST", "admin/privacy/erase", "{\"subject\": \"user:key-chris\", \"confirm\": true}",
                "application/json").status);
        assertFalse(privacy.store.holdsAnythingAbout(SubjectKey.user("key-chris")));
    }

    @Test
    public void anAdministratorAppliesRetentionInWholeMonthsAndSeesTheCounts() throws Exception {
        privacy.declares(alex, "lived-experience");
        privacy.paysLongAgo(alex);
        privacy.clock.advance(Duration.ofDays(400));
        confluence.logIn(admin);

        assertEquals(400, send("POST", "admin/privacy/retention", "{\"months\": \"12\", \"confirm\": true}",
                "application/json").status);
        Answer range = send("POST", "admin/privacy/retention", "{\"months\": 121, \"confirm\": true}", "application/json");
        assertEquals("Enter a number of months from 1 to 120.", range.json().get("errors").get(0).get("message").asText());
        Answer applied = send("POST", "admin/privacy/retention", "{\"months\": 12, \"confirm\": true}",
                "application/json");

        assertEquals(200, applied.status);
        assertEquals(2, applied.json().get("privateRowsDeleted").asInt());
        assertEquals(2, applied.json().get("ledgerEntriesRetired").asInt());
        assertFalse(privacy.store.holdsAnythingAbout(SubjectKey.user("key-alex")));
        assertEquals("owed money stays", 1, privacy.ledgerStore.of(java.util.Set.of(SubjectKey.user("key-alex")), 10)
                .size());
    }

    @Test
    public void theAuditLogIsPagedNewestFirstWithTheNextAddress() throws Exception {
        for (int i = 0; i < 5; i++) {
            privacy.perspectives.read("key-admin", SubjectKey.user("key-alex"));
        }
        confluence.logIn(admin);

        JsonNode first = send("GET", "admin/privacy/audit?limit=3", null, null).json();
        assertEquals(3, first.get("entries").size());
        assertEquals(5, first.get("entries").get(0).get("id").asLong());
        assertEquals("read", first.get("entries").get(0).get("action").asText());
        assertEquals("Alex Morgan", first.get("entries").get(0).get("subjectName").asText());
        assertEquals(BASE + "admin/privacy/audit?before=3&limit=3", first.get("next").asText());
        assertEquals(400, send("GET", "admin/privacy/audit?before=x", null, null).status);
        assertEquals(400, send("GET", "admin/privacy/audit?limit=501", null, null).status);
    }

    @Test
    public void noAnswerPutsAPerspectiveBesideSomeonesName() throws Exception {
        privacy.perspectives.declareOnBehalf("key-sam", SubjectKey.user("key-alex"), new DeclarationForm(
                List.of("lived-experience"), true, "", false, "Alex", "18/11/2026", "in person"));
        privacy.perspectives.declareOnBehalf("key-sam", SubjectKey.participantPage(801), new DeclarationForm(
                List.of("carer-or-family"), true, "", false, "Rowan", "18/11/2026", "in person"));
        List<String> names = List.of("Alex Morgan", "Sam Okafor", "Rowan Ellis", "Dana Whitfield", "Chris Doyle");

        confluence.logIn(alex);
        assertNoPerspectiveBesideAName(send("GET", "me", null, null).json(), names);
        assertNoPerspectiveBesideAName(send("GET", "me/export", null, null).json(), names);
        confluence.logIn(sam);
        assertNoPerspectiveBesideAName(send("GET", "participants/801/perspective", null, null).json(), names);
        confluence.logIn(admin);
        assertNoPerspectiveBesideAName(send("GET", "admin/privacy/audit", null, null).json(), names);
    }

    /**
     * In every JSON object that holds a perspective code (at any depth), no value anywhere in that object is a
     * person's name; and names appear only in objects holding no perspective code.
     */
    private void assertNoPerspectiveBesideAName(JsonNode node, List<String> names) {
        if (node.isObject()) {
            String text = node.toString();
            boolean holdsPerspective = java.util.Arrays.stream(app.alongside.perspective.Perspective.values())
                    .anyMatch(p -> text.contains("\"" + p.code() + "\""));
            if (holdsPerspective && node.has("perspectives")) {
                for (String name : names) {
                    assertFalse(name + " beside a perspective in " + text, text.contains(name));
                }
            }
            node.elements().forEachRemaining(child -> assertNoPerspectiveBesideAName(child, names));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> assertNoPerspectiveBesideAName(child, names));
        }
        if (node.has("by") || node.has("actor")) {
            for (app.alongside.perspective.Perspective p : app.alongside.perspective.Perspective.values()) {
                assertFalse(node.toString(), node.toString().contains("\"" + p.code() + "\""));
            }
        }
    }

    private List<String[]> everyEndpoint() {
        return List.of(
                new String[] {"GET", "me", null}, new String[] {"GET", "me/perspective", null},
                new String[] {"PUT", "me/perspective", "{\"perspectives\": [\"peer-worker\"], \"consent\": true}"},
                new String[] {"DELETE", "me/perspective", null}, new String[] {"GET", "me/export", null},
                new String[] {"POST", "me/erase", "{\"confirm\": true}"},
                new String[] {"GET", "participants/801/perspective", null},
                new String[] {"PUT", "participants/801/perspective", "{}"},
                new String[] {"DELETE", "participants/801/perspective", null},
                new String[] {"POST", "admin/privacy/erase", "{\"person\": \"alex\", \"confirm\": true}"},
                new String[] {"POST", "admin/privacy/retention", "{\"months\": 12, \"confirm\": true}"},
                new String[] {"GET", "admin/privacy/audit", null});
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
        Map<String, String> headers = new java.util.HashMap<>();
        response.getStringHeaders().forEach((name, values) -> headers.put(name, String.join(",", values)));
        return new Answer(response.getStatus(), response.getMediaType() == null ? null
                : response.getMediaType().toString(), out.toByteArray(), headers);
    }

    private record Answer(int status, String type, byte[] body, Map<String, String> headers) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() throws Exception {
            return new ObjectMapper().readTree(text());
        }
    }
}
