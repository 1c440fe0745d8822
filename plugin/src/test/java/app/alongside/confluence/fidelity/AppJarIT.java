package app.alongside.confluence.fidelity;

import org.junit.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/** The installable jar: a transformerless plugin with its own manifest, core inside and no stand-in in it. */
public class AppJarIT {

    private static final String KEY = "app.alongside.confluence";

    static JarFile appJar() throws IOException {
        String path = System.getProperty("alongside.plugin.jar");
        assertNotNull("failsafe sets alongside.plugin.jar", path);
        return new JarFile(path);
    }

    @Test
    public void jarContainsNoAtlassianClassesAtAll() throws IOException {
        try (JarFile jar = appJar()) {
            List<String> atlassian = names(jar).stream().filter(n -> n.startsWith("com/atlassian/")).toList();
            assertEquals(List.of(), atlassian);
        }
    }

    @Test
    public void jarBundlesCoreButNotBuildOrTestTools() throws IOException {
        try (JarFile jar = appJar()) {
            List<String> names = names(jar);
            assertTrue(names.contains("app/alongside/principle/Framework.class"));
            assertTrue(names.contains("app/alongside/confluence/principle/PrinciplesMacro.class"));
            assertTrue(names.stream().noneMatch(n -> n.startsWith("app/alongside/scanner/")));
            assertTrue(names.stream().noneMatch(n -> n.startsWith("app/alongside/testsupport/")));
            assertTrue(names.stream().noneMatch(n -> n.startsWith("net/java/ao/")));
        }
    }

    @Test
    public void jarHoldsDescriptorsScannerIndexAndSpringContext() throws IOException {
        try (JarFile jar = appJar()) {
            for (String name : List.of("atlassian-plugin.xml", "atlassian-plugin-marketing.xml",
                    "META-INF/plugin-components/component", "META-INF/plugin-components/imports",
                    "META-INF/plugin-components/exports", "META-INF/spring/plugin-context.xml",
                    "i18n/alongside.properties", "images/pluginIcon.png", "images/pluginLogo.png")) {
                assertNotNull("missing " + name, jar.getEntry(name));
            }
        }
    }

    @Test
    public void manifestMakesItATransformerlessPluginWithVersionedHostImports() throws IOException {
        try (JarFile jar = appJar()) {
            Attributes main = jar.getManifest().getMainAttributes();
            assertEquals(KEY, main.getValue("Bundle-SymbolicName"));
            assertEquals(KEY, main.getValue("Atlassian-Plugin-Key"));
            assertEquals("*", main.getValue("Spring-Context"));
            assertNull("an app exports nothing", main.getValue("Export-Package"));
            List<String> unversionedHostImports = new ArrayList<>();
            for (String clause : splitClauses(main.getValue("Import-Package"))) {
                if (clause.startsWith("java.")) {
                    unversionedHostImports.add(clause + " (java.* must not be imported: -noimportjava)");
                } else if (!clause.contains("version=") && !isJavaPlatformPackage(clause)) {
                    unversionedHostImports.add(clause);
                }
            }
            assertEquals(List.of(), unversionedHostImports);
        }
    }

    /**
     * Packages of the Java platform outside java.* (XML parsing in core's storage reader). The OSGi framework
     * exports them from the JRE without meaningful versions, so they are imported unversioned, as AMPS does.
     */
    static boolean isJavaPlatformPackage(String clause) {
        String name = clause.split(";")[0];
        return name.startsWith("javax.xml.") || name.equals("javax.xml") || name.startsWith("org.w3c.dom")
                || name.startsWith("org.xml.sax");
    }

    /** Splits an OSGi header at the commas between clauses, not those inside quoted version ranges. */
    static List<String> splitClauses(String header) {
        List<String> clauses = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                clauses.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (!current.isEmpty()) {
            clauses.add(current.toString().strip());
        }
        return clauses;
    }

    private static List<String> names(JarFile jar) {
        return Collections.list(jar.entries()).stream().map(JarEntry::getName).toList();
    }
}
