package app.alongside.workbench;

import app.alongside.workbench.testing.Browser;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.rules.Timeout;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/** The README's command: the shaded jar starts on its own, prints its URL and logins, and serves the demo. */
public class RunnableJarIT {

    private static final Pattern READY = Pattern.compile("Alongside workbench is ready: (http://127\\.0\\.0\\.1:\\d+)/");

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    @Rule
    public final Timeout timeout = new Timeout(90, TimeUnit.SECONDS);

    @Test
    public void theRunnableJarStartsPrintsItsAddressAndServesTheDemo() throws Exception {
        String jar = System.getProperty("alongside.workbench.jar");
        assertNotNull("failsafe sets alongside.workbench.jar", jar);
        assertTrue("build the jar first (mvn package): " + jar, Files.isRegularFile(Path.of(jar)));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-jar", jar, "--port", "0", "--data-dir",
                folder.getRoot().getAbsolutePath()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        List<String> output = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String baseUrl = null;
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                output.add(line);
                Matcher ready = READY.matcher(line);
                if (ready.find()) {
                    baseUrl = ready.group(1);
                    break;
                }
            }
            assertNotNull("the workbench did not say it was ready:\n" + String.join("\n", output), baseUrl);
            for (int i = 0; i < 8; i++) {
                output.add(out.readLine());
            }
            assertThat(String.join("\n", output), containsString("admin   Dana Whitfield (Confluence administrator)"));
            assertThat(new Browser(baseUrl).basic("alex").get("/display/RC").body(),
                    containsString("Our principles"));
            assertThat(new Browser(baseUrl).basic("admin").get("/rest/alongside/1.0/settings").body(),
                    containsString("suppressionThreshold"));
        } finally {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}
