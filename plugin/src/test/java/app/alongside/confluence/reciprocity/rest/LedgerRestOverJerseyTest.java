package app.alongside.confluence.reciprocity.rest;

import app.alongside.confluence.perspective.web.PrivacyFixture;
import app.alongside.confluence.reciprocity.LedgerAccess;
import app.alongside.confluence.testing.ConfluenceFixture;
import app.alongside.reciprocity.LedgerQuery;
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

/**
 * The ledger resource inside a real JAX-RS runtime (Jersey 3 in memory, Jackson), over the real core: routes, JSON
 * field names, JSON-only changes (so no form on another site can record or change anything) and the CSV's type.
 */
public class LedgerRestOverJerseyTest {

    static final String BASE = "http://wiki.example.org/confluence/rest/alongside/1.0/";
    private static final String RECORD = "{\"space\": \"RC\", \"people\": [\"alex\", \"801\"], \"date\": \"14/11/2026\","
            + " \"activity\": \"Group meeting\", \"time\": \"2 hours\", \"type\": \"payment\", \"amount\": \"£30\","
            + " \"mayAffectBenefits\": true}";

    @Rule
    public final ConfluenceFixture confluence = new ConfluenceFixture();

    private final PrivacyFixture app = new PrivacyFixture(confluence);
    private ApplicationHandler jersey;
    private ConfluenceUser sam;
    private ConfluenceUser alex;

    @Before
    public void setUp() {
        alex = app.person("alex", "Alex Morgan");
        sam = app.facilitator("sam", "Sam Okafor");
        app.space("RC", "Recovery College co-production group");
        app.participantPage(801, "RC", "Rowan Ellis", null);
        jersey = new ApplicationHandler(new ResourceConfig().register(JacksonFeature.class)
                .register(new LedgerResource(app.ledger, new LedgerAccess(confluence.permissions, app.people,
                        app.users), confluence.permissions, confluence.currentUser, app.rendering.messages,
                        app.clock)));
    }

    @Test
    public void theResourceIsForLicensedUsersAtTheLeast() {
        assertTrue(LedgerResource.class.isAnnotationPresent(LicensedOnly.class));
    }

    @Test
    public void recordingAnswers201WithTheEntriesAsJson() throws Exception {
        confluence.logIn(sam);

        Answer answer = send("POST", "ledger/entries", RECORD, "application/json");

        assertEquals(201, answer.status);
        JsonNode first = answer.json().get("entries").get(0);
        assertEquals("Alex Morgan", first.get("name").asText());
        assertEquals("user:key-alex", first.get("person").asText());
        assertEquals("2026-11-14", first.get("date").asText());
        assertEquals(120, first.get("minutes").asInt());
        assertEquals("30.00", first.get("amount").asText());
        assertEquals(3000, first.get("amountPence").asLong());
        assertEquals("owed", first.get("state").asText());
        assertTrue(first.get("mayAffectBenefits").asBoolean());
        assertTrue(answer.header("Cache-Control"), answer.header("Cache-Control").contains("no-store"));
        assertEquals(2, app.ledgerStore.find(LedgerQuery.all()).size());
    }

    @Test
    public void changesAreJsonOnlySoNoFormOnAnotherSiteCanMakeThem() throws Exception {
        confluence.logIn(sam);

        assertEquals(415, send("POST", "ledger/entries", "space=RC&people=alex&time=2+hours&type=payment&amount=30",
                "application/x-www-form-urlencoded").status);
        assertEquals(415, send("POST", "ledger/entries", RECORD, "text/plain").status);
        assertEquals(415, send("PUT", "ledger/entries/1/recognition", "type=declined",
                "application/x-www-form-urlencoded").status);
        assertTrue(app.ledgerStore.find(LedgerQuery.all()).isEmpty());
    }

    @Test
    public void aPersonsOwnEntriesLeaveOutNamesAndSuppressedTotalsLeaveOutFigures() throws Exception {
        confluence.logIn(sam);
        send("POST", "ledger/entries", RECORD, "application/json");
        confluence.logIn(alex);

        JsonNode own = send("GET", "ledger/mine", null, null).json().get("entries");
        assertEquals(1, own.size());
        assertTrue(own.get(0).get("name").isNull());

        JsonNode totals = send("GET", "ledger/totals?space=RC", null, null).json();
        assertFalse(totals.get("shown").asBoolean());
        assertEquals(3, totals.get("threshold").asInt());
        assertTrue(totals.get("paidPence").isNull());
        assertTrue(totals.get("people").isNull());
    }

    @Test
    public void theExportIsCsvForFacilitatorsAndJson403ForOthers() throws Exception {
        confluence.logIn(sam);
        send("POST", "ledger/entries", RECORD, "application/json");

        Answer csv = send("GET", "ledger/export.csv?space=RC", null, null, "text/csv");
        assertEquals(200, csv.status);
        assertTrue(csv.type, csv.type.startsWith("text/csv"));
        assertTrue(csv.text().contains("Rowan Ellis"));

        confluence.logIn(alex);
        Answer refused = send("GET", "ledger/export.csv?space=RC", null, null, "text/csv, application/json");
        assertEquals(403, refused.status);
    }

    private Answer send(String method, String path, String body, String contentType) throws Exception {
        return send(method, path, body, contentType, "application/json");
    }

    private Answer send(String method, String path, String body, String contentType, String accept)
            throws Exception {
        ContainerRequest request = new ContainerRequest(URI.create(BASE), URI.create(BASE + path), method, null,
                new MapPropertiesDelegate(), jersey.getConfiguration());
        request.header("Accept", accept);
        if (body != null) {
            request.header("Content-Type", contentType);
            request.setEntityStream(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ContainerResponse response = jersey.apply(request, out).get();
        java.util.Map<String, String> headers = new java.util.HashMap<>();
        response.getStringHeaders().forEach((name, values) -> headers.put(name, String.join(",", values)));
        return new Answer(response.getStatus(), response.getMediaType() == null ? null
                : response.getMediaType().toString(), out.toByteArray(), headers);
    }

    private record Answer(int status, String type, byte[] body, java.util.Map<String, String> headers) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() throws Exception {
            return new ObjectMapper().readTree(text());
        }

        String header(String name) {
            return headers.getOrDefault(name, "");
        }
    }
}
