package app.alongside.confluence.perspective.rest;

import app.alongside.confluence.perspective.web.PrivacyPeople;
import app.alongside.confluence.security.AppPermissions;
import app.alongside.confluence.security.CurrentUser;
import app.alongside.perspective.AuditEntry;
import app.alongside.perspective.PerspectiveService;
import app.alongside.perspective.RetentionResult;
import app.alongside.reciprocity.Ledger;
import app.alongside.text.Messages;
import app.alongside.validation.Problem;
import app.alongside.validation.Validated;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /rest/alongside/1.0/admin/privacy}: for Confluence administrators. {@code POST erase}
 * ({@code {"subject": "user:KEY", "confirm": true}}, or {@code "person"}: a username, a participant page id or a
 * subject key),
 * {@code POST retention} ({@code {"months": 24, "confirm": true}}), and {@code GET audit?before=ID&limit=N} (newest
 * first; reading is audited). Each call checks the caller first; changes are JSON only.
 */
@Path("admin/privacy")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class PrivacyAdminResource {

    static final int DEFAULT_AUDIT_PAGE = 50;

    private final PerspectiveService perspectives;
    private final Ledger ledger;
    private final PrivacyPeople people;
    private final AppPermissions permissions;
    private final CurrentUser currentUser;
    private final Messages messages;
    private final PrivacyRest answers;

    @Inject
    public PrivacyAdminResource(PerspectiveService perspectives, Ledger ledger, PrivacyPeople people,
                                AppPermissions permissions, CurrentUser currentUser, Messages messages) {
        this.perspectives = perspectives;
        this.ledger = ledger;
        this.people = people;
        this.permissions = permissions;
        this.currentUser = currentUser;
        this.messages = messages;
        this.answers = new PrivacyRest(messages);
    }

    @POST
    @Path("erase")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response erase(Map<String, Object> body) {
        Optional<ConfluenceUser> admin = currentUser.get();
        Optional<Response> refused = refused(admin);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (!PrivacyRest.confirmed(body)) {
            return answers.status(Response.Status.BAD_REQUEST, "alongside.rest.error.privacy.confirm");
        }
        // "subject" as the admin guide names it (user:KEY, participant:ID); "person" also takes a username or page id.
        Object typed = body.containsKey("subject") ? body.get("subject") : body.get("person");
        Optional<PrivacyPeople.Person> person = typed instanceof String text
                ? people.forAdministrator(text) : Optional.empty();
        if (person.isEmpty()) {
            return answers.status(Response.Status.NOT_FOUND, "alongside.privacyAdmin.erase.error.unknown",
                    PrivacyRest.echo(String.valueOf(typed)));
        }
        List<String> pseudonyms = people.erase(key(admin.get()), person.get());
        return answers.ok(new PrivacyJson.ErasedJson(true, pseudonyms.size(), pseudonyms));
    }

    @POST
    @Path("retention")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response retention(Map<String, Object> body) {
        Optional<ConfluenceUser> admin = currentUser.get();
        Optional<Response> refused = refused(admin);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (!PrivacyRest.confirmed(body)) {
            return answers.status(Response.Status.BAD_REQUEST, "alongside.rest.error.privacy.confirm");
        }
        Object months = body.get("months");
        if (!(months instanceof Integer count)) {
            return answers.problems(List.of(Problem.of("months", "alongside.privacyAdmin.retention.error.number",
                    PerspectiveService.MIN_RETENTION_MONTHS, PerspectiveService.MAX_RETENTION_MONTHS)));
        }
        if (count < PerspectiveService.MIN_RETENTION_MONTHS || count > PerspectiveService.MAX_RETENTION_MONTHS) {
            return answers.problems(List.of(Problem.of("months", "alongside.retention.error.range",
                    PerspectiveService.MIN_RETENTION_MONTHS, PerspectiveService.MAX_RETENTION_MONTHS)));
        }
        Validated<RetentionResult> result = perspectives.applyRetention(key(admin.get()), Period.ofMonths(count));
        if (!result.isValid()) {
            return answers.problems(result.problems().stream()
                    .map(p -> new Problem("months", p.messageKey(), p.arguments())).toList());
        }
        // The same cut-off for the ledger: settled entries go, paid money stays without a name (docs/privacy.md).
        int ledgerRows = ledger.applyRetention(key(admin.get()), result.get().cutoff());
        return answers.ok(new PrivacyJson.RetentionJson(result.get().cutoff().toString(),
                result.get().privateRowsDeleted(), result.get().auditEntriesDeleted(), ledgerRows));
    }

    /** A page of the audit log, newest first, with the address of the next (older) page, or null at the end. */
    @GET
    @Path("audit")
    public Response audit(@QueryParam("before") String before, @QueryParam("limit") String limit,
                          @Context UriInfo uriInfo) {
        Optional<ConfluenceUser> admin = currentUser.get();
        Optional<Response> refused = refused(admin);
        if (refused.isPresent()) {
            return refused.get();
        }
        List<Problem> problems = new ArrayList<>();
        Optional<Long> from = Optional.empty();
        if (before != null) {
            if (before.matches("[1-9][0-9]{0,17}")) {
                from = Optional.of(Long.parseLong(before));
            } else {
                problems.add(Problem.of("before", "alongside.rest.error.privacy.before", PrivacyRest.echo(before)));
            }
        }
        int size = DEFAULT_AUDIT_PAGE;
        if (limit != null) {
            if (limit.matches("[0-9]{1,4}") && Integer.parseInt(limit) >= 1
                    && Integer.parseInt(limit) <= PerspectiveService.MAX_AUDIT_PAGE) {
                size = Integer.parseInt(limit);
            } else {
                problems.add(Problem.of("limit", "alongside.rest.error.privacy.limit", PrivacyRest.echo(limit),
                        PerspectiveService.MAX_AUDIT_PAGE));
            }
        }
        if (!problems.isEmpty()) {
            return answers.problems(problems);
        }
        List<AuditEntry> entries = perspectives.auditLog(key(admin.get()), from, size);
        String next = entries.size() == size ? uriInfo.getRequestUriBuilder()
                .replaceQueryParam("before", entries.get(entries.size() - 1).id()).build().toString() : null;
        return answers.ok(new PrivacyJson.AuditPageJson(
                PrivacyJson.audit(entries, messages, people.auditNames(Optional.empty())), next));
    }

    private Optional<Response> refused(Optional<ConfluenceUser> user) {
        if (user.isEmpty()) {
            return Optional.of(answers.status(Response.Status.UNAUTHORIZED, "alongside.rest.error.privacy.login"));
        }
        if (!permissions.isConfluenceAdministrator(user)) {
            return Optional.of(answers.status(Response.Status.FORBIDDEN, "alongside.rest.error.privacy.admin"));
        }
        return Optional.empty();
    }

    private static String key(ConfluenceUser user) {
        return user.getKey().getStringValue();
    }
}
