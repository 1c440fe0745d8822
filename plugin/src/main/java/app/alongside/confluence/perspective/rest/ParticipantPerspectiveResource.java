package app.alongside.confluence.perspective.rest;

import app.alongside.confluence.perspective.web.PrivacyPeople;
import app.alongside.confluence.security.AppPermissions;
import app.alongside.confluence.security.CurrentUser;
import app.alongside.perspective.Declaration;
import app.alongside.perspective.DeclarationForm;
import app.alongside.perspective.PerspectiveService;
import app.alongside.text.Messages;
import app.alongside.validation.Validated;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code /rest/alongside/1.0/participants/{pageId}/perspective}: a facilitator reads, records (with the note of the
 * person's consent: {@code consentGivenBy}, {@code consentGivenOn}, {@code consentHow}) or withdraws the declaration of
 * the person a participant page is about. Checks, in order: logged in (401), a facilitator (403), the page is a
 * participant page the caller may view (404, as if absent). A separate resource from the participants' profiles:
 * JAX-RS picks the root resource with the longest literal path, so {@code /participants/{id}} stays theirs.
 * Answers carry the page id, never the person's name.
 */
@Path("participants/{pageId}/perspective")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class ParticipantPerspectiveResource {

    private final PerspectiveService perspectives;
    private final PrivacyPeople people;
    private final AppPermissions permissions;
    private final CurrentUser currentUser;
    private final Messages messages;
    private final PrivacyRest answers;

    @Inject
    public ParticipantPerspectiveResource(PerspectiveService perspectives, PrivacyPeople people,
                                          AppPermissions permissions, CurrentUser currentUser, Messages messages) {
        this.perspectives = perspectives;
        this.people = people;
        this.permissions = permissions;
        this.currentUser = currentUser;
        this.messages = messages;
        this.answers = new PrivacyRest(messages);
    }

    /** What is held for the person (reading is audited), or {@code "declaration": null}. */
    @GET
    public Response read(@PathParam("pageId") String pageId) {
        return withPerson(pageId, (facilitator, person) -> answers.ok(new PrivacyJson.ParticipantPerspectiveJson(
                person.pageId().orElseThrow(), PrivacyJson.declaration(
                        perspectives.read(facilitator, person.subject()), messages).orElse(null))));
    }

    /** Records or changes the person's declaration on their behalf; the note of their consent is required. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response declare(@PathParam("pageId") String pageId, Map<String, Object> body) {
        return withPerson(pageId, (facilitator, person) -> {
            Validated<DeclarationForm> form = DeclarationRequest.from(body, true);
            if (!form.isValid()) {
                return answers.problems(form.problems());
            }
            Validated<Declaration> result = perspectives.declareOnBehalf(facilitator, person.subject(), form.get());
            return result.isValid()
                    ? answers.ok(new PrivacyJson.ParticipantPerspectiveJson(person.pageId().orElseThrow(),
                            PrivacyJson.declaration(result.get(), messages)))
                    : answers.problems(result.problems());
        });
    }

    /** Withdraws consent on the person's behalf (they asked): the answer is deleted at once. */
    @DELETE
    public Response withdraw(@PathParam("pageId") String pageId) {
        return withPerson(pageId, (facilitator, person) ->
                answers.ok(new PrivacyJson.WithdrawnJson(perspectives.withdraw(facilitator, person.subject()))));
    }

    private Response withPerson(String pageId, Action action) {
        Optional<ConfluenceUser> user = currentUser.get();
        if (user.isEmpty()) {
            return answers.status(Response.Status.UNAUTHORIZED, "alongside.rest.error.privacy.login");
        }
        if (!permissions.isFacilitator(user)) {
            return answers.status(Response.Status.FORBIDDEN, "alongside.rest.error.privacy.facilitator");
        }
        Optional<PrivacyPeople.Person> person = pageId != null && pageId.matches("[1-9][0-9]{0,17}")
                ? people.byParticipantPage(Long.parseLong(pageId), user) : Optional.empty();
        if (person.isEmpty()) {
            return answers.status(Response.Status.NOT_FOUND, "alongside.rest.error.privacy.page",
                    PrivacyRest.echo(pageId));
        }
        return action.apply(user.get().getKey().getStringValue(), person.get());
    }

    @FunctionalInterface
    private interface Action {
        Response apply(String facilitatorKey, PrivacyPeople.Person person);
    }
}
