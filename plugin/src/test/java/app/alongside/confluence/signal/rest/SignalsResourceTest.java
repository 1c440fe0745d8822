package app.alongside.confluence.signal.rest;

import app.alongside.confluence.decision.ConfluencePageVisibility;
import app.alongside.confluence.participant.ParticipantFixture;
import app.alongside.confluence.signal.web.DecisionOnPage;
import app.alongside.confluence.testing.AppRendering;
import app.alongside.confluence.testing.ConfluenceFixture;
import app.alongside.confluence.testing.SignalsFixture;
import app.alongside.decision.DecisionStorageReader;
import app.alongside.decision.ParsedDecision;
import app.alongside.decision.register.DecisionRegister;
import app.alongside.decision.register.InMemoryDecisionIndex;
import app.alongside.decision.register.IndexedPage;
import app.alongside.participant.InMemoryParticipantIndex;
import app.alongside.participant.ParticipantSubjects;
import app.alongside.perspective.InMemoryPerspectiveStore;
import app.alongside.perspective.InvolvementTotals;
import app.alongside.settings.SettingsRepository;
import app.alongside.settings.SettingsService;
import app.alongside.signal.Acknowledgement;
import app.alongside.signal.SignalKind;
import app.alongside.signal.SignalSubject;
import app.alongside.signal.UnrecognisedSignals;
import app.alongside.charter.Charter;
import app.alongside.charter.CharterStatus;
import app.alongside.charter.Commitment;
import app.alongside.charter.ChartersInSpaces;
import app.alongside.reciprocity.RecognitionMonth;
import app.alongside.reciprocity.RecognitionTimeliness;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * {@code /signals}: a space's signals over real core and real permissions (Confluence mocked), and acknowledging
 * with a note: who may, only a signal raised now, the note's problems in words.
 */
public class SignalsResourceTest {

    @Rule
    public final ConfluenceFixture confluence = new ConfluenceFixture();

    private final ObjectMapper json = new ObjectMapper();
    private final InMemoryDecisionIndex index = new InMemoryDecisionIndex();
    private final SignalsFixture signals = new SignalsFixture();
    private final PageManager pageManager = mock(PageManager.class);
    private final Map<Long, Page> pages = new HashMap<>();
    private final List<ChartersInSpaces.CharterOnPage> charters = new ArrayList<>();
    private List<RecognitionMonth> months = List.of();
    private final List<String> ledgerAsked = new ArrayList<>();
    private SignalsResource resource;
    private Space rc;
    private ConfluenceUser editor;
    private ConfluenceUser reader;

    @Before
    public void setUp() {
        rc = confluence.space("RC", "Recovery College");
        editor = confluence.user("editor");
        reader = confluence.user("reader");
        ConfluencePageVisibility visibility = new ConfluencePageVisibility(pageManager, confluence.permissionManager,
                confluence.currentUser);
        InvolvementTotals totals = new InvolvementTotals(new InMemoryPerspectiveStore(),
                new ParticipantSubjects(new InMemoryParticipantIndex()), index,
                new SettingsService(mock(SettingsRepository.class)));
        resource = new SignalsResource(new DecisionRegister(index), visibility, confluence.permissions,
                confluence.currentUser, new AppRendering().messages, signals.live, totals, signals.acknowledgements,
                new DecisionOnPage(pageManager, visibility),
                new UnrecognisedSignals(spaces -> charters, (spaces, from, to, days, today) -> {
                    ledgerAsked.add(spaces + " " + from + ".." + to + " within " + days);
                    return new RecognitionTimeliness.Timeliness(3, months);
                }), Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC));
        // Four decisions in a row made by the same two people, each claiming more than the record shows.
        for (int i = 1; i <= 4; i++) {
            page(100 + i, "d" + i, "2026-10-0" + i);
        }
    }

    private void page(long id, String localId, String decidedOn) {
        String storage = """
                <ac:structured-macro ac:name="alongside-decision">
                  <ac:parameter ac:name="id">%s</ac:parameter>
                  <ac:parameter ac:name="title">Decision %s</ac:parameter>
                  <ac:parameter ac:name="status">decided</ac:parameter>
                  <ac:parameter ac:name="decidedOn">%s</ac:parameter>
                  <ac:parameter ac:name="claimed">co-production</ac:parameter>
                  <ac:rich-text-body>
                    <ac:structured-macro ac:name="alongside-stage"><ac:parameter ac:name="stage">deciding</ac:parameter>
                      <ac:rich-text-body><p>Jo and Sam</p></ac:rich-text-body></ac:structured-macro>
                  </ac:rich-text-body>
                </ac:structured-macro>""".formatted(localId, localId, decidedOn);
        Page page = ParticipantFixture.page(id, rc, "Meeting " + id, storage);
        pages.put(id, page);
        when(pageManager.getAbstractPage(id)).thenReturn(page);
        when(confluence.permissionManager.hasPermission(editor, Permission.VIEW, page)).thenReturn(true);
        when(confluence.permissionManager.hasPermission(reader, Permission.VIEW, page)).thenReturn(true);
        when(confluence.permissionManager.hasPermission(editor, Permission.EDIT, page)).thenReturn(true);
        List<app.alongside.decision.Decision> decisions = new ArrayList<>();
        for (ParsedDecision parsed : new DecisionStorageReader().readPage(storage)) {
            decisions.add(parsed.decision());
        }
        index.replacePage(new IndexedPage(id, "RC", "Meeting " + id, IndexedPage.ContentType.PAGE, List.of()),
                decisions);
    }

    @Test
    public void anonymousCallersAreAskedToLogInFirst() {
        assertEquals(401, resource.space("RC").getStatus());
        assertEquals(401, resource.acknowledge(Map.of("kind", "same-people", "spaceKey", "RC", "note", "x"))
                .getStatus());
        assertEquals(401, resource.withdraw("same-people", null, null, "RC").getStatus());
    }

    @Test
    public void aSpaceGivesItsSignalsWithEvidenceAndItsRecentDecisionsWithTheirs() throws Exception {
        confluence.logIn(reader);

        JsonNode body = body(resource.space("RC"));

        assertEquals("RC", body.get("space").asText());
        JsonNode same = body.get("signals").get(0);
        assertEquals("same-people", same.get("code").asText());
        assertEquals("The same one or two people decided each of the last 4 decisions.", same.get("reason").asText());
        assertEquals(4, same.get("evidence").size());
        assertTrue(same.get("acknowledgement").isNull());
        assertEquals(4, body.get("decisions").size());
        JsonNode first = body.get("decisions").get(0);
        assertEquals("claimed-above-evidence", first.get("signals").get(0).get("code").asText());
        assertEquals(false, body.get("truncated").asBoolean());
    }

    @Test
    public void aSpaceNobodyMaySeeIsNotFound() {
        confluence.logIn(reader);

        assertEquals(404, resource.space("SECRET").getStatus());
        assertEquals(404, resource.space(null).getStatus());
    }

    @Test
    public void someoneWhoMayEditThePageAcknowledgesADecisionSignalWithANote() throws Exception {
        confluence.logIn(editor);

        Response response = resource.acknowledge(Map.of("kind", "claimed-above-evidence", "pageId", "101",
                "localId", "d1", "note", "We hoped for more; next time the peer group sets the agenda."));

        assertEquals(200, response.getStatus());
        Acknowledgement stored = signals.acknowledgements.about(SignalSubject.decision(101, "d1"))
                .get(SignalKind.CLAIMED_ABOVE_EVIDENCE);
        assertEquals("key-editor", stored.by());
        assertEquals("2026-10-01", stored.decidedOn().orElseThrow().toString());
        assertEquals("We hoped for more; next time the peer group sets the agenda.", body(response).get("note").asText());
    }

    @Test
    public void someoneWhoMayOnlyReadThePageMayNotAcknowledge() {
        confluence.logIn(reader);

        assertEquals(403, resource.acknowledge(Map.of("kind", "claimed-above-evidence", "pageId", "101",
                "localId", "d1", "note", "x")).getStatus());
        assertTrue(signals.store.all().isEmpty());
    }

    @Test
    public void aSignalNotRaisedNowCannotBeAcknowledged() {
        confluence.logIn(editor);

        assertEquals(409, resource.acknowledge(Map.of("kind", "joined-late", "pageId", "101", "localId", "d1",
                "note", "x")).getStatus());
    }

    @Test
    public void aNoteIsRequiredAndSaidSoInWords() throws Exception {
        confluence.logIn(editor);

        Response response = resource.acknowledge(Map.of("kind", "claimed-above-evidence", "pageId", "101",
                "localId", "d1", "note", "  "));

        assertEquals(400, response.getStatus());
        assertEquals("Write a note: an acknowledgement says what the group makes of the signal.",
                body(response).get("errors").get(0).get("message").asText());
    }

    @Test
    public void aSpaceSignalIsAcknowledgedByTheSpacesAdministratorsAndFacilitatorsOnly() {
        confluence.logIn(reader);
        assertEquals(403, resource.acknowledge(Map.of("kind", "same-people", "spaceKey", "RC", "note", "x"))
                .getStatus());

        confluence.makeSpaceAdmin(editor, rc);
        confluence.logIn(editor);
        assertEquals(200, resource.acknowledge(Map.of("kind", "same-people", "spaceKey", "RC",
                "note", "We will rotate who chairs.")).getStatus());

        ConfluenceUser facilitator = confluence.facilitator("fran");
        confluence.logIn(facilitator);
        assertEquals(204, resource.withdraw("same-people", null, null, "RC").getStatus());
        assertEquals(404, resource.withdraw("same-people", null, null, "RC").getStatus());
    }

    /** An agreed charter in RC promising recognition within 30 days, on a page both users may view. */
    private void charterPromisingThirtyDays() {
        Page page = ParticipantFixture.page(900, rc, "Our charter", "");
        when(pageManager.getAbstractPage(900L)).thenReturn(page);
        when(confluence.permissionManager.hasPermission(reader, Permission.VIEW, page)).thenReturn(true);
        when(confluence.permissionManager.hasPermission(editor, Permission.VIEW, page)).thenReturn(true);
        charters.add(new ChartersInSpaces.CharterOnPage(900, "Our charter", new Charter("Our group", Optional.empty(),
                Optional.empty(), Optional.empty(), CharterStatus.AGREED, Optional.of(LocalDate.of(2026, 9, 1)),
                Optional.empty(), List.of("RC"), List.of(new Commitment.RecognisedWithin(30)), "")));
    }

    @Test
    public void aBrokenPromiseOfRecognitionIsASpaceSignalSaidAsSomeBelowKAndWithoutEvidence() throws Exception {
        charterPromisingThirtyDays();
        months = List.of(new RecognitionMonth(YearMonth.of(2026, 9), 3, 1, 0, 0, 0),
                new RecognitionMonth(YearMonth.of(2026, 10), 2, 0, 1, 0, 0));
        confluence.logIn(reader);

        JsonNode signals = body(resource.space("RC")).get("signals");

        assertEquals(List.of("[RC] 2026-09-01..2026-11-29 within 30"), ledgerAsked);
        assertEquals(2, signals.size());
        JsonNode unrecognised = signals.get(1);
        assertEquals("unrecognised", unrecognised.get("code").asText());
        assertEquals("Contributions not recognised in time", unrecognised.get("name").asText());
        assertEquals("Some contributions have waited more than 30 days for the recognition the charter promises.",
                unrecognised.get("reason").asText());
        assertEquals(0, unrecognised.get("evidence").size());
    }

    @Test
    public void fromKContributionsTheUnrecognisedSignalGivesTheCount() throws Exception {
        charterPromisingThirtyDays();
        months = List.of(new RecognitionMonth(YearMonth.of(2026, 10), 0, 2, 2, 0, 0));
        confluence.logIn(reader);

        JsonNode unrecognised = body(resource.space("RC")).get("signals").get(1);

        assertEquals("4 contributions have waited more than 30 days for the recognition the charter promises.",
                unrecognised.get("reason").asText());
    }

    @Test
    public void aCharterPageTheCallerMayNotViewRaisesNoUnrecognisedSignal() throws Exception {
        charterPromisingThirtyDays();
        when(confluence.permissionManager.hasPermission(reader, Permission.VIEW, pageManager.getAbstractPage(900L)))
                .thenReturn(false);
        months = List.of(new RecognitionMonth(YearMonth.of(2026, 10), 0, 2, 2, 0, 0));
        confluence.logIn(reader);

        JsonNode signals = body(resource.space("RC")).get("signals");

        assertEquals(1, signals.size());
        assertEquals("same-people", signals.get(0).get("code").asText());
        assertTrue(ledgerAsked.isEmpty());
    }

    @Test
    public void theUnrecognisedSignalCanBeAcknowledgedOnlyWhileRaised() {
        charterPromisingThirtyDays();
        confluence.makeSpaceAdmin(editor, rc);
        confluence.logIn(editor);
        assertEquals(409, resource.acknowledge(Map.of("kind", "unrecognised", "spaceKey", "RC",
                "note", "Paid at the next meeting.")).getStatus());

        months = List.of(new RecognitionMonth(YearMonth.of(2026, 10), 0, 0, 1, 0, 0));
        assertEquals(200, resource.acknowledge(Map.of("kind", "unrecognised", "spaceKey", "RC",
                "note", "Finance pays monthly; we have asked them to pay sooner.")).getStatus());
    }

    @Test
    public void aKindThatDoesNotFitItsSubjectIsRefused() {
        confluence.logIn(editor);

        assertEquals(400, resource.acknowledge(Map.of("kind", "same-people", "pageId", "101", "localId", "d1",
                "note", "x")).getStatus());
        assertEquals(400, resource.acknowledge(Map.of("kind", "nonsense", "spaceKey", "RC", "note", "x"))
                .getStatus());
    }

    private JsonNode body(Response response) {
        return json.valueToTree(response.getEntity());
    }
}
