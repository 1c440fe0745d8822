package app.alongside.confluence.decision.macro;

import app.alongside.confluence.testing.AppRendering;
import app.alongside.confluence.web.CurrentRequest;
import app.alongside.decision.register.InMemoryDecisionIndex;
import app.alongside.participant.InMemoryParticipantIndex;
import app.alongside.participant.ParticipantSubjects;
import app.alongside.perspective.InMemoryPerspectiveStore;
import app.alongside.perspective.InvolvementTotals;
import app.alongside.settings.SettingsService;
import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.confluence.xhtml.api.XhtmlContent;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.web.context.HttpContext;
import jakarta.servlet.http.HttpServletRequest;
import org.jsoup.Jsoup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * What the decision macros' tests share: the real templates and words ({@link AppRendering}), mocked Confluence
 * services (users, the storage-to-view converter, the HTTP request) and a conversion context for a page in space RC.
 */
final class MacroFixture {

    /** Words that label people by role or health status: none may appear in anything the macros render. */
    static final List<String> PERSPECTIVE_WORDS = List.of("lived experience", "patient", "service user", "staff",
            "carer", "clinician", "peer worker", "practitioner", "diagnosis", "professional");

    final AppRendering rendering = new AppRendering();
    final UserAccessor userAccessor = mock(UserAccessor.class);
    final XhtmlContent xhtmlContent = mock(XhtmlContent.class);
    final HttpContext httpContext = mock(HttpContext.class);
    final CurrentRequest currentRequest = new CurrentRequest(httpContext);
    final ConversionContext context = mock(ConversionContext.class);
    /** Private perspectives (core's fake) and the real totals over them, for the decision card's totals lines. */
    final InMemoryPerspectiveStore perspectives = new InMemoryPerspectiveStore();
    final InMemoryDecisionIndex decisionIndex = new InMemoryDecisionIndex();
    final InMemoryParticipantIndex participantIndex = new InMemoryParticipantIndex();
    final InvolvementTotals totals = new InvolvementTotals(perspectives, new ParticipantSubjects(participantIndex),
            decisionIndex,
            new SettingsService(mock(app.alongside.settings.SettingsRepository.class)));

    /** Who may do what (real AppPermissions over mocked Confluence), and the card's ladder placement over core. */
    final app.alongside.confluence.testing.ConfluenceFixture confluence =
            new app.alongside.confluence.testing.ConfluenceFixture();
    final app.alongside.confluence.testing.SignalsFixture signals =
            new app.alongside.confluence.testing.SignalsFixture();

    app.alongside.confluence.signal.CardPlacements placements() {
        return signals.cardPlacements(confluence.permissions, confluence.currentUser, currentRequest, userAccessor,
                rendering.messages);
    }

    MacroFixture() {
        when(context.getSpaceKey()).thenReturn("RC");
        when(context.getOutputType()).thenReturn("display");
        when(context.getOutputDeviceType()).thenReturn("desktop");
        try {
            // Confluence renders storage to view HTML; for the outcome's plain paragraphs that is the storage itself.
            when(xhtmlContent.convertStorageToView(anyString(), any())).thenAnswer(call ->
                    "<div class=\"rendered-by-confluence\">" + call.getArgument(0) + "</div>");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        request("/confluence", "/confluence/display/RC/Meeting+notes", Map.of());
    }

    ConfluenceUser user(String key, String username, String fullName) {
        ConfluenceUser user = mock(ConfluenceUser.class);
        when(user.getKey()).thenReturn(new UserKey(key));
        when(user.getName()).thenReturn(username);
        when(user.getFullName()).thenReturn(fullName);
        when(userAccessor.getUserByKey(new UserKey(key))).thenReturn(user);
        when(userAccessor.getUserByName(username)).thenReturn(user);
        return user;
    }

    /** The page being viewed, with its query parameters (in order). */
    HttpServletRequest request(String contextPath, String uri, Map<String, String> parameters) {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getContextPath()).thenReturn(contextPath);
        when(request.getRequestURI()).thenReturn(uri);
        Map<String, String[]> map = new LinkedHashMap<>();
        parameters.forEach((name, value) -> map.put(name, new String[] {value}));
        when(request.getParameterMap()).thenReturn(map);
        when(request.getParameterValues(anyString())).thenAnswer(call -> map.get(call.<String>getArgument(0)));
        when(request.getParameter(anyString())).thenAnswer(call -> {
            String[] values = map.get(call.<String>getArgument(0));
            return values == null ? null : values[0];
        });
        when(httpContext.getRequest()).thenReturn(request);
        return request;
    }

    void noRequest() {
        when(httpContext.getRequest()).thenReturn(null);
    }

    /** The text a person reads, whitespace collapsed. */
    static String text(String html) {
        return Jsoup.parse(html).text();
    }

    /**
     * Perspective words in what a person reads, outside the totals lines' fixed wording ("Lived experience: 3 of 7
     * people"), which is the one place a perspective may be named, and never next to a name.
     */
    static List<String> perspectiveWordsIn(String html) {
        org.jsoup.nodes.Document document = Jsoup.parse(html);
        document.select(".alongside-totals").remove();
        // The ladder placement's fixed wording about the shown totals: never a link or a name inside it.
        for (org.jsoup.nodes.Element aggregate : document.select(".alongside-aggregate")) {
            if (!aggregate.select("a").isEmpty()) {
                throw new AssertionError("an aggregate holds a link: " + aggregate.outerHtml());
            }
        }
        document.select(".alongside-aggregate").remove();
        String text = document.text().toLowerCase(Locale.ROOT);
        return PERSPECTIVE_WORDS.stream().filter(text::contains).toList();
    }

    /** Text made safe inside storage format (XML). */
    static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
