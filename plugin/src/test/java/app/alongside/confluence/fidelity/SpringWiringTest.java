package app.alongside.confluence.fidelity;

import app.alongside.confluence.testing.PluginFiles;
import app.alongside.settings.SettingsService;
import org.junit.Test;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.context.support.GenericApplicationContext;
import org.w3c.dom.Element;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.mockito.Mockito.mock;

/**
 * Builds the app's Spring context the way Spring Scanner does in Confluence — host services for every line of
 * {@code imports}, a bean for every line of {@code component} — and then creates every module class the
 * descriptor names by constructor autowiring, as the plugin system does. A missing or ambiguous dependency fails
 * here instead of at install time.
 */
public class SpringWiringTest {

    @Test
    public void everyComponentAndModuleClassCanBeCreatedFromTheIndexAndHostServices() throws Exception {
        try (GenericApplicationContext context = new GenericApplicationContext()) {
            for (String line : lines("imports")) {
                Class<?> type = Class.forName(line.split("#")[0]);
                registerMock(context, type);
            }
            for (String line : lines("component")) {
                context.registerBean(Class.forName(line.split("#")[0]));
            }
            context.refresh();

            assertNotNull("core services are beans", context.getBean(SettingsService.class));
            List<String> created = new ArrayList<>();
            AutowireCapableBeanFactory factory = context.getAutowireCapableBeanFactory();
            for (String className : moduleClasses()) {
                Object module = factory.createBean(Class.forName(className));
                created.add(module.getClass().getName());
            }
            assertEquals(moduleClasses(), created);
        }
    }

    private static <T> void registerMock(GenericApplicationContext context, Class<T> type) {
        context.registerBean(type, () -> mock(type));
    }

    /** Macros, servlets and REST resources: classes Confluence creates by autowiring, not components. */
    private static List<String> moduleClasses() {
        List<String> classes = new ArrayList<>();
        for (String tag : List.of("xhtml-macro", "servlet", "context-provider")) {
            for (Element element : PluginFiles.elements(PluginFiles.descriptor(), tag)) {
                classes.add(element.getAttribute("class"));
            }
        }
        classes.addAll(restResources());
        return classes;
    }

    /** Classes annotated {@code @Path} in the descriptor's REST package, as REST v2 finds them. */
    static List<String> restResources() {
        List<String> resources = new ArrayList<>();
        for (Element rest : PluginFiles.elements(PluginFiles.descriptor(), "package")) {
            String packagePath = rest.getTextContent().strip().replace('.', '/');
            for (java.nio.file.Path file : PluginFiles.files(PluginFiles.CLASSES.resolve(packagePath), ".class")) {
                String name = PluginFiles.CLASSES.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                try {
                    if (Class.forName(name).isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                        resources.add(name);
                    }
                } catch (ClassNotFoundException e) {
                    throw new AssertionError(e);
                }
            }
        }
        if (resources.isEmpty()) {
            throw new AssertionError("expected REST resources in the descriptor's rest package");
        }
        return resources;
    }

    private static List<String> lines(String file) throws Exception {
        return Files.readAllLines(PluginFiles.CLASSES.resolve("META-INF/plugin-components/" + file)).stream()
                .filter(l -> !l.isBlank()).toList();
    }
}
