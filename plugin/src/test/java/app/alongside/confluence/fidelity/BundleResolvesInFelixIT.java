package app.alongside.confluence.fidelity;

import org.apache.felix.framework.FrameworkFactory;
import org.junit.After;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

import java.io.File;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/**
 * The built jar resolves and starts in a real OSGi framework (Apache Felix) whose host exports what Confluence
 * 10.2 exports: the stand-in bundle plays Confluence and its bundled plugins, the system bundle plays the
 * platform libraries. A missing or mis-versioned Import-Package fails here with Felix's own message.
 */
public class BundleResolvesInFelixIT {

    /** Platform packages and the versions Confluence 10.2 exports them at (see confluence-api/README.md). */
    static final String PLATFORM_PACKAGES = String.join(",",
            "jakarta.inject;version=2.0.1",
            "jakarta.servlet;version=6.0.0", "jakarta.servlet.http;version=6.0.0",
            "jakarta.ws.rs;version=3.1.0", "jakarta.ws.rs.core;version=3.1.0",
            "net.java.ao;version=7.0.1", "net.java.ao.schema;version=7.0.1",
            "org.slf4j;version=2.0.17",
            "org.springframework.beans.factory;version=6.2.19");

    @Rule
    public TemporaryFolder storage = new TemporaryFolder();

    private Framework framework;

    @After
    public void stopFramework() throws Exception {
        if (framework != null) {
            framework.stop();
            framework.waitForStop(10_000);
        }
    }

    @Test
    public void appBundleResolvesAndStartsAgainstTheHostExports() throws Exception {
        startFramework();
        Bundle host = install(System.getProperty("alongside.standins.jar"));
        Bundle app = install(System.getProperty("alongside.plugin.jar"));

        app.start();

        assertEquals(Bundle.ACTIVE, app.getState());
        assertEquals("app.alongside.confluence", app.getSymbolicName());
        Class<?> macroInterface = app.loadClass("com.atlassian.confluence.macro.Macro");
        assertSame("the app must use the host's Macro type, not a copy",
                host.loadClass("com.atlassian.confluence.macro.Macro"), macroInterface);
        assertTrue(macroInterface.isAssignableFrom(app.loadClass("app.alongside.confluence.principle.PrinciplesMacro")));
        List<BundleWire> wires = app.adapt(BundleWiring.class).getRequiredWires(null);
        assertTrue("expected the app to wire to the stand-in host bundle",
                wires.stream().anyMatch(w -> w.getProvider().getBundle().equals(host)));
    }

    @Test
    public void missingHostPackageFailsWithFelixNamingTheRequirement() throws Exception {
        startFramework();
        Bundle app = install(System.getProperty("alongside.plugin.jar"));
        try {
            app.start();
            fail("the app must not start without the Confluence packages it imports");
        } catch (BundleException expected) {
            String message = expected.getMessage();
            assertTrue(message, message.contains("missing requirement"));
            assertTrue(message, message.contains("com.atlassian."));
        }
    }

    private void startFramework() throws BundleException {
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, storage.getRoot().getAbsolutePath());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, PLATFORM_PACKAGES);
        framework = new FrameworkFactory().newFramework(config);
        framework.start();
    }

    private Bundle install(String path) throws BundleException {
        assertNotNull("failsafe sets the jar paths", path);
        File jar = new File(path);
        assertTrue(jar + " exists", jar.isFile());
        return framework.getBundleContext().installBundle(jar.toURI().toString());
    }
}
