package app.alongside.confluence.fidelity;

import app.alongside.confluence.testing.PluginFiles;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Named;
import org.junit.Test;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The Spring Scanner index that Confluence reads at start-up matches the code: every listed component exists
 * and carries the annotation the index claims, every {@code @ComponentImport} is listed, and every import is a
 * host interface.
 */
public class ScannerIndexTest {

    private static final Path INDEX = PluginFiles.CLASSES.resolve("META-INF/plugin-components");

    @Test
    public void everyIndexedComponentExistsAndIsAnnotatedNamed() throws Exception {
        List<String> problems = new ArrayList<>();
        for (String line : lines("component")) {
            Class<?> type = Class.forName(line.split("#")[0]);
            if (!type.isAnnotationPresent(Named.class)) {
                problems.add(line + " is not annotated @Named");
            }
            if (Modifier.isAbstract(type.getModifiers())) {
                problems.add(line + " is abstract");
            }
            if (publicInjectableConstructors(type) != 1) {
                problems.add(line + " needs exactly one public constructor for injection");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    public void everyNamedClassInTheAppIsIndexed() throws IOException {
        Set<String> named = new TreeSet<>();
        for (Path source : PluginFiles.files(PluginFiles.MAIN_JAVA, ".java")) {
            String text = PluginFiles.read(source);
            if (text.contains("\n@Named")) {
                String relative = PluginFiles.MAIN_JAVA.relativize(source).toString();
                named.add(relative.substring(0, relative.length() - ".java".length()).replace('/', '.'));
            }
        }
        assertFalse(named.isEmpty());
        assertEquals(named, new TreeSet<>(lines("component")));
    }

    @Test
    public void importsAreExactlyTheComponentImportParametersAndAllHostInterfaces() throws Exception {
        Set<String> expected = new TreeSet<>();
        for (String line : lines("component")) {
            for (Constructor<?> constructor : Class.forName(line.split("#")[0]).getConstructors()) {
                for (Parameter parameter : constructor.getParameters()) {
                    if (parameter.isAnnotationPresent(ComponentImport.class)) {
                        expected.add(parameter.getType().getName());
                    }
                }
            }
        }
        Set<String> indexed = new TreeSet<>(lines("imports"));
        assertEquals(expected, indexed);
        for (String imported : indexed) {
            Class<?> type = Class.forName(imported.split("#")[0]);
            assertTrue(imported + " should be a host interface", type.isInterface());
            assertTrue(imported + " should come from the host", type.getName().startsWith("com.atlassian."));
        }
    }

    @Test
    public void componentImportsAreDeclaredInOnePlaceOnly() throws Exception {
        Set<String> importers = new TreeSet<>();
        for (String line : lines("component")) {
            for (Constructor<?> constructor : Class.forName(line.split("#")[0]).getConstructors()) {
                for (Parameter parameter : constructor.getParameters()) {
                    if (parameter.isAnnotationPresent(ComponentImport.class)) {
                        importers.add(constructor.getDeclaringClass().getName());
                    }
                }
            }
        }
        assertEquals(Set.of("app.alongside.confluence.wiring.HostComponents"), importers);
    }

    @Test
    public void springContextAsksForTheIndex() {
        String context = PluginFiles.read(PluginFiles.CLASSES.resolve("META-INF/spring/plugin-context.xml"));
        assertTrue(context.contains("<atlassian-scanner:scan-indexes/>"));
    }

    private static int publicInjectableConstructors(Class<?> type) {
        return type.getConstructors().length;
    }

    private static List<String> lines(String file) throws IOException {
        return Files.readAllLines(INDEX.resolve(file)).stream().filter(l -> !l.isBlank()).toList();
    }
}
