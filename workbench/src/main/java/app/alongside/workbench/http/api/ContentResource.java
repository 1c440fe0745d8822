package app.alongside.workbench.http.api;

import app.alongside.workbench.host.content.ContentKind;
import app.alongside.workbench.host.content.ContentRecord;
import app.alongside.workbench.host.content.ContentStore;
import app.alongside.workbench.host.content.NewContent;
import app.alongside.workbench.host.content.SpaceRecord;
import app.alongside.workbench.host.content.VersionConflictException;
import app.alongside.workbench.host.security.AccessRules;
import app.alongside.workbench.host.users.UserDirectory;
import app.alongside.workbench.render.StorageFormatException;
import app.alongside.workbench.render.StorageRenderer;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Confluence's {@code /rest/api/content}, the part scripts use: find content by space, title and type; get one by
 * id; create; update with optimistic versioning (a version number that is not the next one answers 409); move to the
 * trash and delete from it. Expansions: {@code body.storage}, {@code body.view} (the app's macros executed),
 * {@code version}, {@code space}, {@code history}, {@code metadata.labels}. Every change publishes Confluence's
 * events to the app. Only content the caller may view is ever answered.
 */
@Path("content")
@Produces(MediaType.APPLICATION_JSON)
public final class ContentResource {

    static final int DEFAULT_LIMIT = 25;
    static final int MAX_LIMIT = 200;

    private final ContentStore store;
    private final AccessRules access;
    private final UserDirectory users;
    private final StorageRenderer renderer;

    @Context
    private UriInfo uri;

    public ContentResource(ContentStore store, AccessRules access, UserDirectory users, StorageRenderer renderer) {
        this.store = store;
        this.access = access;
        this.users = users;
        this.renderer = renderer;
    }

    @GET
    public Map<String, Object> find(@QueryParam("type") String type, @QueryParam("spaceKey") String spaceKey,
                                    @QueryParam("title") String title, @QueryParam("status") String status,
                                    @QueryParam("expand") String expand, @QueryParam("start") Integer start,
                                    @QueryParam("limit") Integer limit) {
        ConfluenceUser user = AuthenticatedUserThreadLocal.get();
        ContentKind kind = kind(type == null || type.isBlank() ? "page" : type);
        int first = Math.max(0, start == null ? 0 : start);
        int size = Math.max(1, Math.min(MAX_LIMIT, limit == null ? DEFAULT_LIMIT : limit));
        String wanted = status == null || status.isBlank() ? "current" : status.strip();
        List<SpaceRecord> spaces = spaceKey == null || spaceKey.isBlank() ? store.spaces()
                : store.space(spaceKey.strip()).stream().toList();
        List<ContentRecord> matches = new ArrayList<>();
        for (SpaceRecord space : spaces) {
            Stream<ContentRecord> content = switch (wanted) {
                case "trashed" -> store.trashIn(space.key()).stream();
                case "any" -> Stream.concat(store.inSpace(space.key()).stream(), store.trashIn(space.key()).stream());
                default -> store.inSpace(space.key()).stream();
            };
            content.filter(r -> r.kind() == kind)
                    .filter(r -> title == null || r.title().equals(title.strip()))
                    .filter(r -> access.canView(user, r))
                    .forEach(matches::add);
        }
        Expansions expansions = Expansions.parse(expand, "");
        ContentJson json = json();
        List<Map<String, Object>> results = matches.stream().skip(first).limit(size)
                .map(r -> json.content(r, expansions)).toList();
        return json.page(results, first, size, matches.size() > first + size, "/rest/api/content",
                query(Map.of("type", kind.apiName()), spaceKey, title, expand));
    }

    @GET
    @Path("{id}")
    public Map<String, Object> get(@PathParam("id") String id, @QueryParam("expand") String expand,
                                   @QueryParam("status") String status) {
        ContentRecord record = visible(id, "trashed".equals(status) || "any".equals(status));
        return json().content(record, Expansions.parse(expand, "space,history,version"));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> create(JsonNode request) {
        ConfluenceUser user = AuthenticatedUserThreadLocal.get();
        if (request == null || !request.isObject()) {
            throw ApiError.badRequest("Send the content as a JSON object.");
        }
        ContentKind kind = kind(text(request, "type").orElse("page"));
        String title = text(request, "title").orElseThrow(() -> ApiError.badRequest("Content needs a title."));
        String spaceKey = text(request.path("space"), "key")
                .orElseThrow(() -> ApiError.badRequest("Say which space the content goes in: space.key."));
        if (store.space(spaceKey).isEmpty() || !access.canViewSpace(user, spaceKey)) {
            throw new ApiError(Response.Status.NOT_FOUND, "No space with key : " + spaceKey);
        }
        if (!access.canCreateIn(user, spaceKey)) {
            throw new ApiError(Response.Status.FORBIDDEN, "You may not create content in space " + spaceKey + ".");
        }
        String body = storage(request).orElse("");
        List<String> labels = new ArrayList<>();
        request.path("metadata").path("labels").forEach(label -> labels.add(label.isTextual() ? label.asText()
                : label.path("name").asText("")));
        try {
            if (kind == ContentKind.PAGE && store.byTitle(spaceKey, title).isPresent()) {
                throw ApiError.badRequest("A page with this title already exists: A page already exists with the "
                        + "title " + title.strip() + " in the space with key " + spaceKey);
            }
            ContentRecord created = store.create(new NewContent(kind, spaceKey, title, body,
                    labels.stream().map(String::strip).filter(l -> !l.isEmpty()).toList(), Set.of(), user.getName()));
            return json().content(created, Expansions.parse("body.storage,version,space,history", ""));
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(e.getMessage());
        }
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> update(@PathParam("id") String id, JsonNode request) {
        ConfluenceUser user = AuthenticatedUserThreadLocal.get();
        ContentRecord current = visible(id, false);
        if (!access.canEdit(user, current)) {
            throw new ApiError(Response.Status.FORBIDDEN, "You may not edit content " + id + ".");
        }
        if (request == null || !request.isObject()) {
            throw ApiError.badRequest("Send the content as a JSON object.");
        }
        JsonNode number = request.path("version").path("number");
        if (!number.canConvertToInt()) {
            throw ApiError.badRequest("An update needs version.number: the current version plus one.");
        }
        if (number.asInt() != current.version() + 1) {
            throw new ApiError(Response.Status.CONFLICT, "Version must be incremented on update. Current version is: "
                    + current.version());
        }
        String title = text(request, "title").orElse(current.title());
        String body = storage(request).orElse(current.body());
        try {
            ContentRecord updated = store.update(current.id(), current.version(), title, body, user.getName());
            return json().content(updated, Expansions.parse("body.storage,version,space,history", ""));
        } catch (VersionConflictException e) {
            throw new ApiError(Response.Status.CONFLICT, "Version must be incremented on update. Current version is: "
                    + e.currentVersion());
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(e.getMessage());
        }
    }

    /** Current content goes to the trash; with {@code status=trashed}, content in the trash is deleted for good. */
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id, @QueryParam("status") String status) {
        ConfluenceUser user = AuthenticatedUserThreadLocal.get();
        boolean purge = "trashed".equals(status);
        ContentRecord record = visible(id, purge);
        if (purge) {
            if (!store.isTrashed(record.id()) || !access.canAdministerSpace(user, record.spaceKey())) {
                throw new ApiError(Response.Status.FORBIDDEN,
                        "Only space administrators can delete content from the trash.");
            }
            store.purge(record.id(), user.getName());
        } else {
            if (!access.canEdit(user, record)) {
                throw new ApiError(Response.Status.FORBIDDEN, "You may not delete content " + id + ".");
            }
            store.trash(record.id(), user.getName());
        }
        return Response.noContent().build();
    }

    private ContentRecord visible(String id, boolean trashedToo) {
        long number;
        try {
            number = Long.parseLong(id.strip());
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("A content id is a number: " + id);
        }
        ConfluenceUser user = AuthenticatedUserThreadLocal.get();
        return store.current(number)
                .filter(r -> trashedToo || !store.isTrashed(r.id()))
                .filter(r -> access.canView(user, r))
                .orElseThrow(() -> ApiError.notFound(number));
    }

    /** The storage body of a request, checked to be well-formed; other representations are refused. */
    private Optional<String> storage(JsonNode request) {
        JsonNode body = request.path("body");
        if (body.isMissingNode() || body.isNull()) {
            return Optional.empty();
        }
        JsonNode storage = body.path("storage");
        if (storage.isMissingNode()) {
            throw ApiError.badRequest("The workbench accepts content bodies in the storage representation only: "
                    + "body.storage.value.");
        }
        String representation = storage.path("representation").asText("storage");
        if (!representation.equals("storage")) {
            throw ApiError.badRequest("Unsupported representation \u201c" + representation + "\u201d: use storage.");
        }
        String value = storage.path("value").asText("");
        try {
            renderer.validate(value);
        } catch (StorageFormatException e) {
            throw ApiError.badRequest("The body is not valid storage format: " + e.describe());
        }
        return Optional.of(value);
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.asText().isBlank() ? Optional.of(value.asText()) : Optional.empty();
    }

    private static ContentKind kind(String type) {
        for (ContentKind kind : ContentKind.values()) {
            if (kind.apiName().equals(type.strip())) {
                return kind;
            }
        }
        throw ApiError.badRequest("Unknown content type \u201c" + type + "\u201d: the workbench has page and blogpost.");
    }

    private ContentJson json() {
        String base = uri.getBaseUri().toString().replaceAll("/rest/api/?$", "");
        return new ContentJson(store, users, renderer, base);
    }

    private static String query(Map<String, String> first, String spaceKey, String title, String expand) {
        StringBuilder query = new StringBuilder();
        first.forEach((k, v) -> append(query, k, v));
        append(query, "spaceKey", spaceKey);
        append(query, "title", title);
        append(query, "expand", expand);
        return query.toString();
    }

    private static void append(StringBuilder query, String name, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        if (!query.isEmpty()) {
            query.append('&');
        }
        query.append(name).append('=').append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
    }
}
