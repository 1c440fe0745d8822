package app.alongside.testsupport.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import net.java.ao.DBParam;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** The workbench's database: an H2 file that keeps data and model version across host restarts. */
public class H2FileDatabaseTest {

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    private final AtomicInteger upgradeRuns = new AtomicInteger();

    private final ActiveObjectsUpgradeTask v1 = new ActiveObjectsUpgradeTask() {
        @Override
        public ModelVersion getModelVersion() {
            return ModelVersion.valueOf("1");
        }

        @Override
        public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
            upgradeRuns.incrementAndGet();
            ao.migrate(SettingV1.class);
        }
    };

    private EntityManagerActiveObjects startHost(AoDatabase db) {
        return AoModuleInstaller.forModule(TestNamespaces.UPGRADE)
                .entities(SettingV1.class).upgradeTasks(v1).install(db);
    }

    @Test
    public void dataAndModelVersionSurviveARestartOfTheHost() throws Exception {
        Path file = folder.getRoot().toPath().resolve("workbench/alongside");

        AoDatabase first = AoDatabase.h2File(file);
        EntityManagerActiveObjects ao = startHost(first);
        ao.create(SettingV1.class, new DBParam("NAME", "kept"));
        AoDatabase.dispose(ao.entityManager());
        first.shutdown();
        assertTrue(Files.exists(Path.of(file + ".mv.db")));

        AoDatabase second = AoDatabase.h2File(file);
        EntityManagerActiveObjects restarted = startHost(second);
        try {
            assertEquals(1, upgradeRuns.get());
            assertEquals(1, restarted.count(SettingV1.class, "NAME = ?", "kept"));
        } finally {
            AoDatabase.dispose(restarted.entityManager());
            second.shutdown();
        }
    }
}
