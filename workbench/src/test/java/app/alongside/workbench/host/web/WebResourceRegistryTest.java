package app.alongside.workbench.host.web;

import app.alongside.workbench.plugin.descriptor.ResourceDescriptor;
import app.alongside.workbench.plugin.descriptor.WebResourceModule;
import org.junit.Test;

import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class WebResourceRegistryTest {

    private static ResourceDescriptor download(String name, String location) {
        return new ResourceDescriptor("download", name, location, Map.of());
    }

    /** The app's real resources, on the test class path through the plugin jar. */
    private final WebResourceRegistry registry = new WebResourceRegistry("app.alongside.confluence", List.of(
            new WebResourceModule("base", "", List.of(download("settings.css", "css/settings.css")), List.of(),
                    List.of("alongside-settings")),
            new WebResourceModule("principles-resources", "", List.of(download("principles.css", "css/principles.css"),
                    download("principles.js", "js/none.js")), List.of("app.alongside.confluence:base"), List.of())),
            List.of(download("images/", "images/")), getClass().getClassLoader());

    @Test
    public void tagsListDependenciesFirstAndEachModuleOnce() {
        String tags = registry.tags(List.of("app.alongside.confluence:principles-resources",
                "app.alongside.confluence:base", "com.atlassian.auiplugin:ajs"));
        assertEquals("<link rel=\"stylesheet\" href=\"/download/resources/app.alongside.confluence:base/settings.css\">\n"
                + "<link rel=\"stylesheet\" href=\"/download/resources/app.alongside.confluence:principles-resources/principles.css\">\n"
                + "<script src=\"/download/resources/app.alongside.confluence:principles-resources/principles.js\" defer></script>\n",
                tags);
    }

    @Test
    public void webResourceFilesAndDirectoryDownloadsResolveOnTheClassPath() {
        assertTrue(registry.resolve("app.alongside.confluence:base/settings.css").isPresent());
        assertEquals("image/png", registry.resolve("app.alongside.confluence/images/pluginIcon.png").orElseThrow()
                .contentType());
    }

    @Test
    public void pathsOutsideTheDeclaredResourcesAreRefused() {
        assertTrue(registry.resolve("app.alongside.confluence/images/../atlassian-plugin.xml").isEmpty());
        assertTrue(registry.resolve("app.alongside.confluence/atlassian-plugin.xml").isEmpty());
        assertTrue(registry.resolve("app.alongside.confluence:base/../../etc/passwd").isEmpty());
        assertTrue(registry.resolve("app.alongside.confluence/images//pluginIcon.png").isEmpty());
        assertTrue(registry.resolve("other.plugin/images/pluginIcon.png").isEmpty());
    }

    @Test
    public void modulesInAContextCanBeFound() {
        assertEquals(List.of("app.alongside.confluence:base"), registry.inContext("alongside-settings"));
    }
}
