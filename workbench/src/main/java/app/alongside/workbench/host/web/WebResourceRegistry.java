package app.alongside.workbench.host.web;

import app.alongside.workbench.plugin.descriptor.ResourceDescriptor;
import app.alongside.workbench.plugin.descriptor.WebResourceModule;
import app.alongside.workbench.render.Html;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The app's web resources and downloadable resources, served as Confluence serves them:
 * {@code /download/resources/<pluginKey>:<moduleKey>/<name>} for a web resource's file and
 * {@code /download/resources/<pluginKey>/<name>} for a top-level download (a directory download serves what is below
 * it). Also writes the {@code <link>} and {@code <script>} tags for the web resources a page required, dependencies
 * first.
 */
public final class WebResourceRegistry {

    public static final String DOWNLOAD_PREFIX = "/download/resources/";
    private static final Logger LOG = LoggerFactory.getLogger(WebResourceRegistry.class);

    private final String pluginKey;
    private final ClassLoader classLoader;
    private final Map<String, WebResourceModule> modules = new LinkedHashMap<>();
    private final List<ResourceDescriptor> downloads;
    private final Map<String, List<ResourceDescriptor>> otherModuleDownloads = new ConcurrentHashMap<>();
    private final Set<String> reportedUnknown = ConcurrentHashMap.newKeySet();

    public WebResourceRegistry(String pluginKey, List<WebResourceModule> modules, List<ResourceDescriptor> downloads,
                               ClassLoader classLoader) {
        this.pluginKey = pluginKey;
        this.classLoader = classLoader;
        modules.forEach(m -> this.modules.put(pluginKey + ":" + m.key(), m));
        this.downloads = List.copyOf(downloads);
    }

    /**
     * Serves the download resources of another module (such as a create-dialog web item's {@code icon}) at
     * {@code /download/resources/<pluginKey>:<moduleKey>/<name>}, as Confluence does.
     */
    public void addModuleDownloads(String moduleKey, List<ResourceDescriptor> resources) {
        otherModuleDownloads.put(pluginKey + ":" + moduleKey, List.copyOf(resources));
    }

    /** The complete keys ({@code pluginKey:moduleKey}) of the app's web resources. */
    public Set<String> completeKeys() {
        return modules.keySet();
    }

    /**
     * The file for a download path below {@value #DOWNLOAD_PREFIX}, e.g. {@code app.alongside.confluence:x/a.css}
     * or {@code app.alongside.confluence/images/a.png}. Paths with {@code ..}, backslashes or empty segments are
     * refused.
     */
    public Optional<ResolvedResource> resolve(String downloadPath) {
        if (downloadPath == null || !isSafe(downloadPath)) {
            return Optional.empty();
        }
        int slash = downloadPath.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        String owner = downloadPath.substring(0, slash);
        String rest = downloadPath.substring(slash + 1);
        if (owner.equals(pluginKey)) {
            return download(rest);
        }
        WebResourceModule module = modules.get(owner);
        List<ResourceDescriptor> resources = module != null ? module.resources() : otherModuleDownloads.get(owner);
        if (resources == null) {
            return Optional.empty();
        }
        return resources.stream()
                .filter(r -> r.type().equals("download") && r.name().equals(rest))
                .findFirst()
                .flatMap(r -> file(r.location(), r.name().contains(".") ? r.name() : r.location())); // "icon": type from location
    }

    /**
     * The tags for the given web resources, each module once, its dependencies before it. A key the app does not
     * define (e.g. one of Confluence's own, such as AUI) is logged once and skipped: the workbench does not ship
     * Confluence's front end.
     */
    public String tags(Collection<String> requiredKeys) {
        Set<String> ordered = new LinkedHashSet<>();
        for (String key : requiredKeys) {
            addWithDependencies(key, ordered, new LinkedHashSet<>());
        }
        StringBuilder html = new StringBuilder();
        for (String key : ordered) {
            for (ResourceDescriptor resource : modules.get(key).resources()) {
                if (!resource.type().equals("download")) {
                    continue;
                }
                String url = DOWNLOAD_PREFIX + encode(key) + "/" + encodePath(resource.name());
                if (resource.name().endsWith(".css")) {
                    html.append("<link rel=\"stylesheet\" href=\"").append(Html.escape(url)).append("\">\n");
                } else if (resource.name().endsWith(".js")) {
                    html.append("<script src=\"").append(Html.escape(url)).append("\" defer></script>\n");
                }
            }
        }
        return html.toString();
    }

    /** The complete keys of the app's web resources in a context ({@code <context>}), for a page that requires it. */
    public List<String> inContext(String context) {
        List<String> keys = new ArrayList<>();
        modules.forEach((key, module) -> {
            if (module.contexts().contains(context)) {
                keys.add(key);
            }
        });
        return keys;
    }

    private void addWithDependencies(String key, Set<String> ordered, Set<String> visiting) {
        if (ordered.contains(key) || !visiting.add(key)) {
            return;
        }
        WebResourceModule module = modules.get(key);
        if (module == null) {
            if (reportedUnknown.add(key)) {
                LOG.warn("Web resource {} is not one of the app's; the workbench does not provide it", key);
            }
            return;
        }
        for (String dependency : module.dependencies()) {
            addWithDependencies(dependency, ordered, visiting);
        }
        ordered.add(key);
    }

    private Optional<ResolvedResource> download(String path) {
        for (ResourceDescriptor resource : downloads) {
            if (resource.isDirectory() && path.startsWith(resource.name()) && path.length() > resource.name().length()) {
                String location = resource.location().endsWith("/") ? resource.location() : resource.location() + "/";
                return file(location + path.substring(resource.name().length()), path);
            }
            if (!resource.isDirectory() && resource.name().equals(path)) {
                return file(resource.location(), path);
            }
        }
        return Optional.empty();
    }

    private Optional<ResolvedResource> file(String location, String name) {
        String normalised = location.startsWith("/") ? location.substring(1) : location;
        if (!isSafe(normalised) || normalised.endsWith(".class")) {
            return Optional.empty();
        }
        URL url = classLoader.getResource(normalised);
        return url == null ? Optional.empty() : Optional.of(new ResolvedResource(url, ContentTypes.of(name)));
    }

    private static boolean isSafe(String path) {
        if (path.isEmpty() || path.contains("\\") || path.contains("//") || path.contains("\0")) {
            return false;
        }
        for (String segment : path.split("/")) {
            if (segment.equals("..") || segment.equals(".")) {
                return false;
            }
        }
        return true;
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20").replace("%3A", ":");
    }

    private static String encodePath(String path) {
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/", -1)) {
            segments.add(encode(segment));
        }
        return String.join("/", segments);
    }
}
