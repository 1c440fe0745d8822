package app.alongside.workbench.plugin;

import app.alongside.testsupport.ao.AoDatabase;
import app.alongside.testsupport.ao.EntityManagerActiveObjects;
import app.alongside.workbench.plugin.descriptor.PluginDescriptor;
import app.alongside.workbench.plugin.descriptor.RestModule;
import app.alongside.workbench.plugin.descriptor.ServletModule;
import app.alongside.workbench.plugin.descriptor.WebItemModule;
import app.alongside.workbench.render.MacroSource;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.plugin.web.ContextProvider;
import jakarta.servlet.Servlet;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The app as the workbench runs it: its descriptor, its Spring context, and the instances of its modules, ready
 * for the HTTP layer and the renderer.
 */
public final class InstalledPlugin implements AutoCloseable, MacroSource {

    /** A servlet module and its instance. */
    public record ServletBinding(ServletModule module, Servlet servlet) {
    }

    /** A REST module and its resource and provider instances. */
    public record RestBinding(RestModule module, List<Object> resources, List<Object> providers) {
        public RestBinding {
            resources = List.copyOf(resources);
            providers = List.copyOf(providers);
        }
    }

    private final PluginDescriptor descriptor;
    private final AppContainer container;
    private final Map<String, Macro> macros;
    private final List<ServletBinding> servlets;
    private final List<RestBinding> rest;
    private final EntityManagerActiveObjects activeObjects;
    private final Map<String, ContextProvider> contextProviders;

    InstalledPlugin(PluginDescriptor descriptor, AppContainer container, Map<String, Macro> macros,
                    List<ServletBinding> servlets, List<RestBinding> rest, EntityManagerActiveObjects activeObjects,
                    Map<String, ContextProvider> contextProviders) {
        this.descriptor = descriptor;
        this.container = container;
        this.macros = Map.copyOf(macros);
        this.servlets = List.copyOf(servlets);
        this.rest = List.copyOf(rest);
        this.activeObjects = activeObjects;
        this.contextProviders = Map.copyOf(contextProviders);
    }

    public PluginDescriptor descriptor() {
        return descriptor;
    }

    public AppContainer container() {
        return container;
    }

    @Override
    public Optional<Macro> macro(String name) {
        return Optional.ofNullable(macros.get(name));
    }

    /** The macro names ({@code ac:name}) the app provides. */
    public List<String> macroNames() {
        return macros.keySet().stream().sorted().toList();
    }

    /** The context provider of a content template (by the template's module key), if it has one. */
    public Optional<ContextProvider> contextProvider(String contentTemplateKey) {
        return Optional.ofNullable(contextProviders.get(contentTemplateKey));
    }

    public List<ServletBinding> servlets() {
        return servlets;
    }

    public List<RestBinding> rest() {
        return rest;
    }

    /** The web items in a section, lightest weight first (as Confluence orders them). */
    public List<WebItemModule> webItems(String sectionPrefix) {
        return descriptor.modules(WebItemModule.class).stream()
                .filter(item -> item.section().startsWith(sectionPrefix))
                .sorted(java.util.Comparator.comparingInt(WebItemModule::weight))
                .toList();
    }

    /** The app's Active Objects tables' prefix, if it has an {@code <ao>} module. */
    public Optional<String> activeObjectsTablePrefix() {
        return descriptor.modules(app.alongside.workbench.plugin.descriptor.AoModule.class).stream().findFirst()
                .map(module -> AoDatabase.tablePrefixFor(module.namespace()));
    }

    @Override
    public void close() {
        try {
            container.close();
        } finally {
            if (activeObjects != null) {
                AoDatabase.dispose(activeObjects.entityManager());
            }
        }
    }
}
