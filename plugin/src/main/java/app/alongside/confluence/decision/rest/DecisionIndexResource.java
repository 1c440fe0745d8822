package app.alongside.confluence.decision.rest;

import app.alongside.confluence.security.AppPermissions;
import app.alongside.confluence.security.CurrentUser;
import app.alongside.decision.register.IndexRebuild;
import app.alongside.settings.SpaceKeys;
import app.alongside.text.Messages;
import app.alongside.validation.Validated;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Map;
import java.util.Optional;

/**
 * {@code /rest/alongside/1.0/index/rebuild}: rebuild the decision index from pages, in the background. Confluence
 * administrators may rebuild everything; a space's administrators may rebuild their space. Starting is JSON only
 * ({@code @Consumes(APPLICATION_JSON)}): a browser cannot send that from another site without a preflight, and
 * Atlassian REST refuses form-like requests without {@code X-Atlassian-Token: no-check}.
 */
@Path("index")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class DecisionIndexResource {

    private final IndexRebuild rebuild;
    private final AppPermissions permissions;
    private final CurrentUser currentUser;
    private final RestErrors errors;

    @Inject
    public DecisionIndexResource(IndexRebuild rebuild, AppPermissions permissions, CurrentUser currentUser,
                                 Messages messages) {
        this.rebuild = rebuild;
        this.permissions = permissions;
        this.currentUser = currentUser;
        this.errors = new RestErrors(messages);
    }

    /**
     * Starts a rebuild: 202 with its progress, or 409 with the running one's if another is under way. The body is
     * {@code {}} (or none) for everything, {@code {"spaceKey": "RC"}} for one space; any other field is refused, so
     * that a mistyped {@code spacekey} cannot start a rebuild of the whole site.
     */
    @POST
    @Path("rebuild")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(Map<String, Object> body) {
        Optional<ConfluenceUser> user = currentUser.get();
        if (user.isEmpty()) {
            return errors.status(Response.Status.UNAUTHORIZED, "alongside.rest.error.index.login");
        }
        Validated<RebuildRequestJson> request = RebuildRequestJson.from(body);
        if (!request.isValid()) {
            return errors.badParameters(request.problems());
        }
        String requested = request.get().spaceKey();
        IndexRebuild.Scope scope;
        if (requested == null) {
            if (!permissions.isConfluenceAdministrator(user)) {
                return errors.status(Response.Status.FORBIDDEN, "alongside.rest.error.index.forbidden");
            }
            scope = IndexRebuild.Scope.everything();
        } else {
            Optional<Space> space = SpaceKeys.isValid(requested)
                    ? permissions.viewableSpace(user, requested) : Optional.empty();
            if (space.isEmpty()) {
                return errors.status(Response.Status.NOT_FOUND, "alongside.rest.error.index.space.unknown",
                        RegisterParameters.echo(requested));
            }
            if (!permissions.canAdministerSpace(user, space.get())) {
                return errors.status(Response.Status.FORBIDDEN, "alongside.rest.error.index.forbidden.space");
            }
            scope = IndexRebuild.Scope.space(space.get().getKey());
        }
        IndexRebuild.StartResult result = rebuild.start(scope, user.get().getKey().getStringValue());
        if (result instanceof IndexRebuild.AlreadyRunning running) {
            return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new RebuildConflictJson(
                            errors.text("alongside.rest.error.index.running"),
                            RebuildProgressJson.of(running.progress())))
                    .build();
        }
        return Response.status(Response.Status.ACCEPTED).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(RebuildProgressJson.of(result.progress())).build();
    }

    /**
     * The running or last rebuild's progress: Confluence administrators, and the administrators of the space that
     * rebuild covers.
     */
    @GET
    @Path("rebuild")
    public Response status() {
        Optional<ConfluenceUser> user = currentUser.get();
        if (user.isEmpty()) {
            return errors.status(Response.Status.UNAUTHORIZED, "alongside.rest.error.index.login");
        }
        IndexRebuild.Progress progress = rebuild.status();
        if (!permissions.isConfluenceAdministrator(user) && !administersScope(user, progress.scope())) {
            return errors.status(Response.Status.FORBIDDEN, "alongside.rest.error.index.forbidden.status");
        }
        return Response.ok(RebuildProgressJson.of(progress), MediaType.APPLICATION_JSON_TYPE).build();
    }

    private boolean administersScope(Optional<ConfluenceUser> user, IndexRebuild.Scope scope) {
        return scope.spaceKey().flatMap(key -> permissions.viewableSpace(user, key))
                .map(space -> permissions.canAdministerSpace(user, space)).orElse(false);
    }
}
