package app.alongside.testsupport.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;
import org.junit.rules.TestRule;
import org.junit.runner.Description;
import org.junit.runners.model.Statement;

import java.lang.reflect.Method;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * JUnit 4 rule giving a store test a real {@link ActiveObjects} on the database chosen by system properties
 * ({@link AoDatabase#fromSystemProperties}: H2 in memory by default, PostgreSQL with {@code -Dalongside.db=postgres}).
 *
 * <pre>{@code
 * public class DecisionStoreTest {
 *     @ClassRule @Rule
 *     public static final ActiveObjectsRule AO = ActiveObjectsRule.forEntities(Decision.class, Contribution.class);
 *
 *     private final DecisionStore store = new DecisionStore(AO.activeObjects());
 *
 *     @Test public void savedDecisionIsFoundBySpace() { ... }
 * }
 * }</pre>
 *
 * <ul>
 *   <li><b>As {@code @ClassRule}</b> (once per test class): opens the database, builds the module's
 *       {@code EntityManager} (Atlassian name converters, table prefix of {@link #namespace(String) the namespace},
 *       default {@value #DEFAULT_NAMESPACE}), drops every table with that prefix and migrates the given entities
 *       <em>destructively</em> into a clean schema; at the end disposes of the connections (and discards an H2
 *       in-memory database).</li>
 *   <li><b>As {@code @Rule}</b> (around every test): deletes all rows of the entities' tables, children before
 *       parents, and the module's stored model version, before the test. If the rule is only a {@code @Rule}
 *       (non-static field), it also does the class-level work around every single test (slower).</li>
 * </ul>
 * Use the same static field with both annotations, as above. Row ids are not reset between tests: don't assert on
 * them. On PostgreSQL every test class uses the same database; run the test classes of one namespace one at a time
 * (surefire's default single fork does).
 */
public final class ActiveObjectsRule implements TestRule {

    /** The app's AO namespace (the {@code alongside.ao.namespace} property of the parent pom). */
    public static final String DEFAULT_NAMESPACE = "app.alongside.confluence";

    private final List<Class<? extends RawEntity<?>>> entities;
    private String namespace = DEFAULT_NAMESPACE;

    private AoDatabase database;
    private EntityManager entityManager;
    private EntityManagerActiveObjects activeObjects;

    private ActiveObjectsRule(List<Class<? extends RawEntity<?>>> entities) {
        this.entities = List.copyOf(entities);
    }

    /** A rule for these entity classes (all entities the tests touch, including referenced ones). */
    @SafeVarargs
    public static ActiveObjectsRule forEntities(Class<? extends RawEntity<?>>... entities) {
        if (entities.length == 0) {
            throw new IllegalArgumentException("give at least one entity class");
        }
        return new ActiveObjectsRule(List.of(entities));
    }

    /** Uses the table prefix of this namespace instead of {@value #DEFAULT_NAMESPACE}. Call before the tests run. */
    public ActiveObjectsRule namespace(String namespace) {
        if (database != null) {
            throw new IllegalStateException("namespace must be set before the rule runs");
        }
        AoDatabase.tablePrefixFor(namespace); // validates
        this.namespace = namespace;
        return this;
    }

    @Override
    public Statement apply(final Statement base, final Description description) {
        final boolean classLevel = description.getMethodName() == null;
        return new Statement() {
            @Override
            public void evaluate() throws Throwable {
                if (classLevel) {
                    open(description);
                    try {
                        base.evaluate();
                    } finally {
                        close();
                    }
                    return;
                }
                boolean ownsDatabase = database == null;
                if (ownsDatabase) {
                    open(description);
                }
                try {
                    deleteAllRows();
                    base.evaluate();
                    if (activeObjects.isInTransaction()) {
                        throw new AssertionError("the test left an executeInTransaction running on its thread");
                    }
                } finally {
                    if (ownsDatabase) {
                        close();
                    }
                }
            }
        };
    }

    /** The {@code ActiveObjects} for the test (a real {@link EntityManagerActiveObjects}). */
    public EntityManagerActiveObjects activeObjects() {
        requireOpen();
        return activeObjects;
    }

    /** The underlying AO {@code EntityManager}. */
    public EntityManager entityManager() {
        requireOpen();
        return entityManager;
    }

    /** The database the tests run on. */
    public AoDatabase database() {
        requireOpen();
        return database;
    }

    public String namespace() {
        return namespace;
    }

    /** The table prefix, e.g. {@code AO_7A51E4}. */
    public String tablePrefix() {
        return AoDatabase.tablePrefixFor(namespace);
    }

    /** The physical table name of an entity, e.g. {@code AO_7A51E4_DECISION}. */
    public String tableName(Class<? extends RawEntity<?>> entity) {
        return entityManager().getTableNameConverter().getName(entity);
    }

    /**
     * Deletes every row of the rule's entity tables (referencing tables first) and the module's stored model
     * version. Runs before each test; tests may call it too.
     */
    public void deleteAllRows() {
        requireOpen();
        List<Class<? extends RawEntity<?>>> pending = new ArrayList<>(deletionOrder(entities));
        SQLException last = null;
        // the order handles ordinary foreign keys; further passes cover whatever it got wrong
        for (int pass = 0; pass <= entities.size() && !pending.isEmpty(); pass++) {
            List<Class<? extends RawEntity<?>>> failed = new ArrayList<>();
            for (Class<? extends RawEntity<?>> entity : pending) {
                try {
                    deleteAll(entity);
                } catch (SQLException e) {
                    failed.add(entity);
                    last = e;
                }
            }
            pending = failed;
        }
        if (!pending.isEmpty()) {
            throw new IllegalStateException("could not delete the rows of " + pending, last);
        }
        new AoModelVersionStore(entityManager).forget(namespace);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void deleteAll(Class<? extends RawEntity<?>> entity) throws SQLException {
        entityManager.deleteWithSQL((Class) entity, (String) null);
    }

    /** Entities ordered so that one referencing another (through a getter returning it) comes first. */
    static List<Class<? extends RawEntity<?>>> deletionOrder(List<Class<? extends RawEntity<?>>> entities) {
        List<Class<? extends RawEntity<?>>> remaining = new ArrayList<>(new LinkedHashSet<>(entities));
        List<Class<? extends RawEntity<?>>> order = new ArrayList<>();
        while (!remaining.isEmpty()) {
            Class<? extends RawEntity<?>> next = null;
            for (Class<? extends RawEntity<?>> candidate : remaining) {
                boolean referenced = false;
                for (Class<? extends RawEntity<?>> other : remaining) {
                    if (other != candidate && references(other, candidate)) {
                        referenced = true;
                        break;
                    }
                }
                if (!referenced) {
                    next = candidate;
                    break;
                }
            }
            if (next == null) { // a cycle: keep the given order for the rest
                order.addAll(remaining);
                break;
            }
            order.add(next);
            remaining.remove(next);
        }
        return order;
    }

    private static boolean references(Class<?> from, Class<?> to) {
        for (Method m : from.getMethods()) {
            if (m.getParameterCount() == 0 && m.getReturnType() != Object.class
                    && to.isAssignableFrom(m.getReturnType())) {
                return true;
            }
        }
        return false;
    }

    private void open(Description description) {
        Class<?> testClass = description.getTestClass();
        String h2Name = "ao-" + (testClass == null ? "test" : testClass.getSimpleName().replaceAll("[^A-Za-z0-9_]", "_"));
        AoDatabase db = AoDatabase.fromSystemProperties(h2Name);
        EntityManager em;
        try {
            em = db.entityManager(namespace);
        } catch (RuntimeException e) {
            String hint = db.isPostgres()
                    ? " Is the test cluster running? Start it with: bin/postgres-test-cluster start"
                    : "";
            throw new IllegalStateException("could not open " + db + "." + hint, e);
        }
        try {
            EntityManagerActiveObjects ao = new EntityManagerActiveObjects(em);
            ao.migrateDestructively(); // drop whatever an earlier class or run left under this prefix
            ao.migrateDestructively(entitiesArray());
            AoModelVersionStore store = new AoModelVersionStore(em);
            store.ensureTable();
            store.forget(namespace);
            this.database = db;
            this.entityManager = em;
            this.activeObjects = ao;
        } catch (RuntimeException | Error e) {
            AoDatabase.dispose(em);
            db.shutdown();
            throw e;
        }
    }

    private void close() {
        EntityManager em = entityManager;
        AoDatabase db = database;
        entityManager = null;
        activeObjects = null;
        database = null;
        AoDatabase.dispose(em);
        if (db != null) {
            db.shutdown(); // H2: discards the in-memory database; PostgreSQL: nothing
        }
    }

    @SuppressWarnings("unchecked")
    private Class<? extends RawEntity<?>>[] entitiesArray() {
        return entities.toArray(new Class[0]);
    }

    private void requireOpen() {
        if (database == null) {
            throw new IllegalStateException("ActiveObjectsRule is not running: annotate the field with "
                    + "@ClassRule and @Rule (public static final), and use it only inside tests or @Before/@After");
        }
    }
}
