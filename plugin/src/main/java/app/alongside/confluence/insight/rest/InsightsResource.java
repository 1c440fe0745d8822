package app.alongside.confluence.insight.rest;

import app.alongside.charter.Evaluation;
import app.alongside.confluence.security.AppPermissions;
import app.alongside.confluence.security.CurrentUser;
import app.alongside.confluence.settings.rest.ErrorJson;
import app.alongside.decision.register.PageVisibility;
import app.alongside.insight.Insights;
import app.alongside.insight.InsightsFigures;
import app.alongside.insight.InsightsQuery;
import app.alongside.ladder.LadderRung;
import app.alongside.reciprocity.ReciprocityTotals;
import app.alongside.settings.SpaceKeys;
import app.alongside.text.Messages;
import app.alongside.time.LenientDates;
import app.alongside.validation.Problem;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /rest/alongside/1.0/insights?space=A&space=B&from=2026-01-01&to=2026-12-31}: the insights figures as JSON
 * ({@link InsightsJson}). Checks who is asking first (401 for an anonymous caller), refuses bad spaces, dates or
 * periods with a message per parameter (400), and leaves out the spaces and pages the caller may not view (named in
 * {@code spacesLeftOut} for spaces; pages silently, as the register does). Read only.
 */
@Path("insights")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class InsightsResource {

    static final String SPACE = "space";
    static final String FROM = "from";
    static final String TO = "to";
    private static final int MAX_ECHO = 80;

    private final Insights insights;
    private final PageVisibility visibility;
    private final AppPermissions permissions;
    private final CurrentUser currentUser;
    private final Messages messages;
    private final Clock clock;

    @Inject
    public InsightsResource(Insights insights, PageVisibility visibility, AppPermissions permissions,
                            CurrentUser currentUser, Messages messages, Clock clock) {
        this.insights = insights;
        this.visibility = visibility;
        this.permissions = permissions;
        this.currentUser = currentUser;
        this.messages = messages;
        this.clock = clock;
    }

    @GET
    public Response figures(@QueryParam(SPACE) List<String> spaces, @QueryParam(FROM) String from,
                            @QueryParam(TO) String to) {
        Optional<ConfluenceUser> user = currentUser.get();
        if (user.isEmpty()) {
            return error(Response.Status.UNAUTHORIZED, "alongside.insights.rest.error.login", List.of());
        }
        List<Problem> problems = new ArrayList<>();
        Set<String> spaceKeys = spaceKeys(spaces, problems);
        Optional<LocalDate> start = date(FROM, from, problems);
        Optional<LocalDate> end = date(TO, to, problems);
        if (start.isPresent() && end.isPresent()) {
            if (end.get().isBefore(start.get())) {
                problems.add(Problem.of(TO, "alongside.insights.rest.error.period.order"));
            } else if (YearMonth.from(start.get()).plusMonths(InsightsQuery.MAX_MONTHS)
                    .isBefore(YearMonth.from(end.get()).plusMonths(1))) {
                problems.add(Problem.of(TO, "alongside.insights.rest.error.period.long", InsightsQuery.MAX_MONTHS));
            }
        }
        if (!problems.isEmpty()) {
            return error(Response.Status.BAD_REQUEST, "alongside.rest.error.parameters", problems);
        }
        InsightsQuery query = new InsightsQuery(spaceKeys, start.get(), end.get());
        InsightsFigures figures = insights.figures(query, keys -> permissions.viewableSpaces(user, keys).keys(),
                visibility, LocalDate.now(clock));
        return Response.ok(json(figures), MediaType.APPLICATION_JSON_TYPE).cacheControl(noStore())
                .header("X-Content-Type-Options", "nosniff").build();
    }

    private static Set<String> spaceKeys(List<String> raw, List<Problem> problems) {
        List<String> requested = raw == null ? List.of() : raw.stream().filter(v -> v != null)
                .flatMap(v -> Arrays.stream(v.split(",", -1))).map(String::strip).filter(v -> !v.isEmpty())
                .distinct().toList();
        if (requested.isEmpty()) {
            problems.add(Problem.of(SPACE, "alongside.insights.rest.error.space.missing"));
            return Set.of();
        }
        if (requested.size() > InsightsQuery.MAX_SPACES) {
            problems.add(Problem.of(SPACE, "alongside.insights.rest.error.space.tooMany", InsightsQuery.MAX_SPACES));
            return Set.of();
        }
        Set<String> keys = new LinkedHashSet<>();
        for (String key : requested) {
            if (SpaceKeys.isValid(key)) {
                keys.add(key);
            } else {
                problems.add(Problem.of(SPACE, "alongside.insights.rest.error.space.invalid", echo(key)));
            }
        }
        return keys;
    }

    private static Optional<LocalDate> date(String name, String raw, List<Problem> problems) {
        if (raw == null || raw.isBlank()) {
            problems.add(Problem.of(name, "alongside.insights.rest.error.date.missing"));
            return Optional.empty();
        }
        Optional<LocalDate> date = raw.length() > 60 ? Optional.empty() : LenientDates.parse(raw);
        if (date.isEmpty()) {
            problems.add(Problem.of(name, "alongside.rest.error.date.invalid", echo(raw)));
        }
        return date;
    }

    private InsightsJson json(InsightsFigures figures) {
        List<InsightsJson.MonthJson> months = new ArrayList<>();
        for (InsightsFigures.MonthRungs month : figures.byMonth()) {
            Map<String, Integer> rungs = new LinkedHashMap<>();
            month.byRung().forEach((rung, n) -> rungs.put(rung.parameterValue(), n));
            Map<String, Integer> bands = new LinkedHashMap<>();
            for (LadderRung.Band band : LadderRung.Band.values()) {
                bands.put(band.name().toLowerCase(Locale.ROOT).replace('_', '-'), month.inBand(band));
            }
            months.add(new InsightsJson.MonthJson(month.month().toString(), month.total(), rungs, bands));
        }
        List<InsightsJson.StageJson> stages = figures.byStage().stream().map(s -> new InsightsJson.StageJson(
                s.stage().parameterValue(), messages.text(s.stage().nameKey()), s.withLivedExperience(), s.without(),
                s.notShown(), s.nobodyRecorded())).toList();
        InsightsFigures.OpenLoops loops = figures.openLoops();
        List<InsightsJson.SignalJson> signals = figures.signals().stream().map(t -> new InsightsJson.SignalJson(
                t.kind().code(), messages.text(t.kind().nameKey()), t.raised(), t.acknowledged())).toList();
        List<InsightsJson.CharterJson> charters = figures.charters().stream().map(c -> new InsightsJson.CharterJson(
                c.pageId(), c.title(), c.evaluations().stream().map(this::commitment).toList())).toList();
        return new InsightsJson(List.copyOf(figures.query().spaceKeys()), figures.spacesLeftOut(),
                figures.query().from().toString(), figures.query().to().toString(), figures.decisions(),
                figures.partlyKnown(), months, stages, new InsightsJson.OpenLoopsJson(loops.within30Days(),
                loops.within90Days(), loops.within180Days(), loops.older(), loops.total(),
                loops.oldestDays().orElse(null)), signals, charters, reciprocity(figures.reciprocity()));
    }

    private InsightsJson.CommitmentJson commitment(Evaluation evaluation) {
        return new InsightsJson.CommitmentJson(evaluation.commitment().storedForm(),
                messages.text(evaluation.commitment().nameKey(), evaluation.commitment().number()
                        .map(n -> new Object[]{String.valueOf(n)}).orElse(new Object[0])),
                evaluation.state().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                messages.text(evaluation.state().nameKey()));
    }

    private InsightsJson.ReciprocityJson reciprocity(ReciprocityTotals totals) {
        if (totals instanceof ReciprocityTotals.Shown s) {
            return new InsightsJson.ReciprocityJson(true, s.people(), s.contributions(), s.minutes(), s.paidPence(),
                    s.owedPence(), s.declined(), s.medianDaysToPay().isPresent() ? s.medianDaysToPay().getAsInt()
                    : null, null, null);
        }
        int k = ((ReciprocityTotals.NotShown) totals).threshold();
        return new InsightsJson.ReciprocityJson(false, null, null, null, null, null, null, null, k,
                messages.text("alongside.insights.reciprocity.notShown", k));
    }

    private Response error(Response.Status status, String messageKey, List<Problem> problems) {
        List<ErrorJson.FieldError> errors = problems.stream().map(p -> new ErrorJson.FieldError(p.field(),
                messages.text(p.messageKey(), p.arguments().toArray()))).toList();
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).cacheControl(noStore())
                .entity(new ErrorJson(messages.text(messageKey), errors)).build();
    }

    private static String echo(String raw) {
        String value = raw.strip().replaceAll("\\p{Cntrl}", " ");
        return value.length() > MAX_ECHO ? value.substring(0, MAX_ECHO) + "\u2026" : value;
    }

    private static CacheControl noStore() {
        CacheControl cache = new CacheControl();
        cache.setNoStore(true);
        cache.setPrivate(true);
        return cache;
    }
}
