package app.alongside.confluence.decision.macro;

import app.alongside.confluence.participant.ParticipantFixture;
import app.alongside.perspective.DeclarationForm;
import app.alongside.perspective.InMemoryAuditLog;
import app.alongside.perspective.PerspectiveService;
import app.alongside.signal.SignalKind;
import app.alongside.signal.SignalSubject;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.user.ConfluenceUser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.After;
import org.junit.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static app.alongside.confluence.decision.macro.DecisionMacroTest.params;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.when;

/**
 * The decision card's ladder placement, over core's real placer, signals and totals: rung, band, Arnstein's rung and
 * the claim beside it; the reasons and signals in "Why this rung?"; the acknowledge form only for people who may
 * edit the page; an acknowledgement in the group's words, escaped.
 */
public class DecisionCardPlacementTest {

    /** Agenda: four people, three with lived experience; deciding: the same four and Sam. */
    private static final String BODY = """
            <ac:structured-macro ac:name="alongside-stage">
              <ac:parameter ac:name="stage">agenda</ac:parameter>
              <ac:rich-text-body><p><ac:link><ri:user ri:userkey="u-a"/></ac:link>, <ac:link><ri:user ri:userkey="u-b"/></ac:link>,
                <ac:link><ri:user ri:userkey="u-c"/></ac:link>, <ac:link><ri:user ri:userkey="u-d"/></ac:link></p></ac:rich-text-body>
            </ac:structured-macro>
            <ac:structured-macro ac:name="alongside-stage">
              <ac:parameter ac:name="stage">deciding</ac:parameter>
              <ac:rich-text-body><p><ac:link><ri:user ri:userkey="u-a"/></ac:link>, <ac:link><ri:user ri:userkey="u-b"/></ac:link>,
                <ac:link><ri:user ri:userkey="u-c"/></ac:link>, <ac:link><ri:user ri:userkey="u-d"/></ac:link> and Sam</p></ac:rich-text-body>
            </ac:structured-macro>
            """;

    private final MacroFixture fixture = new MacroFixture();
    private final PerspectiveService perspectives = new PerspectiveService(fixture.perspectives, new InMemoryAuditLog(),
            Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC));
    private final DecisionMacro macro = new DecisionMacro(fixture.rendering.templates, fixture.rendering.messages,
            fixture.xhtmlContent, fixture.userAccessor, fixture.currentRequest, fixture.totals, fixture.placements());
    private final Page page = ParticipantFixture.page(500, fixture.confluence.space("RC", "Recovery College"),
            "Group meeting", "");

    {
        fixture.user("u-a", "a", "Ash Adams");
        fixture.user("u-b", "b", "Bea Brown");
        fixture.user("u-c", "c", "Cal Cole");
        fixture.user("u-d", "d", "Dee Dunn");
        declare("u-a", "lived-experience");
        declare("u-b", "carer-or-family");
        declare("u-c", "peer-worker");
        declare("u-d", "staff-or-practitioner");
        when(fixture.context.getEntity()).thenReturn(page);
    }

    @After
    public void logOut() {
        com.atlassian.confluence.user.AuthenticatedUserThreadLocal.reset();
    }

    private void declare(String userKey, String code) {
        perspectives.declareOwn(userKey, DeclarationForm.own(List.of(code), true, null, false)).get();
    }

    private Document card(String... extra) {
        String[] all = new String[extra.length + 4];
        all[0] = "title";
        all[1] = "Move to the library";
        all[2] = "id";
        all[3] = "venue";
        System.arraycopy(extra, 0, all, 4, extra.length);
        return Jsoup.parse(macro.execute(params(all), BODY, fixture.context));
    }

    @Test
    public void showsTheEvidencedRungItsBandArnsteinsRungAndTheClaimBesideIt() {
        Document card = card("status", "decided", "decidedOn", "2026-10-14", "claimed", "co-design");

        List<String> facts = card.select(".alongside-ladder .alongside-ladder__fact").eachText();
        assertEquals(List.of("What the record shows 6 · Co-design", "Band Doing with",
                "Arnstein’s ladder 6 · Partnership", "The group’s claimed level 6 · Co-design"), facts);
        Element why = card.selectFirst("details.alongside-ladder__why");
        assertEquals("Why this rung?", why.selectFirst("summary").text());
        assertTrue(why.text(), why.text().contains("so this is co-design"));
        assertEquals("No signals for this decision.", why.selectFirst(".alongside-decision__none").text());
    }

    @Test
    public void aClaimAboveTheEvidenceIsSaidPlainlyAndRaisesASignalWithItsReason() {
        Document card = card("status", "decided", "decidedOn", "2026-10-14", "claimed", "co-production");

        assertEquals("The group claimed 7 · Co-production, higher than the 6 · Co-design the record shows.",
                card.selectFirst(".alongside-ladder__note--claimed-above").text());
        Element why = card.selectFirst("details.alongside-ladder__why");
        assertEquals("Why this rung? 1 signal to talk about", why.selectFirst("summary").text());
        assertEquals("Claimed above the evidence", why.selectFirst(".alongside-signal__name").text());
        assertEquals("The group claimed a higher rung than the record shows.",
                why.selectFirst(".alongside-signal__reason").text());
    }

    @Test
    public void peopleWhoMayEditThePageGetAnAcknowledgeFormThatPostsWithoutJavaScript() {
        ConfluenceUser editor = fixture.confluence.user("editor");
        when(fixture.confluence.permissionManager.hasPermission(editor, Permission.EDIT, page)).thenReturn(true);
        fixture.confluence.logIn(editor);

        Element form = card("claimed", "co-production").selectFirst("form.alongside-signal__form");

        assertNotNull(form);
        assertEquals("post", form.attr("method"));
        assertEquals("/confluence/plugins/servlet/alongside/signals/acknowledge", form.attr("action"));
        assertEquals("token-123", form.selectFirst("input[name=atl_token]").val());
        assertEquals("500", form.selectFirst("input[name=pageId]").val());
        assertEquals("venue", form.selectFirst("input[name=localId]").val());
        assertEquals(String.valueOf(SignalKind.CLAIMED_ABOVE_EVIDENCE.bit()), form.selectFirst("input[name=kind]").val());
        Element note = form.selectFirst("textarea[name=note]");
        assertEquals(note.id(), form.selectFirst("label").attr("for"));
        assertTrue(note.hasAttr("required"));
    }

    @Test
    public void anExportOrPreviewHasNoForm() {
        ConfluenceUser editor = fixture.confluence.user("editor");
        when(fixture.confluence.permissionManager.hasPermission(editor, Permission.EDIT, page)).thenReturn(true);
        fixture.confluence.logIn(editor);

        for (String outputType : List.of("pdf", "preview", "email")) {
            when(fixture.context.getOutputType()).thenReturn(outputType);
            Document card = card("claimed", "co-production");
            assertNotNull(outputType, card.selectFirst(".alongside-signal"));
            assertNull(outputType, card.selectFirst("form.alongside-signal__form"));
        }
    }

    @Test
    public void readersWhoMayNotEditSeeNoForm() {
        ConfluenceUser reader = fixture.confluence.user("reader");
        fixture.confluence.logIn(reader);

        assertNull(card("claimed", "co-production").selectFirst("form.alongside-signal__form"));
    }

    @Test
    public void aDecisionWithoutItsOwnIdIsPlacedButCannotBeAcknowledged() {
        ConfluenceUser editor = fixture.confluence.user("editor");
        when(fixture.confluence.permissionManager.hasPermission(editor, Permission.EDIT, page)).thenReturn(true);
        fixture.confluence.logIn(editor);

        Document card = Jsoup.parse(macro.execute(params("title", "T", "claimed", "co-production"), BODY,
                fixture.context));

        assertNotNull(card.selectFirst(".alongside-ladder"));
        assertNull(card.selectFirst("form.alongside-signal__form"));
    }

    @Test
    public void anAcknowledgementShowsWhoWhenAndTheGroupsNoteEscaped() {
        fixture.signals.acknowledgements.acknowledge("u-a", SignalKind.CLAIMED_ABOVE_EVIDENCE,
                SignalSubject.decision(500, "venue"), "RC", Optional.of(LocalDate.of(2026, 10, 14)),
                "<script>alert(1)</script> We claimed what we hoped for.");

        Element acknowledged = card("claimed", "co-production").selectFirst(".alongside-signal__acknowledged");

        assertEquals("Acknowledged by Ash Adams on 29 November 2026: <script>alert(1)</script> We claimed what we "
                + "hoped for.", acknowledged.text());
        assertTrue(acknowledged.select("script").isEmpty());
    }

    @Test
    public void aCardOutsideASpaceIsNotPlaced() {
        when(fixture.context.getSpaceKey()).thenReturn(null);

        assertNull(card().selectFirst(".alongside-ladder"));
    }
}
