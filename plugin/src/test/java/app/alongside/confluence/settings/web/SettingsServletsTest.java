package app.alongside.confluence.settings.web;

import app.alongside.confluence.ladder.PlacementRefresh;

import app.alongside.confluence.settings.persistence.AoSettingsRepository;
import app.alongside.confluence.settings.persistence.SettingsEntity;
import app.alongside.confluence.testing.AppRendering;
import app.alongside.confluence.testing.ConfluenceFixture;
import app.alongside.confluence.testing.HtmlInertness;
import app.alongside.settings.SettingsService;
import app.alongside.testsupport.ao.ActiveObjectsRule;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The site and space settings screens: refusals, the form, saving, and keeping what was typed on errors. */
public class SettingsServletsTest {

    @ClassRule
    @Rule
    public static final ActiveObjectsRule AO = ActiveObjectsRule.forEntities(SettingsEntity.class);

    @Rule
    public final ConfluenceFixture confluence = new ConfluenceFixture();

    private final SettingsService settings = new SettingsService(new AoSettingsRepository(AO.activeObjects()));
    private final XsrfTokenAccessor tokens = mock(XsrfTokenAccessor.class);
    private final XsrfTokenValidator validator = mock(XsrfTokenValidator.class);
    private final AppRendering rendering = new AppRendering();
    private final SettingsPages pages = new SettingsPages(rendering.templates, rendering.messages, tokens, validator);
    private final PlacementRefresh placements = mock(PlacementRefresh.class);
    private final GlobalSettingsServlet global =
            new GlobalSettingsServlet(settings, pages, confluence.permissions, confluence.currentUser, placements);
    private final SpaceSettingsServlet space =
            new SpaceSettingsServlet(settings, pages, confluence.permissions, confluence.currentUser, placements);

    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final StringWriter written = new StringWriter();

    @Before
    public void setUp() throws Exception {
        when(response.getWriter()).thenReturn(new PrintWriter(written));
        when(request.getContextPath()).thenReturn("/confluence");
        when(tokens.getXsrfToken(any(), any(), anyBoolean())).thenReturn("token-123");
        when(validator.getXsrfParameterName()).thenReturn("atl_token");
    }

    @Test
    public void anonymousVisitorIsAskedToLogIn() throws Exception {
        global.doGet(request, response);

        verify(response).setStatus(401);
        assertTrue(page().text().contains("Please log in to change Alongside settings."));
    }

    @Test
    public void memberIsToldOnlyAdministratorsMayChangeSiteSettings() throws Exception {
        confluence.logIn(confluence.user("alex"));

        global.doGet(request, response);

        verify(response).setStatus(403);
        assertTrue(page().text().contains("Only Confluence administrators can change"));
    }

    @Test
    public void adminSeesTheFormWithCurrentValuesLabelsHelpAndXsrfToken() throws Exception {
        confluence.logIn(confluence.confluenceAdmin("admin"));

        global.doGet(request, response);

        Document page = page();
        assertEquals("3", page.getElementById("alongside-suppressionThreshold").val());
        assertEquals("1/3", page.getElementById("alongside-parityFraction").val());
        assertEquals("Suppression threshold (k)", page.select("label[for=alongside-suppressionThreshold]").text());
        assertEquals("token-123", page.select("input[name=atl_token]").val());
        assertEquals("/confluence/plugins/servlet/alongside/admin/settings", page.select("form").attr("action"));
        assertEquals("atl.admin", page.select("meta[name=decorator]").attr("content"));
        assertEquals("alongside-suppressionThreshold-help",
                page.getElementById("alongside-suppressionThreshold").attr("aria-describedby"));
        assertTrue(rendering.pageBuilder.required.contains(SettingsPages.WEB_RESOURCE));
    }

    @Test
    public void validPostSavesAndRedirectsSoARefreshDoesNotResubmit() throws Exception {
        confluence.logIn(confluence.confluenceAdmin("admin"));
        post("6", "1/2", true);

        global.doPost(request, response);

        verify(response).sendRedirect("/confluence/plugins/servlet/alongside/admin/settings?saved=true");
        assertEquals(6, settings.global().suppressionThreshold());
        verify(placements).settingsChanged(java.util.Optional.empty());
    }

    @Test
    public void invalidPostKeepsWhatWasTypedAndMarksTheFields() throws Exception {
        confluence.logIn(confluence.confluenceAdmin("admin"));
        post("many", "1/3", true);

        global.doPost(request, response);

        verify(response).setStatus(400);
        Document page = page();
        assertEquals("many", page.getElementById("alongside-suppressionThreshold").val());
        assertEquals("true", page.getElementById("alongside-suppressionThreshold").attr("aria-invalid"));
        assertTrue(page.getElementById("alongside-suppressionThreshold-error").text().contains("\u201cmany\u201d is not a whole number"));
        assertEquals("alert", page.select(".alongside-settings__errors").attr("role"));
        assertEquals(3, settings.global().suppressionThreshold());
    }

    @Test
    public void postWithoutAValidXsrfTokenSavesNothingButKeepsTheInput() throws Exception {
        confluence.logIn(confluence.confluenceAdmin("admin"));
        post("9", "1/2", false);

        global.doPost(request, response);

        verify(response, never()).sendRedirect(any());
        assertEquals("9", page().getElementById("alongside-suppressionThreshold").val());
        assertTrue(page().text().contains("Your session check has expired, so nothing was saved."));
        assertEquals(3, settings.global().suppressionThreshold());
    }

    @Test
    public void hostileInputIsShownBackInert() throws Exception {
        confluence.logIn(confluence.confluenceAdmin("admin"));
        post("\"><script>alert(1)</script>", "<img src=x onerror=alert(1)>", true);

        global.doPost(request, response);

        assertEquals(List.of(), HtmlInertness.activeContent(written.toString()));
        assertEquals("\"><script>alert(1)</script>", page().getElementById("alongside-suppressionThreshold").val());
    }

    @Test
    public void spaceAdminSeesTheSitesValuesBesideBlankFields() throws Exception {
        ConfluenceUser sam = confluence.user("sam");
        Space rc = confluence.space("RC", "Recovery College");
        confluence.makeSpaceAdmin(sam, rc);
        confluence.logIn(sam);
        when(request.getParameter("key")).thenReturn("RC");

        space.doGet(request, response);

        Document page = page();
        assertEquals("Alongside settings for Recovery College", page.select("h1").text());
        assertEquals("", page.getElementById("alongside-suppressionThreshold").val());
        assertTrue(page.text().contains("Site-wide value: 3"));
        assertTrue(page.text().contains("Site-wide value: 1/3"));
        assertEquals("/confluence/plugins/servlet/alongside/space-settings?key=RC", page.select("form").attr("action"));
    }

    @Test
    public void spaceAdminSavesAStricterThreshold() throws Exception {
        ConfluenceUser sam = confluence.user("sam");
        Space rc = confluence.space("RC", "Recovery College");
        confluence.makeSpaceAdmin(sam, rc);
        confluence.logIn(sam);
        when(request.getParameter("key")).thenReturn("RC");
        post("5", "", true);

        space.doPost(request, response);

        verify(response).sendRedirect("/confluence/plugins/servlet/alongside/space-settings?key=RC&saved=true");
        assertEquals(5, settings.effectiveFor("RC").suppressionThreshold());
        verify(placements).settingsChanged(java.util.Optional.of("RC"));
    }

    @Test
    public void unknownOrMissingSpaceKeyGetsAFriendlyNotFound() throws Exception {
        confluence.logIn(confluence.confluenceAdmin("admin"));
        when(request.getParameter("key")).thenReturn("NOPE");

        space.doGet(request, response);

        verify(response).setStatus(404);
        assertTrue(page().text().contains("There is no space with the key \u201cNOPE\u201d"));
    }

    @Test
    public void memberWhoIsNotASpaceAdminIsRefused() throws Exception {
        confluence.space("RC", "Recovery College");
        confluence.logIn(confluence.user("alex"));
        when(request.getParameter("key")).thenReturn("RC");

        space.doPost(request, response);

        verify(response).setStatus(403);
        assertTrue(settings.overrideFor("RC").inheritsEverything());
    }

    private void post(String threshold, String parity, boolean validToken) {
        when(request.getParameter("suppressionThreshold")).thenReturn(threshold);
        when(request.getParameter("parityFraction")).thenReturn(parity);
        when(validator.validateFormEncodedToken(request)).thenReturn(validToken);
    }

    private Document page() {
        return Jsoup.parse(written.toString());
    }
}
