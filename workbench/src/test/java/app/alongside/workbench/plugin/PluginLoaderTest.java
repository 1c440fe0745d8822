package app.alongside.workbench.plugin;

import app.alongside.testsupport.ao.AoDatabase;
import app.alongside.workbench.plugin.fake.FakeMacro;
import app.alongside.workbench.plugin.fake.ImportProbe;
import com.atlassian.confluence.content.render.xhtml.ConversionContextOutputType;
import com.atlassian.sal.api.message.I18nResolver;
import app.alongside.workbench.render.HostConversionContext;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** Loading a small fake app from a directory: its descriptor, its scanner index, its classes. */
public class PluginLoaderTest {

    private static final String FAKE = "app.alongside.workbench.plugin.fake.";

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    private final AoDatabase unusedDatabase = AoDatabase.h2MemoryUnique("plugin-loader-test");

    private PluginLoader fakeApp(String components, String imports) throws IOException {
        Path root = folder.getRoot().toPath();
        Files.writeString(root.resolve("atlassian-plugin.xml"), "<atlassian-plugin key=\"fake.plugin\" name=\"Fake\">"
                + "<xhtml-macro name=\"fake\" key=\"fake-macro\" class=\"" + FAKE + "FakeMacro\"/>"
                + "<web-panel key=\"wp\"/></atlassian-plugin>");
        Path index = Files.createDirectories(root.resolve("META-INF/plugin-components"));
        Files.writeString(index.resolve("component"), components);
        Files.writeString(index.resolve("imports"), imports);
        return PluginLoader.fromDescriptor(root.resolve("atlassian-plugin.xml").toUri().toURL(),
                getClass().getClassLoader());
    }

    private static HostServices host() {
        return new HostServices().provide(I18nResolver.class, new I18nResolver() {
            @Override
            public String getText(String key, Serializable... arguments) {
                return getText(key);
            }

            @Override
            public String getText(String key) {
                return "Hello from the host's " + key;
            }
        });
    }

    @Test
    public void componentsAreWiredAndModulesAreCreatedWithConstructorInjection() throws Exception {
        PluginLoader loader = fakeApp(FAKE + "GreetingFactory\n" + FAKE + "ImportProbe#probe\n",
                "com.atlassian.sal.api.message.I18nResolver\n");
        try (InstalledPlugin plugin = loader.install(host(), unusedDatabase)) {
            assertTrue(plugin.macro("fake").orElseThrow() instanceof FakeMacro);
            String html = plugin.macro("fake").orElseThrow().execute(Map.of(), "",
                    HostConversionContext.of(ConversionContextOutputType.DISPLAY, null, "X"));
            assertEquals("<p>Hello from the host's fake.greeting</p>", html);
            assertEquals(1, plugin.descriptor().unsupported().size());
        }
    }

    @Test
    public void hostServicesReachTheAppOnlyThroughTheirInterface() throws Exception {
        PluginLoader loader = fakeApp(FAKE + "GreetingFactory\n" + FAKE + "ImportProbe\n",
                "com.atlassian.sal.api.message.I18nResolver\n");
        try (InstalledPlugin plugin = loader.install(host(), unusedDatabase)) {
            I18nResolver injected = plugin.container().bean(ImportProbe.class).i18n();
            assertTrue(Proxy.isProxyClass(injected.getClass()));
            assertEquals(1, injected.getClass().getInterfaces().length);
            assertEquals("Hello from the host's k", injected.getText("k"));
        }
    }

    @Test
    public void anImportTheHostDoesNotProvideIsNamedInTheError() throws Exception {
        PluginLoader loader = fakeApp("", "com.atlassian.sal.api.message.I18nResolver\n"
                + "com.atlassian.confluence.pages.PageManager\n");
        PluginLoadException e = assertThrows(PluginLoadException.class, () -> loader.install(host(), unusedDatabase));
        assertThat(e.getMessage(), containsString("com.atlassian.confluence.pages.PageManager"));
        assertFalse(e.getMessage().contains("I18nResolver"));
    }

    @Test
    public void aComponentThatFailsToStartStopsTheLoadWithItsReason() throws Exception {
        PluginLoader loader = fakeApp(FAKE + "Unconstructable\n", "");
        PluginLoadException e = assertThrows(PluginLoadException.class, () -> loader.install(host(), unusedDatabase));
        assertThat(e.getMessage(), containsString("refuses to start"));
    }

    @Test
    public void aMissingComponentClassIsNamed() throws Exception {
        PluginLoader loader = fakeApp(FAKE + "NoSuchComponent\n", "");
        PluginLoadException e = assertThrows(PluginLoadException.class, () -> loader.install(host(), unusedDatabase));
        assertThat(e.getMessage(), containsString(FAKE + "NoSuchComponent"));
    }
}
