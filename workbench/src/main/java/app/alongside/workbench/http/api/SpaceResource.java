package app.alongside.workbench.http.api;

import app.alongside.workbench.host.content.ContentStore;
import app.alongside.workbench.host.content.SpaceRecord;
import app.alongside.workbench.host.security.AccessRules;
import app.alongside.workbench.host.users.UserDirectory;
import app.alongside.workbench.render.StorageRenderer;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.List;
import java.util.Map;

/** Confluence's {@code /rest/api/space}: the spaces the caller may view, and one by key. */
@Path("space")
@Produces(MediaType.APPLICATION_JSON)
public final class SpaceResource {

    private final ContentStore store;
    private final AccessRules access;
    private final UserDirectory users;
    private final StorageRenderer renderer;

    @Context
    private UriInfo uri;

    public SpaceResource(ContentStore store, AccessRules access, UserDirectory users, StorageRenderer renderer) {
        this.store = store;
        this.access = access;
        this.users = users;
        this.renderer = renderer;
    }

    @GET
    public Map<String, Object> spaces(@QueryParam("spaceKey") List<String> keys, @QueryParam("start") Integer start,
                                      @QueryParam("limit") Integer limit) {
        ConfluenceUser user = AuthenticatedUserThreadLocal.get();
        int first = Math.max(0, start == null ? 0 : start);
        int size = Math.max(1, Math.min(ContentResource.MAX_LIMIT, limit == null ? ContentResource.DEFAULT_LIMIT : limit));
        List<SpaceRecord> visible = store.spaces().stream()
                .filter(s -> keys == null || keys.isEmpty() || keys.contains(s.key()))
                .filter(s -> access.canViewSpace(user, s.key())).toList();
        ContentJson json = json();
        return json.page(visible.stream().skip(first).limit(size).map(json::space).toList(), first, size,
                visible.size() > first + size, "/rest/api/space", "");
    }

    @GET
    @Path("{key}")
    public Map<String, Object> space(@PathParam("key") String key) {
        ConfluenceUser user = AuthenticatedUserThreadLocal.get();
        SpaceRecord space = store.space(key).filter(s -> access.canViewSpace(user, s.key()))
                .orElseThrow(() -> new ApiError(Response.Status.NOT_FOUND, "No space with key : " + key));
        return json().space(space);
    }

    private ContentJson json() {
        return new ContentJson(store, users, renderer, uri.getBaseUri().toString().replaceAll("/rest/api/?$", ""));
    }
}
