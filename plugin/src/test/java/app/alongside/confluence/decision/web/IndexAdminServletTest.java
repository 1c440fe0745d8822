package app.alongside.confluence.decision.web;

import app.alongside.confluence.settings.web.SettingsPages;
import app.alongside.confluence.testing.AppRendering;
import app.alongside.confluence.testing.ConfluenceFixture;
import app.alongside.decision.register.IndexRebuild;
import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The decision index screen: who may use it, what it says about the last rebuild, and starting one. */
public class IndexAdminServletTest {

    @Rule
    public final ConfluenceFixture confluence = new ConfluenceFixture();

    private final FakeRebuild rebuild = new FakeRebuild();
    private final AppRendering rendering = new AppRendering();
    private final XsrfTokenAccessor tokens = mock(XsrfTokenAccessor.class);
    private final XsrfTokenValidator validator = mock(XsrfTokenValidator.class);
    private final IndexAdminServlet servlet = new IndexAdminServlet(rebuild, confluence.permissions,
            confluence.currentUser, rendering.templates, rendering.messages,
            new SettingsPages(rendering.templates, rendering.messages, tokens, validator), tokens, validator);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final StringWriter written = new StringWriter();

    @Before
    public void setUp() throws Exception {
        when(response.getWriter()).thenReturn(new PrintWriter(written));
        when(request.getContextPath()).thenReturn("/confluence");
        when(tokens.getXsrfToken(any(), any(), anyBoolean())).thenReturn("token-1");
        when(validator.getXsrfParameterName()).thenReturn("atl_token");
    }

    @Test
    public void memberIsRefusedAndNothingStarts() throws Exception {
        confluence.logIn(confluence.user("alex"));
        when(validator.validateFormEncodedToken(request)).thenReturn(true);

        servlet.doPost(request, response);

        verify(response).setStatus(403);
        assertTrue(rebuild.started.isEmpty());
    }

    @Test
    public void adminSeesThatTheIndexWasNeverRebuiltAndTheButton() throws Exception {
        confluence.logIn(confluence.confluenceAdmin("admin"));

        servlet.doGet(request, response);

        Document page = Jsoup.parse(written.toString());
        assertTrue(page.select("h2").text().contains("has never been rebuilt"));
        assertEquals("Rebuild the decision index", page.select("button").text());
        assertEquals("token-1", page.select("input[name=atl_token]").val());
        assertTrue(page.select("button").attr("disabled").isEmpty() && !page.select("button").hasAttr("disabled"));
    }

    @Test
    public void adminStartsARebuildAndIsSentBackToFollowIt() throws Exception {
        confluence.logIn(confluence.confluenceAdmin("admin"));
        when(validator.validateFormEncodedToken(request)).thenReturn(true);

        servlet.doPost(request, response);

        assertEquals(List.of("key-admin"), rebuild.started);
        verify(response).sendRedirect("/confluence/plugins/servlet/alongside/admin/decision-index?result=started");
    }

    @Test
    public void runningRebuildShowsProgressAndDisablesTheButton() throws Exception {
        confluence.logIn(confluence.confluenceAdmin("admin"));
        rebuild.progress = new IndexRebuild.Progress(IndexRebuild.State.RUNNING, IndexRebuild.Scope.everything(),
                120, 400, 37, 1, Optional.of(Instant.parse("2026-11-29T10:15:00Z")), Optional.empty());

        servlet.doGet(request, response);

        Document page = Jsoup.parse(written.toString());
        assertTrue(page.text().contains("120 of 400 pages read; 37 decisions indexed; 1 pages could not be read"));
        assertTrue(page.select("button").hasAttr("disabled"));
    }

    @Test
    public void postWithoutAValidTokenStartsNothing() throws Exception {
        confluence.logIn(confluence.confluenceAdmin("admin"));
        when(validator.validateFormEncodedToken(request)).thenReturn(false);

        servlet.doPost(request, response);

        assertTrue(rebuild.started.isEmpty());
        verify(response, never()).sendRedirect(any());
        assertTrue(written.toString().contains("nothing was saved"));
    }

    private static final class FakeRebuild implements IndexRebuild {
        final List<String> started = new ArrayList<>();
        Progress progress = Progress.neverRun();

        @Override
        public StartResult start(Scope scope, String requestedBy) {
            started.add(requestedBy);
            return new Started(progress);
        }

        @Override
        public Progress status() {
            return progress;
        }
    }
}
