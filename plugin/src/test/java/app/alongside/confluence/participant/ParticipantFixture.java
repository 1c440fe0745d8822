package app.alongside.confluence.participant;

import app.alongside.confluence.participant.macro.TakingPart;
import app.alongside.confluence.testing.AppRendering;
import app.alongside.confluence.testing.ConfluenceFixture;
import app.alongside.confluence.web.CurrentRequest;
import app.alongside.decision.Decision;
import app.alongside.decision.DecisionStatus;
import app.alongside.decision.Stage;
import app.alongside.decision.register.InMemoryDecisionIndex;
import app.alongside.decision.register.IndexedPage;
import app.alongside.decision.register.PageVisibility;
import app.alongside.participant.InMemoryParticipantIndex;
import app.alongside.participant.ParticipantDirectory;
import app.alongside.participant.ParticipantProfile;
import app.alongside.people.PersonRef;
import app.alongside.perspective.DeclarationForm;
import app.alongside.perspective.InMemoryAuditLog;
import app.alongside.perspective.InMemoryPerspectiveStore;
import app.alongside.perspective.PerspectiveService;
import app.alongside.perspective.SubjectKey;
import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.confluence.xhtml.api.XhtmlContent;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.web.context.HttpContext;
import jakarta.servlet.http.HttpServletRequest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * What the participant features' adapter tests share: the real templates and words, core's real services over its
 * in-memory fakes (decision index, participant index, private perspectives), mocked Confluence services (users,
 * spaces and permissions through {@link ConfluenceFixture}, the storage renderer, the HTTP request) and pages the
 * viewer may or may not see.
 */
public final class ParticipantFixture {

    /** Every perspective's code and English name, and the other words that would label a person by role. */
    public static final List<String> PERSPECTIVE_WORDS = List.of("lived-experience", "carer-or-family",
            "peer-worker", "staff-or-practitioner", "community-partner", "prefer-not-to-say", "lived experience",
            "carer", "family", "peer worker", "staff", "practitioner", "community partner", "prefer not to say",
            "patient", "service user", "clinician", "diagnosis", "professional");

    public final ConfluenceFixture confluence;
    public final AppRendering rendering = new AppRendering();
    public final UserAccessor userAccessor = mock(UserAccessor.class);
    public final XhtmlContent xhtmlContent = mock(XhtmlContent.class);
    public final HttpContext httpContext = mock(HttpContext.class);
    public final CurrentRequest currentRequest = new CurrentRequest(httpContext);
    public final InMemoryDecisionIndex decisions = new InMemoryDecisionIndex();
    public final InMemoryParticipantIndex participants = new InMemoryParticipantIndex();
    public final InMemoryPerspectiveStore perspectiveStore = new InMemoryPerspectiveStore();
    public final PerspectiveService perspectives = new PerspectiveService(perspectiveStore, new InMemoryAuditLog(),
            Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC));
    /** Pages the viewer may not see (restricted, say); every other page is visible. */
    public final Set<Long> hiddenPages = new HashSet<>();
    public final PageVisibility visibility = ids -> {
        Set<Long> visible = new HashSet<>(ids);
        visible.removeAll(hiddenPages);
        return visible;
    };
    public final TakingPart takingPart;
    public final ParticipantDirectory directory = new ParticipantDirectory(participants);
    public final Space rc;
    public final Space peer;

    public ParticipantFixture(ConfluenceFixture confluence) {
        this.confluence = confluence;
        this.takingPart = new TakingPart(decisions, visibility, confluence.permissions, confluence.currentUser,
                perspectives);
        rc = confluence.space("RC", "Recovery College");
        peer = confluence.space("PEER", "Peer support");
        try {
            when(xhtmlContent.convertStorageToView(anyString(), any())).thenAnswer(call ->
                    "<div class=\"rendered-by-confluence\">" + call.getArgument(0) + "</div>");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        request("/confluence", "/confluence/display/RC/Priya+Shah", Map.of());
    }

    /** A user Confluence knows by key and username. */
    public ConfluenceUser user(String key, String username, String fullName) {
        ConfluenceUser user = mock(ConfluenceUser.class);
        when(user.getKey()).thenReturn(new UserKey(key));
        when(user.getName()).thenReturn(username);
        when(user.getFullName()).thenReturn(fullName);
        when(userAccessor.getUserByKey(new UserKey(key))).thenReturn(user);
        when(userAccessor.getUserByName(username)).thenReturn(user);
        return user;
    }

    /** A saved page in a space, as Confluence hands it to a macro through the conversion context. */
    public static Page page(long id, Space space, String title, String body) {
        Page page = new Page() {
            @Override
            public long getId() {
                return id;
            }

            @Override
            public String getTitle() {
                return title;
            }

            @Override
            public Space getSpace() {
                return space;
            }

            @Override
            public String getBodyAsString() {
                String set = super.getBodyAsString();
                return set.isEmpty() ? body : set;
            }
        };
        return page;
    }

    /** The conversion context of a page being viewed ({@code display}) or exported ({@code pdf}). */
    public ConversionContext context(Page page, String outputType) {
        String spaceKey = page == null ? "RC" : page.getSpaceKey();
        ConversionContext context = mock(ConversionContext.class);
        when(context.getEntity()).thenReturn(page);
        when(context.getSpaceKey()).thenReturn(spaceKey);
        when(context.getOutputType()).thenReturn(outputType);
        when(context.getOutputDeviceType()).thenReturn("desktop");
        return context;
    }

    /** The page being viewed, with its query parameters (in order). */
    public HttpServletRequest request(String contextPath, String uri, Map<String, String> parameters) {
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

    /** A decision on its own page, decided on {@code day}, with these people at the deciding stage. */
    public void decision(long pageId, String spaceKey, String title, LocalDate day, PersonRef... people) {
        decisions.replacePage(new IndexedPage(pageId, spaceKey, "Meeting " + pageId, IndexedPage.ContentType.PAGE,
                List.of()), List.of(new Decision("d" + pageId, title, DecisionStatus.DECIDED, Optional.empty(),
                Optional.of(day), Optional.empty(), Optional.empty(), "", "", Map.of(Stage.DECIDING, List.of(people)),
                List.of())));
    }

    /** A person declares their own perspective, with consent; {@code ownWords} shown on their page if they say so. */
    public void declare(String userKey, String code, String ownWords, boolean showOnPage) {
        perspectives.declareOwn(userKey, DeclarationForm.own(List.of(code), true, ownWords, showOnPage)).get();
    }

    /** A facilitator records the perspective of someone without an account, with a note of their consent. */
    public void declareFor(SubjectKey subject, String code, String ownWords, boolean showOnPage) {
        perspectives.declareOnBehalf("u-fran", subject, new DeclarationForm(List.of(code), true, ownWords, showOnPage,
                "them", "2026-11-01", "in person")).get();
    }

    /** A participant page in the directory's index. */
    public void indexed(long pageId, String spaceKey, ParticipantProfile profile) {
        participants.add(pageId, spaceKey, profile.name(), profile);
    }

    /** The text a person reads, whitespace collapsed. */
    public static String text(String html) {
        return Jsoup.parse(html).text();
    }

    /**
     * Every perspective word anywhere in the output (text, attributes, links), except inside the totals lines'
     * fixed wording, the one place a perspective is named, never next to a name.
     */
    public static List<String> perspectiveWordsIn(String html) {
        Document document = Jsoup.parse(html);
        document.select(".alongside-totals").remove();
        String everything = document.outerHtml().toLowerCase(Locale.ROOT);
        return PERSPECTIVE_WORDS.stream().filter(everything::contains).toList();
    }

    /** Text made safe inside storage format (XML). */
    public static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
