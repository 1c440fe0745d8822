package app.alongside.confluence.perspective.rest;

import app.alongside.confluence.perspective.web.PrivacyPeople;
import app.alongside.confluence.security.CurrentUser;
import app.alongside.perspective.Declaration;
import app.alongside.perspective.DeclarationForm;
import app.alongside.perspective.PerspectiveService;
import app.alongside.perspective.SubjectKey;
import app.alongside.reciprocity.Ledger;
import app.alongside.reciprocity.LedgerActor;
import app.alongside.text.Messages;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /rest/alongside/1.0/me}: the caller's own private data. {@code GET} everything held (as "My data" shows it),
 * with the caller's reciprocity ledger entries, {@code GET|PUT|DELETE perspective} to read, declare or change (with
 * consent), and withdraw, {@code GET export} as a JSON file, {@code POST erase} with {@code {"confirm": true}}. Each
 * call checks who is asking first; each acts only on the caller's own data; changes are JSON only, so no form on
 * another site can make them. Every read and change is audited by core.
 */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class MeResource {

    private final PerspectiveService perspectives;
    private final Ledger ledger;
    private final PrivacyPeople people;
    private final CurrentUser currentUser;
    private final Messages messages;
    private final Clock clock;
    private final PrivacyRest answers;

    @Inject
    public MeResource(PerspectiveService perspectives, Ledger ledger, PrivacyPeople people, CurrentUser currentUser,
                      Messages messages, Clock clock) {
        this.perspectives = perspectives;
        this.ledger = ledger;
        this.people = people;
        this.currentUser = currentUser;
        this.messages = messages;
        this.clock = clock;
        this.answers = new PrivacyRest(messages);
    }

    /** Everything held about the caller: {@code PrivacyJson.MyDataJson}. */
    @GET
    public Response myData() {
        Optional<ConfluenceUser> user = currentUser.get();
        if (user.isEmpty()) {
            return loginFirst();
        }
        return answers.ok(everythingHeld(user.get()));
    }

    /** The caller's current declaration, or {@code {"declaration": null}}. */
    @GET
    @Path("perspective")
    public Response perspective() {
        Optional<ConfluenceUser> user = currentUser.get();
        if (user.isEmpty()) {
            return loginFirst();
        }
        String key = key(user.get());
        return answers.ok(new PrivacyJson.PerspectiveJson(
                PrivacyJson.declaration(perspectives.read(key, SubjectKey.user(key)), messages).orElse(null)));
    }

    /** Declares or changes the caller's perspectives; {@code "consent": true} is required every time. */
    @PUT
    @Path("perspective")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response declare(Map<String, Object> body) {
        Optional<ConfluenceUser> user = currentUser.get();
        if (user.isEmpty()) {
            return loginFirst();
        }
        Validated<DeclarationForm> form = DeclarationRequest.from(body, false);
        if (!form.isValid()) {
            return answers.problems(form.problems());
        }
        Validated<Declaration> result = perspectives.declareOwn(key(user.get()), form.get());
        return result.isValid()
                ? answers.ok(new PrivacyJson.PerspectiveJson(PrivacyJson.declaration(result.get(), messages)))
                : answers.problems(result.problems());
    }

    /** Withdraws consent: the answer is deleted at once. {@code {"withdrawn": false}} if there was nothing to withdraw. */
    @DELETE
    @Path("perspective")
    public Response withdraw() {
        Optional<ConfluenceUser> user = currentUser.get();
        if (user.isEmpty()) {
            return loginFirst();
        }
        String key = key(user.get());
        return answers.ok(new PrivacyJson.WithdrawnJson(perspectives.withdraw(key, SubjectKey.user(key))));
    }

    /** The same as {@code GET /me}, as a file to keep: {@code alongside-my-data-2026-11-29.json}, UTF-8. */
    @GET
    @Path("export")
    public Response export() {
        Optional<ConfluenceUser> user = currentUser.get();
        if (user.isEmpty()) {
            return loginFirst();
        }
        PrivacyJson.MyDataJson data = everythingHeld(user.get());
        return Response.ok(data, new MediaType("application", "json", StandardCharsets.UTF_8.name()))
                .header("Content-Disposition", "attachment; filename=\"alongside-my-data-" + LocalDate.now(clock)
                        + ".json\"")
                .header("X-Content-Type-Options", "nosniff").cacheControl(PrivacyRest.noStore()).build();
    }

    /**
     * Erases the caller's private data (and any held against participant pages linked to their account) when the
     * body is {@code {"confirm": true}}. Pages keep their name as written.
     */
    @POST
    @Path("erase")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response erase(Map<String, Object> body) {
        Optional<ConfluenceUser> user = currentUser.get();
        if (user.isEmpty()) {
            return loginFirst();
        }
        if (!PrivacyRest.confirmed(body)) {
            return answers.status(Response.Status.BAD_REQUEST, "alongside.rest.error.privacy.confirm");
        }
        int subjects = people.erase(key(user.get()), people.self(user.get())).size();
        // The pseudonyms stay in the log only: handing them back would let anyone holding them re-identify the person.
        return answers.ok(new PrivacyJson.ErasedJson(true, subjects, java.util.List.of()));
    }

    /**
     * The perspective service's record (audited as EXPORTED) and the caller's ledger entries under every subject of
     * theirs: reading one's own entries is not audited, as on the ledger's own screen.
     */
    private PrivacyJson.MyDataJson everythingHeld(ConfluenceUser user) {
        String key = key(user);
        LedgerActor self = new LedgerActor(key, Set.copyOf(people.everySubjectOf(people.self(user))), false);
        return PrivacyJson.myData(perspectives.export(key, SubjectKey.user(key)), ledger.own(self), messages,
                people.auditNames(Optional.empty()));
    }

    private Response loginFirst() {
        return answers.status(Response.Status.UNAUTHORIZED, "alongside.rest.error.privacy.login");
    }

    private static String key(ConfluenceUser user) {
        return user.getKey().getStringValue();
    }
}
