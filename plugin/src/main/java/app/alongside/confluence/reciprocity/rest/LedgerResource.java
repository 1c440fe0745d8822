package app.alongside.confluence.reciprocity.rest;

import app.alongside.confluence.decision.rest.CsvWriter;
import app.alongside.confluence.reciprocity.LedgerAccess;
import app.alongside.confluence.security.AppPermissions;
import app.alongside.confluence.security.CurrentUser;
import app.alongside.confluence.security.ViewableSpaces;
import app.alongside.confluence.settings.rest.ErrorJson;
import app.alongside.perspective.SubjectKey;
import app.alongside.reciprocity.Ledger;
import app.alongside.reciprocity.LedgerActor;
import app.alongside.reciprocity.LedgerEntry;
import app.alongside.reciprocity.LedgerForms;
import app.alongside.reciprocity.LedgerQuery;
import app.alongside.reciprocity.Money;
import app.alongside.reciprocity.RecognitionForm;
import app.alongside.reciprocity.TimeForm;
import app.alongside.text.Messages;
import app.alongside.time.LenientDates;
import app.alongside.validation.Problem;
import app.alongside.validation.Validated;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /rest/alongside/1.0/ledger}: the reciprocity ledger. {@code GET mine} the caller's own entries;
 * facilitators {@code GET entries} (filters {@code space}, {@code from}, {@code to}, {@code person}),
 * {@code POST entries} (one or many people), {@code PUT entries/{id}/recognition}, {@code DELETE entries/{id}} and
 * {@code GET export.csv}; anyone who may view the spaces {@code GET totals}, suppressed below k people. Each call
 * checks who is asking first; changes are JSON only, so no form on another site can make them; answers are never
 * cached. Core audits every read of someone else's entries and every change.
 */
@Path("ledger")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class LedgerResource {

    /** The most entries one listing or export holds. */
    static final int MAX_ROWS = LedgerQuery.MAX_LIMIT;

    private final Ledger ledger;
    private final LedgerAccess access;
    private final AppPermissions permissions;
    private final CurrentUser currentUser;
    private final Messages messages;
    private final Clock clock;

    @Inject
    public LedgerResource(Ledger ledger, LedgerAccess access, AppPermissions permissions, CurrentUser currentUser,
                          Messages messages, Clock clock) {
        this.ledger = ledger;
        this.access = access;
        this.permissions = permissions;
        this.currentUser = currentUser;
        this.messages = messages;
        this.clock = clock;
    }

    @GET
    @Path("mine")
    public Response mine() {
        Optional<ConfluenceUser> user = currentUser.get();
        if (user.isEmpty()) {
            return loginFirst();
        }
        LedgerActor actor = access.actor(user.get());
        return ok(new LedgerJson.EntriesJson(ledger.own(actor).stream()
                .map(e -> LedgerJson.entry(e, false, access, messages)).toList()));
    }

    @GET
    @Path("entries")
    public Response entries(@QueryParam("space") List<String> spaces, @QueryParam("from") String from,
                            @QueryParam("to") String to, @QueryParam("person") String person,
                            @QueryParam("limit") String limit) {
        Optional<ConfluenceUser> user = currentUser.get();
        if (user.isEmpty()) {
            return loginFirst();
        }
        LedgerActor actor = access.actor(user.get());
        if (!actor.facilitator()) {
            return facilitatorsOnly();
        }
        Validated<LedgerQuery> query = query(user.get(), spaces, from, to, person, limit);
        if (!query.isValid()) {
            return problems(query.problems());
        }
        return ok(new LedgerJson.EntriesJson(ledger.entries(actor, query.get()).stream()
                .map(e -> LedgerJson.entry(e, true, access, messages)).toList()));
    }

    /**
     * Records time for one or more people: {@code {"space": "RC", "people": ["alex", "participant:4242"],
     * "date": "14/10/2026", "activity": "Interview panel", "time": "1.5 hours", "meetingPageId": "98304",
     * "type": "payment", "amount": "£15", "state": "owed", "paidOn": "", "mayAffectBenefits": false}}. 201 with the
     * entries; 400 naming each field that could not be used; nothing is recorded unless everything can be.
     */
    @POST
    @Path("entries")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response record(Map<String, Object> body) {
        Optional<ConfluenceUser> user = currentUser.get();
        if (user.isEmpty()) {
            return loginFirst();
        }
        LedgerActor actor = access.actor(user.get());
        if (!actor.facilitator()) {
            return facilitatorsOnly();
        }
        Map<String, Object> sent = body == null ? Map.of() : body;
        String space = text(sent, "space");
        if (space.isBlank() || permissions.viewableSpace(user, space.strip()).isEmpty()) {
            return status(Response.Status.NOT_FOUND, "alongside.ledger.rest.noSpace");
        }
        Validated<List<SubjectKey>> people = access.people(list(sent.get("people")), user.get());
        if (!people.isValid()) {
            // Nobody is recorded when anyone was not found; the rest of the form is checked too, to say it all at once.
            List<Problem> all = new ArrayList<>(people.problems());
            LocalDate today = LocalDate.now(clock);
            Validated<LedgerForms.TimeParts> time = LedgerForms.time(timeForm(sent), today);
            all.addAll(time.problems());
            all.addAll(LedgerForms.recognition(recognitionForm(sent),
                    time.value().map(LedgerForms.TimeParts::on).orElse(today), today).problems());
            return problems(all);
        }
        Validated<List<LedgerEntry>> recorded = ledger.record(actor, space.strip(), people.get(), timeForm(sent),
                recognitionForm(sent));
        if (!recorded.isValid()) {
            return problems(recorded.problems());
        }
        return Response.status(Response.Status.CREATED).type(MediaType.APPLICATION_JSON_TYPE).cacheControl(noStore())
                .header("X-Content-Type-Options", "nosniff")
                .entity(new LedgerJson.EntriesJson(recorded.get().stream()
                        .map(e -> LedgerJson.entry(e, true, access, messages)).toList())).build();
    }

    /** Changes what an entry's person got back: {@code {"type", "amount", "state", "paidOn", "mayAffectBenefits"}}. */
    @PUT
    @Path("entries/{id}/recognition")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response recognise(@PathParam("id") String id, Map<String, Object> body) {
        Optional<ConfluenceUser> user = currentUser.get();
        if (user.isEmpty()) {
            return loginFirst();
        }
        LedgerActor actor = access.actor(user.get());
        if (!actor.facilitator()) {
            return facilitatorsOnly();
        }
        Optional<Long> entryId = id(id);
        if (entryId.isEmpty()) {
            return status(Response.Status.NOT_FOUND, "alongside.ledger.error.notFound");
        }
        Validated<LedgerEntry> changed = ledger.recognise(actor, entryId.get(),
                recognitionForm(body == null ? Map.of() : body));
        if (!changed.isValid()) {
            return changed.problems().stream().anyMatch(p -> p.field().equals("id"))
                    ? status(Response.Status.NOT_FOUND, "alongside.ledger.error.notFound")
                    : problems(changed.problems());
        }
        return ok(LedgerJson.entry(changed.get(), true, access, messages));
    }

    @DELETE
    @Path("entries/{id}")
    public Response delete(@PathParam("id") String id) {
        Optional<ConfluenceUser> user = currentUser.get();
        if (user.isEmpty()) {
            return loginFirst();
        }
        LedgerActor actor = access.actor(user.get());
        if (!actor.facilitator()) {
            return facilitatorsOnly();
        }
        Optional<Long> entryId = id(id);
        if (entryId.isEmpty() || !ledger.delete(actor, entryId.get())) {
            return status(Response.Status.NOT_FOUND, "alongside.ledger.error.notFound");
        }
        return ok(new LedgerJson.DeletedJson(true));
    }

    /**
     * Totals for time given in the spaces (each {@code space} the caller may view; any other is not found) from/to
     * (default: the twelve months to today). Not shown below k people.
     */
    @GET
    @Path("totals")
    public Response totals(@QueryParam("space") List<String> spaces, @QueryParam("from") String from,
                           @QueryParam("to") String to) {
        Optional<ConfluenceUser> user = currentUser.get();
        if (user.isEmpty()) {
            return loginFirst();
        }
        List<String> asked = clean(spaces);
        if (asked.isEmpty()) {
            return problems(List.of(Problem.of("space", "alongside.ledger.rest.spaceNeeded")));
        }
        ViewableSpaces viewable = permissions.viewableSpaces(user, asked);
        if (!viewable.hiddenKeys().isEmpty()) {
            return status(Response.Status.NOT_FOUND, "alongside.ledger.rest.noSpace");
        }
        List<Problem> problems = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        LocalDate end = date(to, "to", problems).orElse(today);
        LocalDate start = date(from, "from", problems).orElse(end.minusYears(1).plusDays(1));
        if (problems.isEmpty() && start.isAfter(end)) {
            problems.add(Problem.of("from", "alongside.ledger.rest.period"));
        }
        if (!problems.isEmpty()) {
            return problems(problems);
        }
        return ok(LedgerJson.totals(ledger.totals(Set.copyOf(viewable.keys()), start, end), start.toString(),
                end.toString(), messages));
    }

    /** The entries a listing would give, as CSV for finance (facilitators only; audited as an export). */
    @GET
    @Path("export.csv")
    @Produces("text/csv")
    public Response export(@QueryParam("space") List<String> spaces, @QueryParam("from") String from,
                           @QueryParam("to") String to, @QueryParam("person") String person) {
        Optional<ConfluenceUser> user = currentUser.get();
        if (user.isEmpty()) {
            return loginFirst();
        }
        LedgerActor actor = access.actor(user.get());
        if (!actor.facilitator()) {
            return facilitatorsOnly();
        }
        Validated<LedgerQuery> query = query(user.get(), spaces, from, to, person, String.valueOf(MAX_ROWS));
        if (!query.isValid()) {
            return problems(query.problems());
        }
        List<LedgerEntry> entries = ledger.export(actor, query.get());
        List<List<String>> rows = new ArrayList<>();
        for (LedgerEntry entry : entries) {
            rows.add(csvRow(entry));
        }
        List<String> headings = List.of("id", "name", "person", "space", "date", "activity", "minutes", "hours",
                "type", "amount", "state", "paid_on", "may_affect_benefits", "meeting_page_id", "recorded_by");
        StreamingOutput body = output -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            CsvWriter out = new CsvWriter(writer);
            out.startFile();
            out.record(headings);
            for (List<String> row : rows) {
                out.record(row);
            }
            writer.flush();
        };
        return Response.ok(body, new MediaType("text", "csv", StandardCharsets.UTF_8.name()))
                .header("Content-Disposition", "attachment; filename=\"alongside-ledger-" + LocalDate.now(clock)
                        + ".csv\"")
                .header("X-Content-Type-Options", "nosniff").cacheControl(noStore()).build();
    }

    private List<String> csvRow(LedgerEntry entry) {
        var given = entry.given();
        var recognition = entry.recognition();
        return List.of(String.valueOf(entry.id()), access.name(given.subject()), given.subject().value(),
                given.spaceKey(), given.on().toString(), given.activity(), String.valueOf(given.minutes()),
                LedgerJson.hours(given.minutes()), recognition.type().code(), Money.plain(recognition.amountPence()),
                recognition.state().code(), recognition.paidOn().map(Object::toString).orElse(""),
                recognition.mayAffectBenefits() ? "yes" : "no",
                given.meetingPageId().isPresent() ? String.valueOf(given.meetingPageId().getAsLong()) : "",
                access.recorder(given.recordedBy()));
    }

    private Validated<LedgerQuery> query(ConfluenceUser user, List<String> spaces, String from, String to,
                                         String person, String limit) {
        List<Problem> problems = new ArrayList<>();
        List<String> asked = clean(spaces);
        for (String space : asked) {
            if (permissions.viewableSpace(Optional.of(user), space).isEmpty()) {
                problems.add(Problem.of("space", "alongside.ledger.rest.spaceUnknown", echo(space)));
            }
        }
        Optional<LocalDate> start = date(from, "from", problems);
        Optional<LocalDate> end = date(to, "to", problems);
        Optional<SubjectKey> who = Optional.empty();
        if (person != null && !person.isBlank()) {
            Validated<List<SubjectKey>> found = access.people(List.of(person), user);
            problems.addAll(found.problems());
            who = found.value().flatMap(list -> list.stream().findFirst());
        }
        int rows = MAX_ROWS;
        if (limit != null && !limit.isBlank()) {
            if (!limit.strip().matches("[1-9][0-9]{0,5}")) {
                problems.add(Problem.of("limit", "alongside.ledger.rest.limit", MAX_ROWS));
            } else {
                rows = Integer.parseInt(limit.strip());
            }
        }
        if (!problems.isEmpty()) {
            return Validated.invalid(problems);
        }
        return Validated.valid(new LedgerQuery(Set.copyOf(asked), start, end, who, rows));
    }

    private static Optional<LocalDate> date(String typed, String field, List<Problem> problems) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        Optional<LocalDate> date = LenientDates.parse(typed);
        if (date.isEmpty()) {
            problems.add(Problem.of(field, "alongside.ledger.error.date", echo(typed)));
        }
        return date;
    }

    private static TimeForm timeForm(Map<String, Object> body) {
        return new TimeForm(text(body, "date"), text(body, "activity"), text(body, "time"),
                text(body, "meetingPageId"));
    }

    private static RecognitionForm recognitionForm(Map<String, Object> body) {
        Object benefits = body.get("mayAffectBenefits");
        return new RecognitionForm(text(body, "type"), text(body, "amount"), text(body, "state"),
                text(body, "paidOn"), Boolean.TRUE.equals(benefits) || "true".equals(benefits));
    }

    /** A JSON value as text: strings as sent, numbers as written, nothing as empty. */
    private static String text(Map<String, Object> body, String name) {
        Object value = body.get(name);
        if (value == null || value instanceof Map || value instanceof Collection) {
            return "";
        }
        return String.valueOf(value);
    }

    private static List<String> list(Object value) {
        if (value instanceof Collection<?> values) {
            return values.stream().map(v -> v == null ? "" : String.valueOf(v)).toList();
        }
        return value == null ? List.of() : List.of(String.valueOf(value));
    }

    private static List<String> clean(List<String> values) {
        return values == null ? List.of()
                : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).distinct().toList();
    }

    private static Optional<Long> id(String id) {
        return id != null && id.matches("[1-9][0-9]{0,17}") ? Optional.of(Long.parseLong(id)) : Optional.empty();
    }

    private static String echo(String typed) {
        String text = String.valueOf(typed);
        return text.length() > 64 ? text.substring(0, 64) + "\u2026" : text;
    }

    private Response ok(Object entity) {
        return Response.ok(entity, MediaType.APPLICATION_JSON_TYPE).cacheControl(noStore())
                .header("X-Content-Type-Options", "nosniff").build();
    }

    private Response status(Response.Status status, String messageKey, Object... arguments) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).cacheControl(noStore())
                .entity(new ErrorJson(messages.text(messageKey, arguments), List.of())).build();
    }

    private Response problems(List<Problem> problems) {
        List<ErrorJson.FieldError> errors = problems.stream()
                .map(p -> new ErrorJson.FieldError(p.field(), messages.text(p.messageKey(), p.arguments().toArray())))
                .toList();
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                .cacheControl(noStore())
                .entity(new ErrorJson(messages.text("alongside.ledger.rest.refused"), errors)).build();
    }

    private Response loginFirst() {
        return status(Response.Status.UNAUTHORIZED, "alongside.ledger.rest.login");
    }

    private Response facilitatorsOnly() {
        return status(Response.Status.FORBIDDEN, "alongside.ledger.rest.facilitatorsOnly");
    }

    private static CacheControl noStore() {
        CacheControl cache = new CacheControl();
        cache.setNoStore(true);
        cache.setPrivate(true);
        return cache;
    }
}
