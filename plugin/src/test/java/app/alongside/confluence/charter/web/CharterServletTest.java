package app.alongside.confluence.charter.web;

import app.alongside.charter.CharterReader;
import app.alongside.charter.checkin.CheckIns;
import app.alongside.charter.checkin.Frequency;
import app.alongside.charter.checkin.InMemoryCheckInStore;
import app.alongside.charter.signing.InMemorySignatureStore;
import app.alongside.charter.signing.Signing;
import app.alongside.confluence.security.CurrentUser;
import app.alongside.confluence.testing.AppRendering;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.Before;
import org.junit.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class CharterServletTest {

    private static final long PAGE_ID = 700;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    private final AppRendering rendering = new AppRendering();
    private final CharterPages pages = mock(CharterPages.class);
    private final CurrentUser currentUser = mock(CurrentUser.class);
    private final XsrfTokenAccessor xsrfTokens = mock(XsrfTokenAccessor.class);
    private final XsrfTokenValidator xsrfValidator = mock(XsrfTokenValidator.class);
    private final InMemorySignatureStore signatures = new InMemorySignatureStore();
    private final InMemoryCheckInStore answers = new InMemoryCheckInStore();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC);
    private final Signing signing = new Signing(signatures, clock);
    private final CheckIns checkIns = new CheckIns(answers);
    private final CharterServlet servlet = new CharterServlet(pages, signing, checkIns, rendering.templates,
            rendering.messages, currentUser, xsrfTokens, xsrfValidator, clock);
    private final Map<String, String> parameters = new HashMap<>();
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final StringWriter written = new StringWriter();

    @Before
    public void setUp() throws Exception {
        when(request.getContextPath()).thenReturn("/confluence");
        when(request.getParameter(anyString())).thenAnswer(call -> parameters.get(call.<String>getArgument(0)));
        when(response.getWriter()).thenReturn(new PrintWriter(written));
        when(xsrfValidator.getXsrfParameterName()).thenReturn("atl_token");
        when(xsrfValidator.validateFormEncodedToken(request)).thenReturn(true);
        when(xsrfTokens.getXsrfToken(any(), any(), anyBoolean())).thenReturn("fresh-token");
        ConfluenceUser amir = mock(ConfluenceUser.class);
        when(amir.getKey()).thenReturn(new UserKey("u-amir"));
        when(currentUser.get()).thenReturn(Optional.of(amir));
        when(pages.find(any(), eq(PAGE_ID))).thenReturn(Optional.of(new CharterPages.CharterPage(PAGE_ID, 4, "RC",
                new CharterReader().readMacro("RC", Map.of("group", "G", "framework", "nef"), null),
                Frequency.QUARTERLY)));
        parameters.put("pageId", String.valueOf(PAGE_ID));
    }

    @Test
    public void signingStoresTheSignatureAtThePagesVersionAndGoesBackToThePage() throws Exception {
        parameters.put("action", "sign");

        servlet.doPost(request, response);

        assertEquals(4, signatures.signature(PAGE_ID, "u-amir").orElseThrow().charterVersion());
        verify(response).sendRedirect("/confluence/pages/viewpage.action?pageId=700");
    }

    @Test
    public void withdrawingRemovesTheSignature() throws Exception {
        signing.sign("u-amir", PAGE_ID, 4);
        parameters.put("action", "withdraw");

        servlet.doPost(request, response);

        assertTrue(signatures.signature(PAGE_ID, "u-amir").isEmpty());
        verify(response).sendRedirect("/confluence/pages/viewpage.action?pageId=700");
    }

    @Test
    public void aPostWithoutAValidTokenChangesNothingAndAsksAgainWithAFreshToken() throws Exception {
        when(xsrfValidator.validateFormEncodedToken(request)).thenReturn(false);
        parameters.put("action", "sign");

        servlet.doPost(request, response);

        assertTrue(signatures.signature(PAGE_ID, "u-amir").isEmpty());
        verify(response).setStatus(HttpServletResponse.SC_BAD_REQUEST);
        Document html = Jsoup.parse(written.toString());
        assertEquals("fresh-token", html.selectFirst("input[name=atl_token]").val());
        assertEquals("sign", html.selectFirst("button[name=action]").val());
    }

    @Test
    public void anonymousVisitorsAreAskedToLogInAndNothingChanges() throws Exception {
        when(currentUser.get()).thenReturn(Optional.empty());
        parameters.put("action", "sign");

        servlet.doPost(request, response);

        verify(response).setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        assertEquals(0, signatures.rows());
        assertTrue(written.toString().contains("/confluence/login.action?os_destination="));
    }

    @Test
    public void aPageTheMemberCannotSeeIsNotFound() throws Exception {
        parameters.put("pageId", "701");
        parameters.put("action", "sign");

        servlet.doPost(request, response);

        verify(response).setStatus(HttpServletResponse.SC_NOT_FOUND);
        assertEquals(0, signatures.rows());
    }

    @Test
    public void aCheckInIsStoredAnonymouslyForThisPeriod() throws Exception {
        parameters.put("action", "checkin");
        parameters.put("score.assets", "4");
        parameters.put("comment.assets", "We were heard");

        servlet.doPost(request, response);

        assertTrue(checkIns.hasResponded("u-amir", PAGE_ID, Frequency.QUARTERLY, TODAY));
        verify(response).sendRedirect("/confluence/pages/viewpage.action?pageId=700");
    }

    @Test
    public void aSecondCheckInInTheSamePeriodIsRefusedWithAMessage() throws Exception {
        checkIns.submit("u-amir", PAGE_ID, List.of("assets"), Frequency.QUARTERLY, TODAY, Map.of("assets", "3"),
                Map.of());
        parameters.put("action", "checkin");
        parameters.put("score.assets", "5");

        servlet.doPost(request, response);

        verify(response).setStatus(HttpServletResponse.SC_BAD_REQUEST);
        assertTrue(written.toString(), Jsoup.parse(written.toString()).text()
                .contains("You have already checked in for this period."));
    }

    @Test
    public void aBadScoreKeepsWhatWasTypedWithTheProblemByItsField() throws Exception {
        parameters.put("action", "checkin");
        parameters.put("score.assets", "9");
        parameters.put("score.capabilities", "2");
        parameters.put("comment.assets", "Keep this comment");

        servlet.doPost(request, response);

        verify(response).setStatus(HttpServletResponse.SC_BAD_REQUEST);
        assertFalse(checkIns.hasResponded("u-amir", PAGE_ID, Frequency.QUARTERLY, TODAY));
        Document html = Jsoup.parse(written.toString());
        assertEquals("Keep this comment", html.selectFirst("textarea[name=comment.assets]").val());
        assertEquals("2", html.selectFirst("input[name=score.capabilities][checked]").val());
        assertTrue(html.selectFirst("#alongside-checkin-assets-problem").text()
                .contains("Taking an assets-based approach"));
        assertEquals("fresh-token", html.selectFirst("input[name=atl_token]").val());
    }

    @Test
    public void anExpiredCheckInFormKeepsTheAnswersAndSavesNothing() throws Exception {
        when(xsrfValidator.validateFormEncodedToken(request)).thenReturn(false);
        parameters.put("action", "checkin");
        parameters.put("score.assets", "4");

        servlet.doPost(request, response);

        assertFalse(checkIns.hasResponded("u-amir", PAGE_ID, Frequency.QUARTERLY, TODAY));
        Document html = Jsoup.parse(written.toString());
        assertEquals("4", html.selectFirst("input[name=score.assets][checked]").val());
        assertTrue(html.text().contains("This form had expired"));
    }
}
