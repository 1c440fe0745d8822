package app.alongside.confluence.reciprocity.rest;

import app.alongside.confluence.perspective.web.PrivacyFixture;
import app.alongside.confluence.reciprocity.LedgerAccess;
import app.alongside.confluence.settings.rest.ErrorJson;
import app.alongside.confluence.testing.ConfluenceFixture;
import app.alongside.perspective.AuditAction;
import app.alongside.reciprocity.LedgerQuery;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/** The ledger's REST resource over the real core ledger, with Confluence's users, pages and permissions mocked. */
public class LedgerResourceTest {

    @Rule
    public final ConfluenceFixture confluence = new ConfluenceFixture();

    private PrivacyFixture app;
    private LedgerResource resource;
    private ConfluenceUser fran;
    private ConfluenceUser alex;
    private ConfluenceUser jo;
    private Space rc;

    @Before
    public void setUp() {
        app = new PrivacyFixture(confluence);
        resource = new LedgerResource(app.ledger, new LedgerAccess(confluence.permissions, app.people, app.users),
                confluence.permissions, confluence.currentUser, app.rendering.messages, app.clock);
        fran = app.facilitator("fran", "Fran Okafor");
        alex = app.person("alex", "Alex Smith");
        jo = app.person("jo", "Jo Brown");
        rc = app.space("RC", "Recovery College");
        app.participantPage(4242, "RC", "Sam", null);
    }

    @Test
    public void anonymousCallersGet401Everywhere() {
        assertEquals(401, resource.mine().getStatus());
        assertEquals(401, resource.entries(List.of(), null, null, null, null).getStatus());
        assertEquals(401, resource.record(body()).getStatus());
        assertEquals(401, resource.recognise("1", Map.of()).getStatus());
        assertEquals(401, resource.delete("1").getStatus());
        assertEquals(401, resource.totals(List.of("RC"), null, null).getStatus());
        assertEquals(401, resource.export(List.of(), null, null, null).getStatus());
    }

    @Test
    public void aMemberWhoIsNotAFacilitatorIsRefusedEverythingButTheirOwnAndTotals() {
        confluence.logIn(alex);

        assertEquals(403, resource.entries(List.of(), null, null, null, null).getStatus());
        assertEquals(403, resource.record(body()).getStatus());
        assertEquals(403, resource.recognise("1", Map.of()).getStatus());
        assertEquals(403, resource.delete("1").getStatus());
        assertEquals(403, resource.export(List.of(), null, null, null).getStatus());
        assertEquals(200, resource.mine().getStatus());
        assertEquals(200, resource.totals(List.of("RC"), null, null).getStatus());
        assertTrue(app.ledgerStore.find(LedgerQuery.all()).isEmpty());
    }

    @Test
    public void aFacilitatorRecordsTimeForAnAccountAndAParticipantPageAtOnce() {
        confluence.logIn(fran);

        Response response = resource.record(body());

        assertEquals(201, response.getStatus());
        List<LedgerJson.EntryJson> entries = ((LedgerJson.EntriesJson) response.getEntity()).entries();
        assertEquals(List.of("Alex Smith", "Sam"), entries.stream().map(LedgerJson.EntryJson::name).toList());
        assertEquals(List.of("user:key-alex", "participant:4242"),
                entries.stream().map(LedgerJson.EntryJson::person).toList());
        LedgerJson.EntryJson first = entries.get(0);
        assertEquals("2026-11-14", first.date());
        assertEquals(90, first.minutes());
        assertEquals("1.5", first.hours());
        assertEquals(1500, first.amountPence());
        assertEquals("15.00", first.amount());
        assertEquals("Payment", first.typeName());
        assertEquals("Owed", first.stateName());
        assertEquals("Fran Okafor", first.recordedBy());
        assertEquals(AuditAction.LEDGER_RECORDED, app.audit.last().action());
    }

    @Test
    public void aNegativeAmountIsA400InWordsAndNothingIsRecorded() {
        confluence.logIn(fran);
        Map<String, Object> body = body();
        body.put("amount", "-£15");

        Response response = resource.record(body);

        assertEquals(400, response.getStatus());
        ErrorJson error = (ErrorJson) response.getEntity();
        assertEquals(List.of(new ErrorJson.FieldError("amount",
                "“-£15” is less than nothing. Enter what was paid or owed, such as £12.50.")), error.errors());
        assertTrue(app.ledgerStore.find(LedgerQuery.all()).isEmpty());
    }

    @Test
    public void anUnknownPersonStopsEveryoneBeingRecordedAndEveryProblemIsSaid() {
        confluence.logIn(fran);
        Map<String, Object> body = body();
        body.put("people", List.of("alex", "nobody-here"));
        body.put("time", "30 hours");

        ErrorJson error = (ErrorJson) resource.record(body).getEntity();

        assertEquals(List.of("people", "time"), error.errors().stream().map(ErrorJson.FieldError::field).toList());
        assertEquals("“nobody-here” is not someone the ledger knows.", error.errors().get(0).message());
        assertTrue(app.ledgerStore.find(LedgerQuery.all()).isEmpty());
    }

    @Test
    public void recordingInASpaceTheFacilitatorCannotViewIsNotFound() {
        confluence.hideSpaceFrom(fran, rc);
        confluence.logIn(fran);

        assertEquals(404, resource.record(body()).getStatus());
    }

    @Test
    public void markingPaidThenDeletingChangesTheEntryAndUnknownIdsAreNotFound() {
        confluence.logIn(fran);
        long id = ((LedgerJson.EntriesJson) resource.record(body()).getEntity()).entries().get(0).id();

        Response paid = resource.recognise(String.valueOf(id), Map.of("type", "payment", "amount", "15",
                "state", "paid", "paidOn", "2026-11-18"));

        assertEquals(200, paid.getStatus());
        assertEquals("2026-11-18", ((LedgerJson.EntryJson) paid.getEntity()).paidOn());
        assertEquals(400, resource.recognise(String.valueOf(id), Map.of("type", "payment", "amount", "15",
                "state", "paid", "paidOn", "2026-11-01")).getStatus());
        assertEquals(404, resource.recognise("999", Map.of("type", "payment", "amount", "1")).getStatus());
        assertEquals(404, resource.recognise("x'1", Map.of()).getStatus());
        assertEquals(200, resource.delete(String.valueOf(id)).getStatus());
        assertEquals(404, resource.delete(String.valueOf(id)).getStatus());
    }

    @Test
    public void aPersonSeesTheirOwnEntriesWithoutNamesAndNobodyElses() {
        confluence.logIn(fran);
        resource.record(body());
        confluence.logIn(alex);

        List<LedgerJson.EntryJson> own = ((LedgerJson.EntriesJson) resource.mine().getEntity()).entries();

        assertEquals(1, own.size());
        assertNull(own.get(0).person());
        assertNull(own.get(0).name());
        assertTrue(own.get(0).mayAffectBenefits());
    }

    @Test
    public void aFacilitatorListsByPersonAndEachPersonReadIsAudited() {
        confluence.logIn(fran);
        resource.record(body());

        Response listed = resource.entries(List.of("RC"), "1/11/2026", "30/11/2026", "alex", "10");

        assertEquals(1, ((LedgerJson.EntriesJson) listed.getEntity()).entries().size());
        assertEquals(AuditAction.LEDGER_READ, app.audit.last().action());
        assertEquals(400, resource.entries(List.of("NOPE"), "soon", null, null, "0").getStatus());
        assertEquals(List.of("space", "from", "limit"), ((ErrorJson) resource.entries(List.of("NOPE"), "soon",
                null, null, "0").getEntity()).errors().stream().map(ErrorJson.FieldError::field).toList());
    }

    @Test
    public void totalsAreNotShownBelowKPeopleAndShownFromK() {
        confluence.logIn(fran);
        resource.record(body());
        confluence.logIn(jo);

        LedgerJson.TotalsJson hidden = (LedgerJson.TotalsJson) resource.totals(List.of("RC"), null, null).getEntity();
        assertFalse(hidden.shown());
        assertEquals(Integer.valueOf(3), hidden.threshold());
        assertEquals("Not shown: fewer than 3 people gave time in this period.", hidden.message());
        assertNull(hidden.paidPence());
        assertNull(hidden.people());

        confluence.logIn(fran);
        Map<String, Object> more = body();
        more.put("people", List.of("jo"));
        resource.record(more);
        confluence.logIn(jo);
        LedgerJson.TotalsJson shown = (LedgerJson.TotalsJson) resource.totals(List.of("RC"), null, null).getEntity();
        assertTrue(shown.shown());
        assertEquals(Integer.valueOf(3), shown.people());
        assertEquals("4.5", shown.hours());
        assertEquals(Long.valueOf(4500), shown.owedPence());
    }

    @Test
    public void totalsForASpaceTheCallerCannotViewAreNotFound() {
        confluence.hideSpaceFrom(jo, rc);
        confluence.logIn(jo);

        assertEquals(404, resource.totals(List.of("RC"), null, null).getStatus());
        assertEquals(400, resource.totals(List.of(), null, null).getStatus());
    }

    @Test
    public void theCsvExportIsForFacilitatorsAndDefusesSpreadsheetFormulas() throws IOException {
        confluence.logIn(fran);
        Map<String, Object> body = body();
        body.put("activity", "=HYPERLINK(\"http://evil.example\",\"click\")");
        resource.record(body);

        Response response = resource.export(List.of("RC"), null, null, null);

        assertEquals(200, response.getStatus());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ((StreamingOutput) response.getEntity()).write(out);
        String csv = out.toString(StandardCharsets.UTF_8);
        String[] lines = csv.split("\r\n");
        assertEquals("\uFEFFid,name,person,space,date,activity,minutes,hours,type,amount,state,paid_on,"
                + "may_affect_benefits,meeting_page_id,recorded_by", lines[0]);
        assertTrue(lines[1], lines[1].contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\","));
        assertTrue(lines[1], lines[1].endsWith(",payment,15.00,owed,,yes,98304,Fran Okafor"));
        assertEquals(AuditAction.LEDGER_EXPORTED, app.audit.last().action());
        assertTrue(String.valueOf(response.getHeaderString("Content-Disposition")).contains("alongside-ledger-"));
    }

    private static Map<String, Object> body() {
        Map<String, Object> body = new HashMap<>();
        body.put("space", "RC");
        body.put("people", List.of("alex", "4242"));
        body.put("date", "14/11/2026");
        body.put("activity", "Interview panel");
        body.put("time", "1.5 hours");
        body.put("meetingPageId", "98304");
        body.put("type", "payment");
        body.put("amount", "£15");
        body.put("state", "owed");
        body.put("mayAffectBenefits", true);
        return body;
    }
}
