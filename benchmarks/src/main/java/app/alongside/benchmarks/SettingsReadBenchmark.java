package app.alongside.benchmarks;

import app.alongside.confluence.settings.persistence.AoSettingsRepository;
import app.alongside.confluence.settings.persistence.SettingsEntity;
import app.alongside.settings.InvolvementSettings;
import app.alongside.settings.SettingsForm;
import app.alongside.settings.SettingsService;
import app.alongside.testsupport.ao.AoDatabase;
import app.alongside.testsupport.ao.AoModuleInstaller;
import app.alongside.testsupport.ao.EntityManagerActiveObjects;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Reading the settings in force in a space, which every evidence feature will do once per render: two indexed
 * single-row reads through Active Objects on H2 (set -Dalongside.db=postgres to use the test PostgreSQL server).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SettingsReadBenchmark {

    private AoDatabase database;
    private SettingsService settings;

    @Setup
    public void setUp() {
        database = AoDatabase.fromSystemProperties("settings-benchmark");
        EntityManagerActiveObjects ao = AoModuleInstaller.forModule("app.alongside.confluence")
                .entities(SettingsEntity.class).install(database);
        settings = new SettingsService(new AoSettingsRepository(ao));
        settings.updateGlobal(new SettingsForm("4", "1/3"));
        for (int i = 0; i < 1000; i++) {
            settings.updateSpace("S" + i, new SettingsForm(String.valueOf(4 + i % 10), i % 2 == 0 ? "1/2" : ""));
        }
    }

    @TearDown
    public void tearDown() {
        database.shutdown();
    }

    @Benchmark
    public InvolvementSettings effectiveSettingsForASpace() {
        return settings.effectiveFor("S500");
    }
}
