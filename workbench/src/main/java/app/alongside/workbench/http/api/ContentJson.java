package app.alongside.workbench.http.api;

import app.alongside.workbench.host.content.ContentKind;
import app.alongside.workbench.host.content.ContentRecord;
import app.alongside.workbench.host.content.ContentStore;
import app.alongside.workbench.host.content.SpaceRecord;
import app.alongside.workbench.host.users.UserDirectory;
import app.alongside.workbench.host.users.WorkbenchUser;
import app.alongside.workbench.render.Html;
import app.alongside.workbench.render.HostConversionContext;
import app.alongside.workbench.render.StorageFormatException;
import app.alongside.workbench.render.StorageRenderer;
import com.atlassian.confluence.content.render.xhtml.ConversionContextOutputType;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Content and spaces in the JSON shapes of Confluence's REST API ({@code /rest/api/content}, {@code /rest/api/space}):
 * the same field names, {@code _links} and {@code _expandable}, with the parts asked for by {@code expand} filled
 * in. {@code body.view} is the page rendered with the app's macros executed, as Confluence renders it for display.
 */
final class ContentJson {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX")
            .withZone(ZoneId.systemDefault());

    private final ContentStore store;
    private final UserDirectory users;
    private final StorageRenderer renderer;
    private final String base;

    ContentJson(ContentStore store, UserDirectory users, StorageRenderer renderer, String base) {
        this.store = store;
        this.users = users;
        this.renderer = renderer;
        this.base = base;
    }

    Map<String, Object> content(ContentRecord record, Expansions expand) {
        String id = String.valueOf(record.id());
        Map<String, Object> json = new LinkedHashMap<>();
        Map<String, Object> expandable = new LinkedHashMap<>();
        json.put("id", id);
        json.put("type", record.kind().apiName());
        json.put("status", store.isTrashed(record.id()) ? "trashed" : "current");
        json.put("title", record.title());
        SpaceRecord space = store.space(record.spaceKey()).orElseThrow();
        if (expand.has("space")) {
            json.put("space", space(space));
        } else {
            expandable.put("space", "/rest/api/space/" + space.key());
        }
        if (expand.has("history")) {
            Map<String, Object> history = new LinkedHashMap<>();
            history.put("latest", true);
            history.put("createdBy", user(record.creator()));
            history.put("createdDate", WHEN.format(Instant.ofEpochMilli(record.createdMillis())));
            history.put("_links", Map.of("self", base + "/rest/api/content/" + id + "/history"));
            history.put("_expandable", Map.of("lastUpdated", "", "previousVersion", "", "contributors", "",
                    "nextVersion", ""));
            json.put("history", history);
        } else {
            expandable.put("history", "/rest/api/content/" + id + "/history");
        }
        if (expand.has("version")) {
            json.put("version", version(record));
        } else {
            expandable.put("version", "");
        }
        if (expand.has("body")) {
            json.put("body", body(record, expand));
        } else {
            expandable.put("body", "");
        }
        if (expand.has("metadata")) {
            Map<String, Object> metadata = new LinkedHashMap<>();
            metadata.put("labels", labels(record));
            metadata.put("_expandable", Map.of("currentuser", "", "properties", "", "frontend", "",
                    "editorHtml", ""));
            json.put("metadata", metadata);
        } else {
            expandable.put("metadata", "");
        }
        json.put("extensions", Map.of("position", "none"));
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("webui", webui(record));
        links.put("edit", "/pages/editpage.action?pageId=" + id);
        links.put("tinyui", "/pages/viewpage.action?pageId=" + id);
        links.put("collection", "/rest/api/content");
        links.put("base", base);
        links.put("context", "");
        links.put("self", base + "/rest/api/content/" + id);
        json.put("_links", links);
        expandable.put("container", "/rest/api/space/" + space.key());
        expandable.put("operations", "");
        expandable.put("children", "/rest/api/content/" + id + "/child");
        expandable.put("restrictions", "/rest/api/content/" + id + "/restriction/byOperation");
        expandable.put("ancestors", "");
        expandable.put("descendants", "/rest/api/content/" + id + "/descendant");
        json.put("_expandable", expandable);
        return json;
    }

    Map<String, Object> space(SpaceRecord space) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", space.id());
        json.put("key", space.key());
        json.put("name", space.name());
        json.put("type", "global");
        json.put("status", "current");
        json.put("_links", Map.of("webui", "/display/" + space.key(), "self", base + "/rest/api/space/" + space.key()));
        Map<String, Object> expandable = new LinkedHashMap<>();
        expandable.put("metadata", "");
        expandable.put("icon", "");
        expandable.put("description", "");
        store.byTitle(space.key(), space.homePageTitle())
                .ifPresent(home -> expandable.put("homepage", "/rest/api/content/" + home.id()));
        json.put("_expandable", expandable);
        return json;
    }

    /** A list of results with Confluence's paging fields. */
    Map<String, Object> page(List<Map<String, Object>> results, int start, int limit, boolean more, String selfPath,
                             String query) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("results", results);
        json.put("start", start);
        json.put("limit", limit);
        json.put("size", results.size());
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("self", base + selfPath + (query.isEmpty() ? "" : "?" + query));
        if (more) {
            links.put("next", selfPath + "?" + (query.isEmpty() ? "" : query + "&") + "start=" + (start + limit)
                    + "&limit=" + limit);
        }
        links.put("base", base);
        links.put("context", "");
        json.put("_links", links);
        return json;
    }

    private Map<String, Object> version(ContentRecord record) {
        Map<String, Object> version = new LinkedHashMap<>();
        version.put("by", user(record.lastModifier()));
        version.put("when", WHEN.format(record.lastModified()));
        version.put("message", "");
        version.put("number", record.version());
        version.put("minorEdit", false);
        version.put("hidden", false);
        version.put("_links", Map.of("self", base + "/rest/experimental/content/" + record.id() + "/version/"
                + record.version()));
        version.put("_expandable", Map.of("content", "/rest/api/content/" + record.id()));
        return version;
    }

    private Map<String, Object> body(ContentRecord record, Expansions expand) {
        Map<String, Object> body = new LinkedHashMap<>();
        Map<String, Object> expandable = new LinkedHashMap<>();
        String content = "/rest/api/content/" + record.id();
        if (expand.has("body.storage")) {
            body.put("storage", representation(record.body(), "storage", content));
        } else {
            expandable.put("storage", content);
        }
        if (expand.has("body.view")) {
            body.put("view", representation(view(record), "view", content));
        } else {
            expandable.put("view", content);
        }
        expandable.put("editor", content);
        expandable.put("export_view", content);
        expandable.put("styled_view", content);
        expandable.put("anonymous_export_view", content);
        body.put("_expandable", expandable);
        return body;
    }

    private static Map<String, Object> representation(String value, String representation, String content) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("value", value);
        json.put("representation", representation);
        json.put("_expandable", Map.of("content", content));
        return json;
    }

    private String view(ContentRecord record) {
        try {
            return renderer.render(record.body(), HostConversionContext.of(ConversionContextOutputType.DISPLAY,
                    store.asEntity(record), record.spaceKey()));
        } catch (StorageFormatException e) {
            return "<div class=\"wb-macro-error\" role=\"alert\"><p>This content is not valid storage format: "
                    + Html.escape(e.describe()) + "</p></div>";
        }
    }

    private Map<String, Object> labels(ContentRecord record) {
        List<Map<String, Object>> results = record.labels().stream().map(name -> {
            Map<String, Object> label = new LinkedHashMap<>();
            label.put("prefix", "global");
            label.put("name", name);
            label.put("id", name);
            label.put("label", name);
            return label;
        }).toList();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("results", results);
        json.put("start", 0);
        json.put("limit", 200);
        json.put("size", results.size());
        json.put("_links", Map.of("self", base + "/rest/api/content/" + record.id() + "/label"));
        return json;
    }

    Map<String, Object> user(String username) {
        Map<String, Object> user = new LinkedHashMap<>();
        WorkbenchUser known = users.byUsername(username).orElse(null);
        user.put("type", known == null ? "unknown" : "known");
        user.put("username", username);
        user.put("userKey", known == null ? "" : known.key().getStringValue());
        user.put("displayName", known == null ? username : known.fullName());
        user.put("_links", Map.of("self", base + "/rest/api/user?key=" + (known == null ? ""
                : URLEncoder.encode(known.key().getStringValue(), StandardCharsets.UTF_8))));
        return user;
    }

    private static String webui(ContentRecord record) {
        if (record.kind() == ContentKind.PAGE) {
            return "/display/" + record.spaceKey() + "/" + URLEncoder.encode(record.title(), StandardCharsets.UTF_8);
        }
        return "/pages/viewpage.action?pageId=" + record.id();
    }
}
