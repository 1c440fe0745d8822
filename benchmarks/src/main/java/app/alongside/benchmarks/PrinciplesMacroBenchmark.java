package app.alongside.benchmarks;

import app.alongside.confluence.principle.PrinciplesMacro;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Server-side cost of rendering the principles macro: core builds the view in words, Velocity 1.6 renders it with
 * Confluence-style escaping and the method allowlist. Sample mode prints percentiles (p0.95 is the figure kept).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PrinciplesMacroBenchmark {

    @Param({"nef", "4pi", "unknown"})
    public String framework;

    private PrinciplesMacro macro;
    private Map<String, String> parameters;

    @Setup
    public void setUp() {
        AppFixture app = new AppFixture();
        macro = new PrinciplesMacro(app.templates, app.messages, app.pageBuilder);
        parameters = Map.of("framework", framework);
    }

    @Benchmark
    public String render() {
        return macro.execute(parameters, null, null);
    }
}
