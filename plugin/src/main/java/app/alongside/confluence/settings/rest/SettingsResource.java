package app.alongside.confluence.settings.rest;

import app.alongside.confluence.security.AppPermissions;
import app.alongside.confluence.security.CurrentUser;
import app.alongside.confluence.ladder.PlacementRefresh;
import app.alongside.settings.InvolvementSettings;
import app.alongside.settings.SettingsService;
import app.alongside.settings.SpaceKeys;
import app.alongside.settings.SpaceOverride;
import app.alongside.text.Messages;
import app.alongside.validation.Problem;
import app.alongside.validation.Validated;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Optional;

/**
 * {@code /rest/alongside/1.0/settings}: the site's settings (Confluence administrators) and a space's
 * (its administrators). Every method checks the caller first. Changes are JSON only, which browsers cannot send
 * cross-site without a preflight, so they are safe from request forgery.
 */
@Path("settings")
@Produces(MediaType.APPLICATION_JSON)
public class SettingsResource {

    private final SettingsService settings;
    private final PlacementRefresh placements;
    private final AppPermissions permissions;
    private final CurrentUser currentUser;
    private final Messages messages;

    @Inject
    public SettingsResource(SettingsService settings, AppPermissions permissions, CurrentUser currentUser,
                            Messages messages, PlacementRefresh placements) {
        this.settings = settings;
        this.placements = placements;
        this.permissions = permissions;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @GET
    public Response global() {
        return refuseUnlessConfluenceAdmin().orElseGet(() -> Response.ok(SettingsJson.of(settings.global())).build());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response updateGlobal(SettingsJson body) {
        return refuseUnlessConfluenceAdmin().orElseGet(() -> {
            SettingsJson input = body == null ? new SettingsJson(null, null) : body;
            Validated<InvolvementSettings> result = settings.updateGlobal(input.toForm());
            if (result.isValid()) {
                placements.settingsChanged(Optional.empty());
            }
            return result.isValid() ? Response.ok(SettingsJson.of(result.get())).build() : badRequest(result.problems());
        });
    }

    @GET
    @Path("space/{spaceKey}")
    public Response space(@PathParam("spaceKey") String spaceKey) {
        return withAdministrableSpace(spaceKey, space -> Response.ok(spaceJson(space.getKey())).build());
    }

    @PUT
    @Path("space/{spaceKey}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response updateSpace(@PathParam("spaceKey") String spaceKey, SettingsJson body) {
        return withAdministrableSpace(spaceKey, space -> {
            SettingsJson input = body == null ? new SettingsJson(null, null) : body;
            Validated<SpaceOverride> result = settings.updateSpace(space.getKey(), input.toForm());
            if (result.isValid()) {
                placements.settingsChanged(Optional.of(space.getKey()));
            }
            return result.isValid() ? Response.ok(spaceJson(space.getKey())).build() : badRequest(result.problems());
        });
    }

    private SpaceSettingsJson spaceJson(String spaceKey) {
        return SpaceSettingsJson.of(settings.overrideFor(spaceKey), settings.effectiveFor(spaceKey));
    }

    private Optional<Response> refuseUnlessConfluenceAdmin() {
        Optional<ConfluenceUser> user = currentUser.get();
        if (user.isEmpty()) {
            return Optional.of(status(Response.Status.UNAUTHORIZED, "alongside.settings.error.login"));
        }
        if (!permissions.isConfluenceAdministrator(user)) {
            return Optional.of(status(Response.Status.FORBIDDEN, "alongside.settings.error.forbidden.global"));
        }
        return Optional.empty();
    }

    private Response withAdministrableSpace(String spaceKey, java.util.function.Function<Space, Response> action) {
        Optional<ConfluenceUser> user = currentUser.get();
        if (user.isEmpty()) {
            return status(Response.Status.UNAUTHORIZED, "alongside.settings.error.login");
        }
        Optional<Space> space = SpaceKeys.isValid(spaceKey)
                ? permissions.viewableSpace(user, spaceKey) : Optional.empty();
        if (space.isEmpty()) {
            return Response.status(Response.Status.NOT_FOUND)
                    .entity(ErrorJson.of(messages.text("alongside.settings.error.space.unknown", String.valueOf(spaceKey))))
                    .build();
        }
        if (!permissions.canAdministerSpace(user, space.get())) {
            return status(Response.Status.FORBIDDEN, "alongside.settings.error.forbidden.space");
        }
        return action.apply(space.get());
    }

    private Response status(Response.Status status, String messageKey) {
        return Response.status(status).entity(ErrorJson.of(messages.text(messageKey))).build();
    }

    private Response badRequest(List<Problem> problems) {
        List<ErrorJson.FieldError> errors = problems.stream()
                .map(p -> new ErrorJson.FieldError(p.field(), messages.text(p.messageKey(), p.arguments().toArray())))
                .toList();
        return Response.status(Response.Status.BAD_REQUEST)
                .entity(new ErrorJson(messages.text("alongside.settings.error.summary"), errors))
                .build();
    }
}
