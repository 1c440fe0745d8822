package app.alongside.workbench;

import org.junit.Test;

import java.nio.file.Path;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class WorkbenchOptionsTest {

    @Test
    public void noArgumentsMeanLoopbackPort8090H2InWorkbenchData() {
        WorkbenchOptions options = WorkbenchOptions.parse();
        assertEquals("127.0.0.1", options.host());
        assertEquals(8090, options.port());
        assertEquals(Path.of("workbench-data"), options.dataDirectory());
        assertEquals(WorkbenchOptions.Database.H2, options.database());
        assertFalse(options.reset());
    }

    @Test
    public void everyOptionIsRead() {
        WorkbenchOptions options = WorkbenchOptions.parse("--port", "0", "--data-dir", "/tmp/x", "--reset",
                "--db", "postgres", "--host", "localhost");
        assertEquals(0, options.port());
        assertEquals(Path.of("/tmp/x"), options.dataDirectory());
        assertTrue(options.reset());
        assertEquals(WorkbenchOptions.Database.POSTGRES, options.database());
        assertEquals("localhost", options.host());
    }

    @Test
    public void aNonLoopbackHostIsRefusedUnlessRemoteAccessIsAllowed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WorkbenchOptions.parse("--host", "0.0.0.0"));
        assertThat(e.getMessage(), containsString("--allow-remote"));
        assertEquals("0.0.0.0", WorkbenchOptions.parse("--host", "0.0.0.0", "--allow-remote").host());
    }

    @Test
    public void mistakesAreExplained() {
        assertThat(assertThrows(IllegalArgumentException.class, () -> WorkbenchOptions.parse("--port", "eighty"))
                .getMessage(), containsString("whole number"));
        assertThat(assertThrows(IllegalArgumentException.class, () -> WorkbenchOptions.parse("--port", "70000"))
                .getMessage(), containsString("0 to 65535"));
        assertThat(assertThrows(IllegalArgumentException.class, () -> WorkbenchOptions.parse("--db", "oracle"))
                .getMessage(), containsString("h2 or postgres"));
        assertThat(assertThrows(IllegalArgumentException.class, () -> WorkbenchOptions.parse("--port"))
                .getMessage(), containsString("needs a value"));
        assertThat(assertThrows(IllegalArgumentException.class, () -> WorkbenchOptions.parse("--verbose"))
                .getMessage(), containsString("Unknown option"));
    }
}
