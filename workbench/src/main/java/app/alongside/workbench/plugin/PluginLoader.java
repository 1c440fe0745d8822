package app.alongside.workbench.plugin;

import app.alongside.testsupport.ao.AoDatabase;
import app.alongside.testsupport.ao.AoModuleInstaller;
import app.alongside.testsupport.ao.EntityManagerActiveObjects;
import app.alongside.workbench.plugin.descriptor.AoModule;
import app.alongside.workbench.plugin.descriptor.ComponentImportModule;
import app.alongside.workbench.plugin.descriptor.ComponentModule;
import app.alongside.workbench.plugin.descriptor.ContentTemplateModule;
import app.alongside.workbench.plugin.descriptor.MacroModule;
import app.alongside.workbench.plugin.descriptor.PluginDescriptor;
import app.alongside.workbench.plugin.descriptor.PluginDescriptorReader;
import app.alongside.workbench.plugin.descriptor.RestModule;
import app.alongside.workbench.plugin.descriptor.ServletModule;
import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.plugin.web.ContextProvider;
import jakarta.servlet.Servlet;
import net.java.ao.RawEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Loads the app the way Confluence's plugin system does: read {@code atlassian-plugin.xml} from the class path,
 * check that the host provides every service the app imports, start the app's Spring context from its scanner
 * index, install its Active Objects module, and create its module instances.
 */
public final class PluginLoader {

    public static final String DESCRIPTOR = "atlassian-plugin.xml";
    private static final Logger LOG = LoggerFactory.getLogger(PluginLoader.class);

    private final ClassLoader classLoader;
    private final URL descriptorUrl;
    private final PluginDescriptor descriptor;

    private PluginLoader(ClassLoader classLoader, URL descriptorUrl, PluginDescriptor descriptor) {
        this.classLoader = classLoader;
        this.descriptorUrl = descriptorUrl;
        this.descriptor = descriptor;
    }

    /**
     * Finds the one plugin descriptor on the class path and reads it.
     *
     * @throws PluginLoadException if there is none, more than one, or it is not acceptable
     */
    public static PluginLoader fromClassPath(ClassLoader classLoader) {
        List<URL> found;
        try {
            found = Collections.list(classLoader.getResources(DESCRIPTOR));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (found.isEmpty()) {
            throw new PluginLoadException("There is no " + DESCRIPTOR + " on the class path: build the app first "
                    + "(mvn -pl plugin -am install).");
        }
        if (found.size() > 1) {
            throw new PluginLoadException("The workbench hosts one app, but the class path has several descriptors: "
                    + found);
        }
        return fromDescriptor(found.get(0), classLoader);
    }

    /**
     * Reads the plugin whose descriptor is at {@code url}; its classes, scanner index and resources are loaded
     * through {@code classLoader}, and the index is read from next to the descriptor.
     *
     * @throws PluginLoadException if the descriptor is not acceptable
     */
    public static PluginLoader fromDescriptor(URL url, ClassLoader classLoader) {
        try (InputStream in = url.openStream()) {
            return new PluginLoader(classLoader, url, PluginDescriptorReader.read(in, url.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + url, e);
        } catch (IllegalArgumentException e) {
            throw new PluginLoadException(e.getMessage(), e);
        }
    }

    public PluginDescriptor descriptor() {
        return descriptor;
    }

    public ClassLoader classLoader() {
        return classLoader;
    }

    /** The plugin jar's root (or classes directory) as a URL ending in '/'. */
    public String pluginBase() {
        String url = descriptorUrl.toString();
        return url.substring(0, url.length() - DESCRIPTOR.length());
    }

    /**
     * Starts the app with these host services; the loader adds the app's own {@link ActiveObjects} on
     * {@code database}. On failure everything started so far is stopped again.
     *
     * @throws PluginLoadException with what to fix
     */
    public InstalledPlugin install(HostServices host, AoDatabase database) {
        ScannerIndex index;
        try {
            index = ScannerIndex.nextTo(descriptorUrl);
        } catch (IOException e) {
            throw new PluginLoadException("The app's scanner index could not be read: " + e.getMessage(), e);
        }
        AtomicReference<AppContainer> container = new AtomicReference<>();
        AtomicReference<EntityManagerActiveObjects> installedAo = new AtomicReference<>();
        List<AoModule> aoModules = descriptor.modules(AoModule.class);
        if (aoModules.size() > 1) {
            throw new PluginLoadException("The app declares " + aoModules.size() + " <ao> modules; a plugin has one.");
        }
        DeferredActiveObjects activeObjects = null;
        if (!aoModules.isEmpty()) {
            AoModule module = aoModules.get(0);
            activeObjects = new DeferredActiveObjects(() -> {
                EntityManagerActiveObjects ao = installActiveObjects(module, container.get(), database);
                installedAo.set(ao);
                return ao;
            });
            host.provide(ActiveObjects.class, activeObjects);
        }
        requireImportsProvided(index, host);

        List<ScannerIndex.Entry> components = new ArrayList<>(index.components());
        descriptor.modules(ComponentModule.class)
                .forEach(c -> components.add(new ScannerIndex.Entry(c.className(), c.key())));
        try {
            container.set(AppContainer.start(descriptor.key(), classLoader, host, components));
            if (activeObjects != null) {
                activeObjects.delegate();
            }
            InstalledPlugin plugin = new InstalledPlugin(descriptor, container.get(), macros(container.get()),
                    servlets(container.get()), rest(container.get()), installedAo.get(),
                    contextProviders(container.get()));
            LOG.info("Loaded {} {}: {} components, macros {}", descriptor.key(), descriptor.version(),
                    components.size(), plugin.macroNames());
            return plugin;
        } catch (RuntimeException | Error e) {
            if (container.get() != null) {
                container.get().close();
            }
            if (installedAo.get() != null) {
                AoDatabase.dispose(installedAo.get().entityManager());
            }
            if (e instanceof PluginLoadException) {
                throw e;
            }
            throw new PluginLoadException("The app could not be started: " + AppContainer.rootMessage(e), e);
        }
    }

    private void requireImportsProvided(ScannerIndex index, HostServices host) {
        TreeSet<String> missing = new TreeSet<>();
        index.imports().stream().map(ScannerIndex.Entry::className).filter(name -> !host.provides(name))
                .forEach(missing::add);
        descriptor.modules(ComponentImportModule.class).stream().map(ComponentImportModule::interfaceName)
                .filter(name -> !host.provides(name)).forEach(missing::add);
        if (!missing.isEmpty()) {
            throw new PluginLoadException("The app imports host services the workbench does not provide: "
                    + String.join(", ", missing) + ". Add them to the workbench's host services.");
        }
    }

    private EntityManagerActiveObjects installActiveObjects(AoModule module, AppContainer container,
                                                           AoDatabase database) {
        if (container == null) {
            throw new PluginLoadException("ActiveObjects was used while the app's context was still being built");
        }
        List<Class<? extends RawEntity<?>>> entities = new ArrayList<>();
        for (String name : module.entities()) {
            Class<?> type = AppContainer.load(classLoader, name, "ao entity");
            if (!RawEntity.class.isAssignableFrom(type)) {
                throw new PluginLoadException("ao entity " + name + " is not an Active Objects entity");
            }
            @SuppressWarnings("unchecked")
            Class<? extends RawEntity<?>> entity = (Class<? extends RawEntity<?>>) type;
            entities.add(entity);
        }
        List<ActiveObjectsUpgradeTask> tasks = new ArrayList<>();
        for (String name : module.upgradeTasks()) {
            tasks.add(container.create(name, ActiveObjectsUpgradeTask.class, "ao upgradeTask"));
        }
        try {
            return AoModuleInstaller.forModule(module.namespace()).entities(entities).upgradeTasks(tasks)
                    .install(database);
        } catch (RuntimeException e) {
            throw new PluginLoadException("The app's Active Objects module could not be installed on " + database
                    + ": " + AppContainer.rootMessage(e), e);
        }
    }

    private Map<String, Macro> macros(AppContainer container) {
        Map<String, Macro> macros = new LinkedHashMap<>();
        for (MacroModule module : descriptor.modules(MacroModule.class)) {
            if (macros.containsKey(module.name())) {
                throw new PluginLoadException("Two xhtml-macro modules are called " + module.name());
            }
            macros.put(module.name(), container.create(module.className(), Macro.class,
                    "xhtml-macro " + module.key()));
        }
        return macros;
    }

    /** Each content template's context provider, created like any module class and initialised with its params. */
    private Map<String, ContextProvider> contextProviders(AppContainer container) {
        Map<String, ContextProvider> providers = new LinkedHashMap<>();
        for (ContentTemplateModule module : descriptor.modules(ContentTemplateModule.class)) {
            if (module.contextProviderClass() == null) {
                continue;
            }
            String what = "content-template " + module.key() + " context-provider";
            ContextProvider provider = container.create(module.contextProviderClass(), ContextProvider.class, what);
            try {
                provider.init(module.contextProviderParams());
            } catch (RuntimeException e) {
                throw new PluginLoadException(what + " could not be initialised: " + AppContainer.rootMessage(e), e);
            }
            providers.put(module.key(), provider);
        }
        return providers;
    }

    private List<InstalledPlugin.ServletBinding> servlets(AppContainer container) {
        List<InstalledPlugin.ServletBinding> servlets = new ArrayList<>();
        for (ServletModule module : descriptor.modules(ServletModule.class)) {
            servlets.add(new InstalledPlugin.ServletBinding(module,
                    container.create(module.className(), Servlet.class, "servlet " + module.key())));
        }
        return servlets;
    }

    private List<InstalledPlugin.RestBinding> rest(AppContainer container) {
        List<InstalledPlugin.RestBinding> bindings = new ArrayList<>();
        RestResourceScanner scanner = new RestResourceScanner(pluginBase(), classLoader);
        for (RestModule module : descriptor.modules(RestModule.class)) {
            List<Object> resources = new ArrayList<>();
            List<Object> providers = new ArrayList<>();
            for (String className : scanner.scan(module.packages())) {
                Object instance = container.create(className, Object.class, "rest " + module.key());
                if (instance.getClass().isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                    resources.add(instance);
                } else {
                    providers.add(instance);
                }
            }
            if (resources.isEmpty()) {
                LOG.warn("rest module {} has no resources in {}", module.key(), module.packages());
            }
            bindings.add(new InstalledPlugin.RestBinding(module, resources, providers));
        }
        return bindings;
    }
}
