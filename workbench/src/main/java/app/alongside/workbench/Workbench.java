package app.alongside.workbench;

import app.alongside.testsupport.ao.AoDatabase;
import app.alongside.testsupport.ao.AoModuleInstaller;
import app.alongside.testsupport.ao.EntityManagerActiveObjects;
import app.alongside.workbench.blueprint.Blueprints;
import app.alongside.workbench.demo.DemoThroughRest;
import app.alongside.workbench.demo.DemoSeed;
import app.alongside.workbench.host.WorkbenchHost;
import app.alongside.workbench.host.content.ContentEvents;
import app.alongside.workbench.host.content.ContentSnapshotFile;
import app.alongside.workbench.host.users.WorkbenchUser;
import app.alongside.workbench.http.HostFacts;
import app.alongside.workbench.http.HostLinkTargets;
import app.alongside.workbench.http.WorkbenchServer;
import app.alongside.workbench.plugin.HostServices;
import app.alongside.workbench.plugin.InstalledPlugin;
import app.alongside.workbench.plugin.PluginLoader;
import app.alongside.workbench.plugin.descriptor.AoModule;
import app.alongside.workbench.plugin.descriptor.PluginDescriptor;
import app.alongside.workbench.plugin.descriptor.UnsupportedModule;
import app.alongside.workbench.render.StorageRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

/**
 * The app's local host. {@link #start()} reads the app's descriptor from the class path, builds the host services,
 * starts the app in its own Spring context (installing its Active Objects tables), restores or seeds the demo
 * content, and serves everything over HTTP; {@link #stop()} undoes it all. Tests start one on port 0 with a
 * temporary data directory.
 */
public final class Workbench implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Workbench.class);
    private static final String H2_FILE = "alongside";

    private final WorkbenchOptions options;
    private DataDirectoryLock lock;
    private WorkbenchHost host;
    private InstalledPlugin plugin;
    private AoDatabase database;
    private WorkbenchServer server;
    private Blueprints blueprints;

    public Workbench(WorkbenchOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Starts the workbench; on failure stops whatever had started and rethrows.
     *
     * @throws app.alongside.workbench.plugin.PluginLoadException if the app cannot be loaded (the message says why)
     */
    public synchronized Workbench start() throws Exception {
        if (server != null) {
            throw new IllegalStateException("the workbench is already running");
        }
        long started = System.nanoTime();
        try {
            Path dataDirectory = options.dataDirectory().toAbsolutePath().normalize();
            Files.createDirectories(dataDirectory);
            lock = DataDirectoryLock.acquire(dataDirectory);
            ClassLoader classLoader = Workbench.class.getClassLoader();
            PluginLoader loader = PluginLoader.fromClassPath(classLoader);
            PluginDescriptor descriptor = loader.descriptor();
            database = database(dataDirectory);
            if (options.reset()) {
                reset(descriptor, dataDirectory);
            }
            host = new WorkbenchHost(descriptor, classLoader, Clock.systemDefaultZone());
            DemoSeed demo = DemoSeed.fromClassPath(classLoader);
            demo.addPeople(host.users());
            HostServices services = host.services();
            plugin = loader.install(services, database);
            boolean freshDemo = content(demo, dataDirectory);
            StorageRenderer renderer = new StorageRenderer(plugin,
                    new HostLinkTargets(host.store(), host.access(), host.users()));
            host.xhtmlContent().attach(renderer);
            blueprints = blueprints(renderer, classLoader);
            server = new WorkbenchServer(options.host(), options.port(), new WorkbenchServer.Parts(plugin,
                    host.users(), host.store(), host.access(), host.xsrf(), host.requiredResources(),
                    host.webResources(), host.i18n(), new HostFacts(dataDirectory.toString(), database.toString(),
                    services.all().keySet().stream().map(Class::getName).toList()), renderer, blueprints));
            server.start();
            if (freshDemo) {
                new DemoThroughRest(demo.manifest(), host.store()).record(baseUrl());
            }
            reportUnsupported(descriptor);
            LOG.info("Workbench ready at {} in {} ms", baseUrl(), (System.nanoTime() - started) / 1_000_000);
            return this;
        } catch (Exception | Error e) {
            stop();
            throw e;
        }
    }

    /** The app's blueprints, with its Soy wizard templates compiled; a blueprint that cannot work stops the start. */
    private Blueprints blueprints(StorageRenderer renderer, ClassLoader classLoader) {
        try {
            return Blueprints.load(plugin, host.store(), host.i18n(), renderer, classLoader);
        } catch (IllegalArgumentException e) {
            throw new app.alongside.workbench.plugin.PluginLoadException("The app's blueprints cannot be hosted: "
                    + e.getMessage(), e);
        }
    }

    /**
     * Restores the saved content, or seeds the demo (with the app listening, so it hears the page events). True when
     * the demo was seeded just now.
     */
    private boolean content(DemoSeed demo, Path dataDirectory) {
        ContentSnapshotFile snapshot = new ContentSnapshotFile(dataDirectory, host.store());
        var saved = snapshot.read();
        host.store().addListener(new ContentEvents(host.store(), host.events(),
                username -> host.users().byUsername(username).orElse(null)));
        boolean fresh = saved.isEmpty();
        if (fresh) {
            demo.addContent(host.store(), host.users());
            snapshot.write();
        } else {
            host.store().restore(saved.get());
        }
        host.store().addListener(snapshot);
        return fresh;
    }

    private AoDatabase database(Path dataDirectory) {
        if (options.database() == WorkbenchOptions.Database.H2) {
            return AoDatabase.h2File(dataDirectory.resolve(H2_FILE));
        }
        Properties properties = new Properties();
        properties.putAll(System.getProperties());
        properties.setProperty(AoDatabase.PROP_DB, "postgres");
        return AoDatabase.fromProperties(properties, "workbench");
    }

    /** Drops the app's tables and forgets the saved content, so the demo is seeded again. */
    private void reset(PluginDescriptor descriptor, Path dataDirectory) throws IOException {
        for (AoModule module : descriptor.modules(AoModule.class)) {
            EntityManagerActiveObjects ao = new EntityManagerActiveObjects(database.entityManager(module.namespace()));
            try {
                AoModuleInstaller.forModule(module.namespace()).uninstall(ao);
            } finally {
                AoDatabase.dispose(ao.entityManager());
            }
        }
        Files.deleteIfExists(dataDirectory.resolve(ContentSnapshotFile.FILE_NAME));
        LOG.info("Reset: the app's tables and the workbench's content are gone; the demo will be seeded again");
    }

    private static void reportUnsupported(PluginDescriptor descriptor) {
        List<UnsupportedModule> unsupported = descriptor.unsupported();
        if (unsupported.isEmpty()) {
            LOG.info("The workbench hosts every module of {}", descriptor.key());
        } else {
            StringBuilder list = new StringBuilder();
            unsupported.forEach(m -> list.append("\n  - ").append(m.describe()));
            LOG.warn("The workbench does not host {} module(s) of {}:{}", unsupported.size(), descriptor.key(), list);
        }
        descriptor.warnings().forEach(w -> LOG.warn("Not evaluated by the workbench: {}", w));
    }

    /** Stops serving, stops the app and closes the database. Safe to call more than once. */
    public synchronized void stop() {
        if (server != null) {
            try {
                server.stop();
            } catch (Exception e) {
                LOG.warn("The HTTP server did not stop cleanly", e);
            }
            server = null;
        }
        if (plugin != null) {
            plugin.close();
            plugin = null;
        }
        if (database != null) {
            database.shutdown();
            database = null;
        }
        if (lock != null) {
            lock.close();
            lock = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** {@code http://127.0.0.1:PORT} (no trailing slash). */
    public synchronized String baseUrl() {
        if (server == null) {
            throw new IllegalStateException("the workbench is not running");
        }
        String shownHost = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
        return "http://" + shownHost + ":" + server.port();
    }

    public synchronized InstalledPlugin plugin() {
        return plugin;
    }

    public synchronized Blueprints blueprints() {
        return blueprints;
    }

    public synchronized WorkbenchHost host() {
        return host;
    }

    public List<WorkbenchUser> people() {
        return host.users().all();
    }

    public WorkbenchOptions options() {
        return options;
    }
}
