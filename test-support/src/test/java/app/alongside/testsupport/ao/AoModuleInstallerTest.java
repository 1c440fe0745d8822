package app.alongside.testsupport.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.junit.After;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** Installing an {@code <ao>} module: upgrade tasks in version order, once, version stored, then migration. */
public class AoModuleInstallerTest {

    private static AoDatabase database;

    /** "task@fromVersion" for every upgrade task run, in order. */
    private final List<String> runs = new ArrayList<>();
    private final List<EntityManagerActiveObjects> opened = new ArrayList<>();

    @BeforeClass
    public static void openDatabase() {
        database = AoDatabase.fromSystemProperties("ao-installer");
    }

    @AfterClass
    public static void closeDatabase() {
        database.shutdown();
    }

    @Before
    public void startFromAnEmptyModule() {
        AoModuleInstaller.forModule(TestNamespaces.UPGRADE).uninstall(restart());
        AoModuleInstaller.forModule(TestNamespaces.OTHER).uninstall(restart(TestNamespaces.OTHER));
    }

    @After
    public void disposeEntityManagers() {
        try {
            AoModuleInstaller.forModule(TestNamespaces.UPGRADE).uninstall(restart());
            AoModuleInstaller.forModule(TestNamespaces.OTHER).uninstall(restart(TestNamespaces.OTHER));
        } finally {
            opened.forEach(ao -> AoDatabase.dispose(ao.entityManager()));
        }
    }

    /** A new EntityManager + facade on the same database: what a restart of the host gives the module. */
    private EntityManagerActiveObjects restart() {
        return restart(TestNamespaces.UPGRADE);
    }

    private EntityManagerActiveObjects restart(String namespace) {
        EntityManagerActiveObjects ao = new EntityManagerActiveObjects(database.entityManager(namespace));
        opened.add(ao);
        return ao;
    }

    private ActiveObjectsUpgradeTask task(String name, int version, BiConsumer<ModelVersion, ActiveObjects> body) {
        return new ActiveObjectsUpgradeTask() {
            @Override
            public ModelVersion getModelVersion() {
                return ModelVersion.valueOf(String.valueOf(version));
            }

            @Override
            public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
                runs.add(name + "@" + currentVersion);
                body.accept(currentVersion, ao);
            }
        };
    }

    /** v1: creates the Setting table and seeds a row. */
    private ActiveObjectsUpgradeTask v1() {
        return task("v1", 1, (from, ao) -> {
            ao.migrate(SettingV1.class);
            ao.create(SettingV1.class, new DBParam("NAME", "greeting"), new DBParam("VALUE_TEXT", "hello"));
        });
    }

    /** v2: adds VALUE_LENGTH and fills it from VALUE_TEXT. */
    private ActiveObjectsUpgradeTask v2() {
        return task("v2", 2, (from, ao) -> {
            ao.migrate(SettingV2.class);
            for (SettingV2 s : ao.find(SettingV2.class, Query.select())) {
                s.setValueLength(s.getValueText() == null ? 0 : s.getValueText().length());
                s.save();
            }
        });
    }

    private AoModuleInstaller module(ActiveObjectsUpgradeTask... tasks) {
        return AoModuleInstaller.forModule(TestNamespaces.UPGRADE).entities(SettingV2.class).upgradeTasks(tasks);
    }

    @Test
    public void freshInstallRunsEveryUpgradeTaskInVersionOrderAndStoresTheLastVersion() {
        EntityManagerActiveObjects ao = restart();

        ModelVersion installed = module(v2(), v1()).install(ao);

        assertEquals(List.of("v1@0", "v2@1"), runs);
        assertTrue(installed.isSame(ModelVersion.valueOf("2")));
        assertEquals("2", new AoModelVersionStore(ao.entityManager()).storedVersion(TestNamespaces.UPGRADE));
        SettingV2[] settings = ao.find(SettingV2.class, "NAME = ?", "greeting");
        assertEquals(1, settings.length);
        assertEquals(Integer.valueOf(5), settings[0].getValueLength());
    }

    @Test
    public void installingAgainAfterARestartRunsNoUpgradeTaskAgain() {
        module(v1(), v2()).install(restart());
        runs.clear();

        ModelVersion installed = module(v1(), v2()).install(restart());

        assertEquals(List.of(), runs);
        assertTrue(installed.isSame(ModelVersion.valueOf("2")));
        assertEquals(1, restart().count(SettingV2.class, Query.select()));
    }

    @Test
    public void onlyTasksNewerThanTheStoredVersionRunAndTheyGetThatVersion() {
        AoModuleInstaller.forModule(TestNamespaces.UPGRADE).entities(SettingV1.class).upgradeTasks(v1())
                .install(restart());
        assertEquals(List.of("v1@0"), runs);

        module(v1(), v2()).install(restart());

        assertEquals(List.of("v1@0", "v2@1"), runs);
        assertEquals("2", new AoModelVersionStore(restart().entityManager()).storedVersion(TestNamespaces.UPGRADE));
    }

    @Test
    public void entitiesAreMigratedAfterTheUpgradeTasksEvenWithoutTasks() {
        EntityManagerActiveObjects ao = restart();

        ModelVersion installed = AoModuleInstaller.forModule(TestNamespaces.UPGRADE).entities(SettingV2.class)
                .install(ao);

        assertTrue(installed.isSame(ModelVersion.valueOf("0")));
        ao.create(SettingV2.class, new DBParam("NAME", "n"), new DBParam("VALUE_LENGTH", 7));
        assertEquals(1, ao.count(SettingV2.class, "VALUE_LENGTH = ?", 7));
    }

    @Test
    public void failingUpgradeTaskIsRolledBackLeavesTheVersionAndRunsAgainNextTime() {
        module(v1()).install(restart());
        ActiveObjectsUpgradeTask failingV2 = task("v2-failing", 2, (from, ao) -> {
            ao.migrate(SettingV2.class); // DDL: committed implicitly on H2, rolled back on PostgreSQL
            ao.create(SettingV2.class, new DBParam("NAME", "written by the failing task"));
            ao.deleteWithSQL(SettingV2.class, "NAME = ?", "greeting");
            throw new IllegalStateException("upgrade failed");
        });

        assertThrows(IllegalStateException.class, () -> module(v1(), failingV2).install(restart()));

        EntityManagerActiveObjects ao = restart();
        assertEquals("1", new AoModelVersionStore(ao.entityManager()).storedVersion(TestNamespaces.UPGRADE));
        assertEquals(1, ao.count(SettingV1.class, "NAME = ?", "greeting"));
        assertEquals(0, ao.count(SettingV1.class, "NAME = ?", "written by the failing task"));

        module(v1(), v2()).install(restart());

        assertEquals(List.of("v1@0", "v2-failing@1", "v2@1"), runs);
        assertEquals("2", new AoModelVersionStore(ao.entityManager()).storedVersion(TestNamespaces.UPGRADE));
    }

    @Test
    public void twoUpgradeTasksWithTheSameVersionAreRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> module(v1(), task("another v1", 1, (from, ao) -> { })).install(restart()));

        assertTrue(e.getMessage(), e.getMessage().contains("model version 1"));
        assertEquals(List.of(), runs);
    }

    @Test
    public void facadeWithTheTablePrefixOfAnotherNamespaceIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> module(v1()).install(restart(TestNamespaces.OTHER)));
    }

    @Test
    public void modulesKeepTheirOwnVersionsAndTablesInOneDatabase() throws SQLException {
        module(v1(), v2()).install(restart());
        AoModuleInstaller other = AoModuleInstaller.forModule(TestNamespaces.OTHER).entities(Note.class, NoteComment.class);
        other.install(restart(TestNamespaces.OTHER));

        AoModuleInstaller.forModule(TestNamespaces.UPGRADE).uninstall(restart());

        EntityManagerActiveObjects otherAo = restart(TestNamespaces.OTHER);
        assertTrue(tableExists(otherAo.tableName(Note.class)));
        assertTrue(!tableExists(restart().tableName(SettingV2.class)));
        AoModelVersionStore versions = new AoModelVersionStore(otherAo.entityManager());
        assertNull(versions.storedVersion(TestNamespaces.UPGRADE));
        assertTrue(other.storedModelVersion(otherAo).isSame(ModelVersion.valueOf("0")));
    }

    @Test
    public void versionTableIsAHostTableOutsideEveryModulePrefix() throws SQLException {
        module(v1()).install(restart());

        assertTrue(tableExists(AoModelVersionStore.TABLE));
        restart().migrateDestructively(SettingV2.class);
        assertTrue(tableExists(AoModelVersionStore.TABLE));
        assertEquals("1", new AoModelVersionStore(restart().entityManager()).storedVersion(TestNamespaces.UPGRADE));
    }

    private static boolean tableExists(String table) throws SQLException {
        try (Connection c = database.openConnection();
             ResultSet rs = c.getMetaData().getTables(null, database.schema(), table, new String[] {"TABLE"})) {
            return rs.next();
        }
    }
}
