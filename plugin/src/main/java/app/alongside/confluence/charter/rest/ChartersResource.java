package app.alongside.confluence.charter.rest;

import app.alongside.charter.CommitmentEvaluator;
import app.alongside.charter.Evaluation;
import app.alongside.charter.checkin.CheckInResult;
import app.alongside.charter.checkin.CheckIns;
import app.alongside.charter.checkin.Trend;
import app.alongside.charter.signing.Signing;
import app.alongside.charter.signing.SigningStatus;
import app.alongside.charter.view.CharterViews;
import app.alongside.confluence.charter.web.CharterPages;
import app.alongside.confluence.security.AppPermissions;
import app.alongside.confluence.security.CurrentUser;
import app.alongside.confluence.settings.rest.ErrorJson;
import app.alongside.decision.register.PageVisibility;
import app.alongside.principle.Principle;
import app.alongside.settings.SettingsService;
import app.alongside.text.Messages;
import app.alongside.validation.Problem;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.user.UserKey;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /rest/alongside/1.0/charters/{pageId}}: a charter's evaluated commitments, signatures, status and check-in
 * trend ({@code GET}); sign and withdraw ({@code POST|DELETE .../signature}); submit and read check-ins
 * ({@code POST|GET .../checkins}). Who is asking is checked first (anonymous: 401), then that they may view the page
 * (otherwise 404, as if there were no charter). Changes are JSON only, so no form on another site can make them.
 */
@Path("charters/{pageId}")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class ChartersResource {

    private final CharterPages pages;
    private final CommitmentEvaluator evaluator;
    private final Signing signing;
    private final CheckIns checkIns;
    private final SettingsService settings;
    private final AppPermissions permissions;
    private final PageVisibility visibility;
    private final CurrentUser currentUser;
    private final UserAccessor userAccessor;
    private final Messages messages;
    private final Clock clock;

    @Inject
    public ChartersResource(CharterPages pages, CommitmentEvaluator evaluator, Signing signing, CheckIns checkIns,
                            SettingsService settings, AppPermissions permissions, PageVisibility visibility,
                            CurrentUser currentUser, UserAccessor userAccessor, Messages messages, Clock clock) {
        this.pages = pages;
        this.evaluator = evaluator;
        this.signing = signing;
        this.checkIns = checkIns;
        this.settings = settings;
        this.permissions = permissions;
        this.visibility = visibility;
        this.currentUser = currentUser;
        this.userAccessor = userAccessor;
        this.messages = messages;
        this.clock = clock;
    }

    @GET
    public Response charter(@PathParam("pageId") String pageId) {
        return withCharter(pageId, (user, charter) -> ok(state(user, charter)));
    }

    @POST
    @Path("signature")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response sign(@PathParam("pageId") String pageId, Map<String, Object> body) {
        return withCharter(pageId, (user, charter) -> {
            signing.sign(key(user.get()), charter.pageId(), charter.version());
            return ok(signingJson(charter, user));
        });
    }

    @DELETE
    @Path("signature")
    public Response withdraw(@PathParam("pageId") String pageId) {
        return withCharter(pageId, (user, charter) -> {
            signing.withdraw(key(user.get()), charter.pageId());
            return ok(signingJson(charter, user));
        });
    }

    @GET
    @Path("checkins")
    public Response trend(@PathParam("pageId") String pageId) {
        return withCharter(pageId, (user, charter) -> ok(trendJson(charter, user)));
    }

    /** {@code {"scores": {"assets": "4"}, "comments": {"assets": "..."}}}; 409 if already answered this period. */
    @POST
    @Path("checkins")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response checkIn(@PathParam("pageId") String pageId, Map<String, Object> body) {
        return withCharter(pageId, (user, charter) -> {
            if (charter.parsed().charter().framework().isEmpty()) {
                return error(Response.Status.BAD_REQUEST, "alongside.charter.checkin.noFramework");
            }
            CheckInResult result = checkIns.submit(key(user.get()), charter.pageId(), codes(charter),
                    charter.frequency(), LocalDate.now(clock), strings(body, "scores"), strings(body, "comments"));
            if (result.isValid()) {
                return ok(trendJson(charter, user));
            }
            List<Problem> problems = result.outcome().problems();
            boolean already = problems.stream().anyMatch(p -> p.messageKey().equals("alongside.checkin.error.already"));
            List<ErrorJson.FieldError> errors = problems.stream().map(p -> new ErrorJson.FieldError(p.field(),
                    messages.text(p.messageKey(), p.arguments().toArray()))).toList();
            return Response.status(already ? Response.Status.CONFLICT : Response.Status.BAD_REQUEST)
                    .type(MediaType.APPLICATION_JSON_TYPE).cacheControl(noStore())
                    .entity(new ErrorJson(messages.text("alongside.charter.rest.checkin.refused"), errors)).build();
        });
    }

    private CharterJson.CharterStateJson state(Optional<ConfluenceUser> user, CharterPages.CharterPage charter) {
        LocalDate today = LocalDate.now(clock);
        List<Evaluation> evaluations = evaluator.evaluate(charter.parsed().charter(),
                keys -> permissions.viewableSpaces(user, keys).keys(), visibility, today);
        List<CharterJson.CommitmentJson> commitments = new ArrayList<>();
        for (Evaluation e : evaluations) {
            commitments.add(new CharterJson.CommitmentJson(e.commitment().storedForm(),
                    messages.text(e.commitment().nameKey(), e.commitment().number().map(n -> new Object[]{
                            String.valueOf(n)}).orElse(new Object[0])),
                    e.state().name().toLowerCase(Locale.ROOT).replace('_', '-'), messages.text(e.state().nameKey()),
                    e.reasons().stream().map(r -> messages.text(r.messageKey(), r.arguments().toArray())).toList(),
                    e.evidence().stream().map(ev -> new CharterJson.EvidenceJson(
                            ev.decisionId().isPresent() ? ev.decisionId().getAsLong() : null, ev.pageId(), ev.title(), ev.date().map(LocalDate::toString).orElse(null), messages.text(ev.note())))
                            .toList()));
        }
        var c = charter.parsed().charter();
        boolean due = c.isReviewDue(today);
        return new CharterJson.CharterStateJson(charter.pageId(), charter.version(), c.group(),
                due && c.status() != app.alongside.charter.CharterStatus.UNDER_REVIEW ? "review-due"
                        : c.status().parameterValue(), due, c.reviewOn().map(LocalDate::toString).orElse(null),
                commitments, signingJson(charter, user), trendJson(charter, user));
    }

    private CharterJson.SigningJson signingJson(CharterPages.CharterPage charter, Optional<ConfluenceUser> user) {
        SigningStatus status = signing.status(charter.pageId(), charter.version(), user.map(ChartersResource::key));
        List<CharterJson.SignerJson> signers = status.signatures().stream()
                .map(s -> new CharterJson.SignerJson(name(s.userKey()), s.charterVersion(), s.current()))
                .sorted(Comparator.comparing(CharterJson.SignerJson::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
        return new CharterJson.SigningJson(status.viewer().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                messages.text(status.viewer().messageKey()), signers);
    }

    private CharterJson.TrendJson trendJson(CharterPages.CharterPage charter, Optional<ConfluenceUser> user) {
        int k = settings.effectiveFor(charter.spaceKey()).suppressionThreshold();
        Trend trend = checkIns.results(charter.pageId(), codes(charter), k);
        CharterViews views = new CharterViews(messages);
        List<CharterJson.PeriodJson> periods = new ArrayList<>();
        for (Trend.PeriodResult period : trend.periods()) {
            List<CharterJson.PrincipleJson> principles = new ArrayList<>();
            List<String> comments = new ArrayList<>();
            for (Trend.PrincipleResult p : period.principles()) {
                principles.add(new CharterJson.PrincipleJson(p.principleCode(),
                        views.principleName(charter.parsed().charter().framework(), p.principleCode()),
                        p.responses(), p.mean().map(m -> m.toPlainString()).orElse(null),
                        p.meanShown() ? null : messages.text(Trend.MEAN_NOT_SHOWN_KEY, String.valueOf(k))));
                comments.addAll(p.comments());
            }
            periods.add(new CharterJson.PeriodJson(period.period().code(), views.periodName(period.period()),
                    period.responses(), principles, comments));
        }
        boolean answered = user.isPresent() && checkIns.hasResponded(key(user.get()), charter.pageId(),
                charter.frequency(), LocalDate.now(clock));
        return new CharterJson.TrendJson(k, charter.frequency().parameterValue(), answered, periods);
    }

    private static List<String> codes(CharterPages.CharterPage charter) {
        return charter.parsed().charter().framework()
                .map(f -> f.principles().stream().map(Principle::id).toList()).orElse(List.of());
    }

    /** A JSON object of strings (numbers are accepted as their text); anything else is left out. */
    private static Map<String, String> strings(Map<String, Object> body, String name) {
        Map<String, String> out = new LinkedHashMap<>();
        if (body != null && body.get(name) instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                if (k != null && (v instanceof String || v instanceof Number)) {
                    out.put(String.valueOf(k), String.valueOf(v));
                }
            });
        }
        return out;
    }

    private String name(String userKey) {
        ConfluenceUser person = userAccessor.getUserByKey(new UserKey(userKey));
        if (person == null) {
            return messages.text("alongside.charter.signed.formerMember");
        }
        String full = person.getFullName();
        return full == null || full.isBlank() ? person.getName() : full;
    }

    private static long id(String raw) {
        return raw != null && raw.matches("[0-9]{1,18}") ? Long.parseLong(raw) : 0;
    }

    private static String key(ConfluenceUser user) {
        return user.getKey().getStringValue();
    }

    private Response ok(Object entity) {
        return Response.ok(entity, MediaType.APPLICATION_JSON_TYPE).cacheControl(noStore()).build();
    }

    private Response error(Response.Status status, String key) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).cacheControl(noStore())
                .entity(new ErrorJson(messages.text(key), List.of())).build();
    }

    private static CacheControl noStore() {
        CacheControl cache = new CacheControl();
        cache.setNoStore(true);
        cache.setPrivate(true);
        return cache;
    }

    /**
     * Asks who is calling (401 when nobody is logged in), finds the charter on a page they may view (404 otherwise),
     * then does {@code action}: every endpoint checks in this order.
     */
    private Response withCharter(String pageId,
                                 java.util.function.BiFunction<Optional<ConfluenceUser>, CharterPages.CharterPage,
                                         Response> action) {
        Optional<ConfluenceUser> user = currentUser.get();
        if (user.isEmpty()) {
            return error(Response.Status.UNAUTHORIZED, "alongside.charter.rest.login");
        }
        Optional<CharterPages.CharterPage> charter = pages.find(user, id(pageId));
        if (charter.isEmpty()) {
            return error(Response.Status.NOT_FOUND, "alongside.charter.web.notFound");
        }
        return action.apply(user, charter.get());
    }
}
