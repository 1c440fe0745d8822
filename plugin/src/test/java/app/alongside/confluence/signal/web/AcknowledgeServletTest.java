package app.alongside.confluence.signal.web;

import app.alongside.confluence.decision.ConfluencePageVisibility;
import app.alongside.confluence.participant.ParticipantFixture;
import app.alongside.confluence.testing.AppRendering;
import app.alongside.confluence.testing.ConfluenceFixture;
import app.alongside.confluence.testing.SignalsFixture;
import app.alongside.decision.register.InMemoryDecisionIndex;
import app.alongside.participant.InMemoryParticipantIndex;
import app.alongside.participant.ParticipantSubjects;
import app.alongside.perspective.InMemoryPerspectiveStore;
import app.alongside.perspective.InvolvementTotals;
import app.alongside.settings.SettingsRepository;
import app.alongside.settings.SettingsService;
import app.alongside.signal.SignalKind;
import app.alongside.signal.SignalSubject;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.user.ConfluenceUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The card's acknowledge form, posted without JavaScript: stored and back to the page, or asked again in words. */
public class AcknowledgeServletTest {

    private static final String STORAGE = """
            <ac:structured-macro ac:name="alongside-decision">
              <ac:parameter ac:name="id">venue</ac:parameter>
              <ac:parameter ac:name="title">Move to the library</ac:parameter>
              <ac:parameter ac:name="status">decided</ac:parameter>
              <ac:parameter ac:name="decidedOn">2026-10-14</ac:parameter>
              <ac:parameter ac:name="claimed">co-production</ac:parameter>
              <ac:rich-text-body><p>We will meet at the library.</p></ac:rich-text-body>
            </ac:structured-macro>""";

    @Rule
    public final ConfluenceFixture confluence = new ConfluenceFixture();

    private final SignalsFixture signals = new SignalsFixture();
    private final PageManager pageManager = mock(PageManager.class);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final StringWriter written = new StringWriter();
    private AcknowledgeServlet servlet;
    private ConfluenceUser editor;

    @Before
    public void setUp() throws Exception {
        Page page = ParticipantFixture.page(700, confluence.space("RC", "Recovery College"), "Meeting", STORAGE);
        when(pageManager.getAbstractPage(700)).thenReturn(page);
        editor = confluence.user("editor");
        when(confluence.permissionManager.hasPermission(editor, Permission.EDIT, page)).thenReturn(true);
        when(confluence.permissionManager.hasPermission(editor, Permission.VIEW, page)).thenReturn(true);
        ConfluencePageVisibility visibility = new ConfluencePageVisibility(pageManager, confluence.permissionManager,
                confluence.currentUser);
        AppRendering rendering = new AppRendering();
        servlet = new AcknowledgeServlet(new DecisionOnPage(pageManager, visibility),
                new InvolvementTotals(new InMemoryPerspectiveStore(),
                        new ParticipantSubjects(new InMemoryParticipantIndex()), new InMemoryDecisionIndex(),
                        new SettingsService(mock(SettingsRepository.class))),
                signals.live, signals.acknowledgements, confluence.permissions, rendering.templates,
                rendering.messages, confluence.currentUser, signals.xsrfTokens, signals.xsrfValidator);
        when(request.getContextPath()).thenReturn("/confluence");
        when(response.getWriter()).thenReturn(new PrintWriter(written));
    }

    private void post(Map<String, String> parameters) {
        when(request.getParameter(anyString())).thenAnswer(call -> parameters.get(call.<String>getArgument(0)));
    }

    private Map<String, String> acknowledge(String note) {
        return Map.of("pageId", "700", "localId", "venue", "kind",
                String.valueOf(SignalKind.CLAIMED_ABOVE_EVIDENCE.bit()), "action", "acknowledge", "note", note);
    }

    @Test
    public void aValidAcknowledgementIsStoredAndGoesBackToThePage() throws Exception {
        confluence.logIn(editor);
        when(signals.xsrfValidator.validateFormEncodedToken(request)).thenReturn(true);
        post(acknowledge("We claimed what we hoped for."));

        servlet.doPost(request, response);

        verify(response).sendRedirect("/confluence/pages/viewpage.action?pageId=700");
        assertEquals("We claimed what we hoped for.", signals.acknowledgements.about(SignalSubject.decision(700,
                "venue")).get(SignalKind.CLAIMED_ABOVE_EVIDENCE).note());
    }

    @Test
    public void anExpiredFormStoresNothingAndAsksAgainWithTheNoteKept() throws Exception {
        confluence.logIn(editor);
        post(acknowledge("<b>Kept</b>"));

        servlet.doPost(request, response);

        verify(response).setStatus(HttpServletResponse.SC_BAD_REQUEST);
        assertTrue(signals.store.all().isEmpty());
        Document page = Jsoup.parse(written.toString());
        assertEquals("<b>Kept</b>", page.selectFirst("textarea[name=note]").text());
        assertEquals(SignalsFixture.TOKEN, page.selectFirst("input[name=atl_token]").val());
        assertEquals("This form had expired, so nothing was saved. Check the note and send it again.",
                page.selectFirst(".alongside-signal__problem").text());
    }

    @Test
    public void aMissingNoteIsSaidInWords() throws Exception {
        confluence.logIn(editor);
        when(signals.xsrfValidator.validateFormEncodedToken(request)).thenReturn(true);
        post(acknowledge(" "));

        servlet.doPost(request, response);

        verify(response).setStatus(HttpServletResponse.SC_BAD_REQUEST);
        assertEquals("Write a note: an acknowledgement says what the group makes of the signal.",
                Jsoup.parse(written.toString()).selectFirst(".alongside-signal__problem").text());
    }

    @Test
    public void someoneWhoMayNotEditIsRefused() throws Exception {
        ConfluenceUser reader = confluence.user("reader");
        when(confluence.permissionManager.hasPermission(reader, Permission.VIEW, pageManager.getAbstractPage(700)))
                .thenReturn(true);
        confluence.logIn(reader);
        when(signals.xsrfValidator.validateFormEncodedToken(request)).thenReturn(true);
        post(acknowledge("x"));

        servlet.doPost(request, response);

        verify(response).setStatus(HttpServletResponse.SC_FORBIDDEN);
        assertTrue(signals.store.all().isEmpty());
    }

    @Test
    public void anonymousVisitorsAreAskedToLogIn() throws Exception {
        post(acknowledge("x"));

        servlet.doPost(request, response);

        verify(response).setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    }

    @Test
    public void withdrawingTakesTheAcknowledgementBack() throws Exception {
        confluence.logIn(editor);
        when(signals.xsrfValidator.validateFormEncodedToken(request)).thenReturn(true);
        signals.acknowledgements.acknowledge("key-editor", SignalKind.CLAIMED_ABOVE_EVIDENCE,
                SignalSubject.decision(700, "venue"), "RC", java.util.Optional.empty(), "Noted");
        post(Map.of("pageId", "700", "localId", "venue", "kind",
                String.valueOf(SignalKind.CLAIMED_ABOVE_EVIDENCE.bit()), "action", "withdraw"));

        servlet.doPost(request, response);

        verify(response).sendRedirect("/confluence/pages/viewpage.action?pageId=700");
        assertTrue(signals.store.all().isEmpty());
    }
}
