package app.alongside.confluence.decision.rest;

import app.alongside.confluence.testing.ConfluenceFixture;
import app.alongside.decision.DecisionStatus;
import app.alongside.decision.Response;
import app.alongside.decision.Stage;
import app.alongside.people.PersonRef;
import com.atlassian.confluence.user.ConfluenceUser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.StreamingOutput;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static app.alongside.confluence.decision.rest.RegisterFixture.decision;
import static app.alongside.confluence.decision.rest.RegisterFixture.page;
import static app.alongside.confluence.decision.rest.RegisterFixture.uri;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** {@code GET decisions/export.csv}: every visible row, safe to open in a spreadsheet. */
public class DecisionsExportTest {

    @Rule
    public final ConfluenceFixture confluence = new ConfluenceFixture();

    private RegisterFixture register;
    private DecisionsResource resource;
    private ConfluenceUser alex;

    @Before
    public void setUp() {
        register = new RegisterFixture(confluence);
        resource = register.resource;
        confluence.space("RC", "Recovery College co-production group");
        alex = register.knownUser("alex", "Alex Morgan");
    }

    @Test
    public void startsWithAByteOrderMarkAndHeadingsInWordsThenOneRowPerDecision() throws Exception {
        register.knownUser("sam", "Sam Okafor");
        register.index.add(page(3, "RC", "Meeting 14 October"), decision("Move the Tuesday session")
                .decidedOn("2026-10-14").reviewOn("2027-04-14").outcome("Sessions move to Wednesday.")
                .at(Stage.AGENDA, new PersonRef.User("key-sam"), new PersonRef.Page("", "Jordan Ellis"))
                .at(Stage.DECIDING, new PersonRef.Named("Priya"))
                .said("Tuesday clashes", new PersonRef.User("key-sam"), Response.ADOPTED, "Moved")
                .said("Evenings are hard", null, Response.PENDING, "").build());
        confluence.logIn(alex);

        jakarta.ws.rs.core.Response response = resource.export(new RegisterParameters().spaces("RC"), uri("decisions/export.csv"));

        assertEquals(200, response.getStatus());
        assertEquals("text/csv;charset=UTF-8", response.getMediaType().toString());
        byte[] bytes = bytes(response);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3));
        List<List<String>> rows = Rfc4180.parse(text(bytes));
        assertEquals(List.of("Decision ID", "Space", "Page", "Link", "Decision", "Status", "Superseded by",
                "Decided on", "Review on", "Claimed level of involvement", "Outcome", "Agenda", "Options", "Deciding",
                "Delivering", "Reviewing", "Contributions", "Answered", "Loop", "You said, we did"), rows.get(0));
        assertEquals(2, rows.size());
        List<String> row = rows.get(1);
        assertEquals("RC", row.get(1));
        assertEquals("Meeting 14 October", row.get(2));
        assertEquals(RegisterFixture.SITE + "/pages/viewpage.action?pageId=3#alongside-decision-move-the-tuesday-session",
                row.get(3));
        assertEquals("Move the Tuesday session", row.get(4));
        assertEquals("decided", row.get(5));
        assertEquals("2026-10-14", row.get(7));
        assertEquals("2027-04-14", row.get(8));
        assertEquals("Sessions move to Wednesday.", row.get(10));
        assertEquals("Sam Okafor; Jordan Ellis", row.get(11));
        assertEquals("Priya", row.get(13));
        assertEquals("2", row.get(16));
        assertEquals("1", row.get(17));
        assertEquals("open", row.get(18));
        assertEquals("\u201cTuesday clashes\u201d (Sam Okafor): adopted: Moved\n\u201cEvenings are hard\u201d (anonymous): pending",
                row.get(19));
    }

    @Test
    public void isAnAttachmentWithASafeFileNameThatNoCacheKeeps() {
        confluence.space("~priya", "Priya’s space");
        confluence.logIn(alex);

        jakarta.ws.rs.core.Response response = resource.export(new RegisterParameters().spaces("RC,~priya"),
                uri("decisions/export.csv"));

        String disposition = response.getHeaderString("Content-Disposition");
        assertTrue(disposition, disposition.matches(
                "attachment; filename=\"alongside-decisions-RC-_priya-\\d{4}-\\d{2}-\\d{2}\\.csv\""));
        assertTrue(response.getHeaderString("Cache-Control").contains("no-store"));
        assertEquals("nosniff", response.getHeaderString("X-Content-Type-Options"));
    }

    @Test
    public void holdsEveryMatchingRowNotJustOnePageAndIgnoresLimitAndCursor() throws Exception {
        for (int i = 1; i <= 230; i++) {
            register.index.add(page(i, "RC", "Meeting " + i), decision("Decision " + i)
                    .decidedOn(java.time.LocalDate.of(2026, 1, 1).plusDays(i).toString()).build());
        }
        confluence.logIn(alex);

        List<List<String>> rows = Rfc4180.parse(text(bytes(resource.export(new RegisterParameters().spaces("RC")
                .limit("5").cursor("anything"), uri("decisions/export.csv")))));

        assertEquals(231, rows.size());
        assertEquals("Decision 230", rows.get(1).get(4));
        assertEquals("Decision 1", rows.get(230).get(4));
    }

    @Test
    public void usesTheSameFiltersAsTheRegister() throws Exception {
        register.index.add(page(1, "RC", "M"), decision("Kept").status(DecisionStatus.REVIEWED).build(),
                decision("Filtered out").build());
        confluence.logIn(alex);

        List<List<String>> rows = Rfc4180.parse(text(bytes(resource.export(new RegisterParameters().spaces("RC")
                .statuses("reviewed"), uri("decisions/export.csv")))));

        assertEquals(2, rows.size());
        assertEquals("Kept", rows.get(1).get(4));
    }

    @Test
    public void decisionsOnARestrictedPageAreNotExportedForSomeoneWhoCannotViewIt() throws Exception {
        register.knownUser("sam", "Sam Okafor");
        register.index.add(page(1, "RC", "Open"), decision("Everyone can see this").build());
        register.index.add(page(2, "RC", "Restricted"), decision("Only Sam can see this").build());
        register.restrict(2, "sam");
        confluence.logIn(alex);

        String csv = text(bytes(resource.export(new RegisterParameters().spaces("RC"), uri("decisions/export.csv"))));

        assertTrue(csv.contains("Everyone can see this"));
        assertFalse(csv.contains("Only Sam"));
        assertFalse(csv.contains("Restricted"));
    }

    @Test
    public void formulasInAnyCellAreNeutralisedAndQuotingSurvivesAReadBack() throws Exception {
        List<String> hostile = List.of("=HYPERLINK(\"http://evil.example\",\"Click\")", "+1+1", "-2+3", "@SUM(A1:A2)",
                "\tindented", "\r=1+1");
        register.index.add(page(1, "RC", "=cmd|' /C calc'!A0"), decision(hostile.get(0))
                .outcome("+44 7700 900123").at(Stage.AGENDA, new PersonRef.Named("@everyone"))
                .said("-minus", null, Response.NOT_ADOPTED, "=because").build());
        register.index.add(page(2, "RC", "Page, with \"quotes\"\nand a new line"), decision(hostile.get(1)).build(),
                decision(hostile.get(2)).build(), decision(hostile.get(3)).build(), decision(hostile.get(4)).build(),
                decision(hostile.get(5)).build());
        confluence.logIn(alex);

        String csv = text(bytes(resource.export(new RegisterParameters().spaces("RC").sort("title"), uri("decisions/export.csv"))));
        List<List<String>> rows = Rfc4180.parse(csv);

        List<String> cells = new ArrayList<>();
        rows.subList(1, rows.size()).forEach(cells::addAll);
        for (String cell : cells) {
            assertFalse("cell starts a formula: " + cell, !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0);
        }
        List<String> titles = rows.subList(1, rows.size()).stream().map(r -> r.get(4)).sorted().toList();
        assertEquals(hostile.stream().map(h -> "'" + h).sorted().toList(), titles);
        assertTrue(cells.contains("'=cmd|' /C calc'!A0"));
        assertTrue(cells.contains("'+44 7700 900123"));
        assertTrue(cells.contains("'@everyone"));
        assertTrue(cells.contains("Page, with \"quotes\"\nand a new line"));
        assertEquals("headings and six decisions", 7, rows.size());
        rows.forEach(r -> assertEquals(20, r.size()));
    }

    @Test
    public void aBiggerExportThanOneFileHoldsIsRefusedBeforeAnythingIsWritten() {
        for (int i = 1; i <= DecisionsResource.MAX_EXPORT_ROWS + 1; i++) {
            register.index.add(page(i, "RC", "M"), decision("D" + i).build());
        }
        confluence.logIn(alex);

        jakarta.ws.rs.core.Response response = resource.export(new RegisterParameters().spaces("RC"), uri("decisions/export.csv"));

        assertEquals(400, response.getStatus());
        assertEquals("application/json", response.getMediaType().toString());
        JsonNode body = new ObjectMapper().valueToTree(response.getEntity());
        assertEquals("This export would hold 10,001 decisions, and one export holds at most 10,000. Narrow the "
                + "filters, for example by date or status.", body.get("message").asText());
    }

    @Test
    public void badFiltersAreRefusedAsJsonNamingTheParameter() {
        confluence.logIn(alex);

        jakarta.ws.rs.core.Response response = resource.export(new RegisterParameters().spaces("RC").decidedFrom("soon"),
                uri("decisions/export.csv"));

        assertEquals(400, response.getStatus());
        assertEquals("application/json", response.getMediaType().toString());
        JsonNode body = new ObjectMapper().valueToTree(response.getEntity());
        assertEquals("decidedFrom", body.get("errors").get(0).get("field").asText());
    }

    private static byte[] bytes(jakarta.ws.rs.core.Response response) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ((StreamingOutput) response.getEntity()).write(out);
        return out.toByteArray();
    }

    /** The file as text, without its byte order mark. */
    private static String text(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertEquals('\uFEFF', text.charAt(0));
        return text.substring(1);
    }
}
