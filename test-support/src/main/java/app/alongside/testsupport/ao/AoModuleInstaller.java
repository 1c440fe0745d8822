package app.alongside.testsupport.ao;

import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import net.java.ao.Entity;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;
import net.java.ao.schema.Table;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Installs an {@code <ao>} module the way Confluence's Active Objects plugin does when the module's
 * {@code ActiveObjects} is first used:
 * <ol>
 *   <li>read the module's stored model version (0 on a fresh install) from the host's
 *       {@link AoModelVersionStore} table {@value AoModelVersionStore#TABLE};</li>
 *   <li>sort the upgrade tasks by {@link ActiveObjectsUpgradeTask#getModelVersion() model version} (two tasks with
 *       the same version are an error) and run, in that order, each task whose version is newer than the current
 *       one, each in its own transaction together with storing its version as the new current one. The task is
 *       given the version before it and the module's {@code ActiveObjects}. A failing task is rolled back, stops the
 *       install, and is retried on the next install;</li>
 *   <li>migrate the module's entities, non-destructively, in a transaction.</li>
 * </ol>
 * <p>Upgrade tasks run <em>before</em> the module's entities are migrated, as in Confluence, and also on a fresh
 * install (current version 0): a task must {@code ao.migrate(..)} the entities it reads or writes itself. Running
 * the install again is a no-op apart from a (no-op) migration: installing is idempotent on restart.</p>
 * <p>Caveat: H2 commits implicitly on DDL, so on H2 an upgrade task's {@code migrate} is not undone by a rollback;
 * on PostgreSQL it is (DDL is transactional there).</p>
 *
 * <pre>{@code
 * AoDatabase db = AoDatabase.h2File(Path.of("workbench-data/alongside"));
 * EntityManagerActiveObjects ao = AoModuleInstaller.forModule("app.alongside.confluence")
 *         .entities(Charter.class, Decision.class)
 *         .upgradeTasks(new V1Upgrade(), new V2Upgrade())
 *         .install(db);
 * }</pre>
 */
public final class AoModuleInstaller {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AoModuleInstaller.class);

    private final String namespace;
    private final List<Class<? extends RawEntity<?>>> entities = new ArrayList<>();
    private final List<ActiveObjectsUpgradeTask> upgradeTasks = new ArrayList<>();

    private AoModuleInstaller(String namespace) {
        this.namespace = Objects.requireNonNull(namespace, "namespace");
    }

    /**
     * An installer for the module with this namespace (the {@code <ao namespace="...">} attribute, or the plugin key
     * if the module has none). The namespace decides the table prefix and keys the stored model version.
     */
    public static AoModuleInstaller forModule(String namespace) {
        return new AoModuleInstaller(namespace);
    }

    /** The module's {@code <entity>} classes. */
    @SafeVarargs
    public final AoModuleInstaller entities(Class<? extends RawEntity<?>>... entityClasses) {
        return entities(List.of(entityClasses));
    }

    public AoModuleInstaller entities(Collection<Class<? extends RawEntity<?>>> entityClasses) {
        for (Class<? extends RawEntity<?>> c : entityClasses) {
            entities.add(Objects.requireNonNull(c, "entity class"));
        }
        return this;
    }

    /** The module's {@code <upgradeTask>} instances, in any order. */
    public AoModuleInstaller upgradeTasks(ActiveObjectsUpgradeTask... tasks) {
        return upgradeTasks(List.of(tasks));
    }

    public AoModuleInstaller upgradeTasks(Collection<? extends ActiveObjectsUpgradeTask> tasks) {
        for (ActiveObjectsUpgradeTask t : tasks) {
            upgradeTasks.add(Objects.requireNonNull(t, "upgrade task"));
        }
        return this;
    }

    public String namespace() {
        return namespace;
    }

    public String tablePrefix() {
        return AoDatabase.tablePrefixFor(namespace);
    }

    /** Builds the module's {@code EntityManager} on the database, installs the module, returns its facade. */
    public EntityManagerActiveObjects install(AoDatabase database) {
        EntityManager em = database.entityManager(namespace);
        EntityManagerActiveObjects ao = new EntityManagerActiveObjects(em);
        try {
            install(ao);
            return ao;
        } catch (RuntimeException | Error e) {
            AoDatabase.dispose(em);
            throw e;
        }
    }

    /**
     * Installs the module through an existing facade, whose {@code EntityManager} must use this module's table
     * prefix (as {@link AoDatabase#entityManager(String)} builds it). Returns the model version now stored.
     */
    public ModelVersion install(EntityManagerActiveObjects ao) {
        Objects.requireNonNull(ao, "ao");
        checkPrefix(ao);
        final AoModelVersionStore store = new AoModelVersionStore(ao.entityManager());
        store.ensureTable();

        ModelVersion current = store.current(namespace);
        LOG.info("Installing AO module {} ({}), stored model version {}", namespace, tablePrefix(), current);
        for (final ActiveObjectsUpgradeTask task : sortedTasks()) {
            final ModelVersion target = task.getModelVersion();
            if (!current.isOlderThan(target)) {
                continue;
            }
            final ModelVersion from = current;
            LOG.info("Upgrading AO module {} from model version {} to {} with {}",
                    namespace, from, target, task.getClass().getName());
            current = ao.executeInTransaction(() -> {
                task.upgrade(from, ao);
                store.store(namespace, target);
                return target;
            });
        }
        final Class<? extends RawEntity<?>>[] toMigrate = entityArray();
        ao.executeInTransaction(() -> {
            ao.migrate(toMigrate);
            return null;
        });
        LOG.info("AO module {} installed at model version {}", namespace, current);
        return current;
    }

    /**
     * Removes the module from the database: drops every table with its prefix and forgets its stored model version.
     * For the workbench's "reset" and for tests; the next install is a fresh install.
     */
    public void uninstall(EntityManagerActiveObjects ao) {
        Objects.requireNonNull(ao, "ao");
        checkPrefix(ao);
        ao.migrateDestructively(); // no entities: drops every table this prefix manages
        AoModelVersionStore store = new AoModelVersionStore(ao.entityManager());
        store.ensureTable();
        store.forget(namespace);
    }

    /** The stored model version of this module on the facade's database (0 if none). */
    public ModelVersion storedModelVersion(EntityManagerActiveObjects ao) {
        AoModelVersionStore store = new AoModelVersionStore(ao.entityManager());
        store.ensureTable();
        return store.current(namespace);
    }

    private List<ActiveObjectsUpgradeTask> sortedTasks() {
        List<ActiveObjectsUpgradeTask> sorted = new ArrayList<>(upgradeTasks);
        Comparator<ModelVersion> byVersion = (a, b) -> a.isOlderThan(b) ? -1 : a.isNewerThan(b) ? 1 : 0;
        sorted.sort((t1, t2) -> byVersion.compare(t1.getModelVersion(), t2.getModelVersion()));
        for (int i = 1; i < sorted.size(); i++) {
            ModelVersion previous = sorted.get(i - 1).getModelVersion();
            if (previous.isSame(sorted.get(i).getModelVersion())) {
                throw new IllegalStateException("There is more than one upgrade task with model version " + previous
                        + " in AO module " + namespace + ": " + sorted.get(i - 1).getClass().getName()
                        + " and " + sorted.get(i).getClass().getName());
            }
        }
        return Collections.unmodifiableList(sorted);
    }

    @SuppressWarnings("unchecked")
    private Class<? extends RawEntity<?>>[] entityArray() {
        return entities.toArray(new Class[0]);
    }

    private void checkPrefix(EntityManagerActiveObjects ao) {
        String table = ao.tableName(PrefixProbe.class);
        if (!table.startsWith(tablePrefix() + "_")) {
            throw new IllegalArgumentException("The facade's EntityManager names tables like '" + table
                    + "', but module " + namespace + " has table prefix " + tablePrefix()
                    + "; build it with AoDatabase.entityManager(\"" + namespace + "\")");
        }
    }

    /** Only used to ask the table name converter for the prefix; never migrated. */
    @Table("Probe")
    interface PrefixProbe extends Entity {
    }
}
