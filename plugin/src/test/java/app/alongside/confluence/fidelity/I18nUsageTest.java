package app.alongside.confluence.fidelity;

import app.alongside.confluence.testing.PluginFiles;
import app.alongside.principle.Framework;
import app.alongside.principle.Principle;
import org.junit.Test;

import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** Every i18n key the code or core asks for is in the bundle, so no person ever reads a raw key. */
public class I18nUsageTest {

    private static final Pattern KEY_LITERAL = Pattern.compile("\"(alongside\\.[a-zA-Z0-9.\\-]+[a-zA-Z0-9])\"");
    private static final Path CORE_MAIN_JAVA = Path.of("..", "core", "src", "main", "java");

    private final Properties i18n = PluginFiles.i18n();

    @Test
    public void everyKeyLiteralInTheAppAndCoreIsInTheBundle() {
        Set<String> missing = new TreeSet<>();
        int found = 0;
        for (Path root : new Path[] {PluginFiles.MAIN_JAVA, CORE_MAIN_JAVA}) {
            for (Path source : PluginFiles.files(root, ".java")) {
                Matcher matcher = KEY_LITERAL.matcher(PluginFiles.read(source));
                while (matcher.find()) {
                    found++;
                    String key = matcher.group(1);
                    if (!key.endsWith(".") && !i18n.containsKey(key) && !isKeyPrefix(key)) {
                        missing.add(key + " (" + source.getFileName() + ")");
                    }
                }
            }
        }
        assertTrue("expected to find key literals", found > 10);
        assertEquals(Set.of(), missing);
    }

    @Test
    public void everyFrameworkAndPrincipleHasItsWords() {
        Set<String> missing = new TreeSet<>();
        for (Framework framework : Framework.values()) {
            for (String key : new String[] {framework.nameKey(), framework.introductionKey(), framework.sourceKey()}) {
                require(key, missing);
            }
            for (Principle principle : framework.principles()) {
                require(principle.nameKey(), missing);
                require(principle.explanationKey(), missing);
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    public void noValueIsBlankOrStillUsesAStraightApostrophe() {
        Set<String> problems = new TreeSet<>();
        for (String key : i18n.stringPropertyNames()) {
            String value = i18n.getProperty(key);
            if (value.isBlank()) {
                problems.add(key + " is blank");
            }
            if (value.contains("'")) {
                problems.add(key + " has a straight apostrophe, which MessageFormat would swallow; use \u2019");
            }
        }
        assertEquals(Set.of(), problems);
    }

    @Test
    public void noKeyIsDefinedTwice() {
        Set<String> seen = new TreeSet<>();
        Set<String> twice = new TreeSet<>();
        for (String line : PluginFiles.read(PluginFiles.MAIN_RESOURCES.resolve("i18n/alongside.properties")).split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || !trimmed.contains("=")) {
                continue;
            }
            String key = trimmed.substring(0, trimmed.indexOf('=')).strip();
            if (!seen.add(key)) {
                twice.add(key);
            }
        }
        assertEquals(Set.of(), twice);
    }

    /** Literals such as "alongside.framework." + value build keys; those are checked by the test above. */
    private boolean isKeyPrefix(String key) {
        return i18n.stringPropertyNames().stream().anyMatch(k -> k.startsWith(key + "."));
    }

    private void require(String key, Set<String> missing) {
        if (!i18n.containsKey(key)) {
            missing.add(key);
        }
    }
}
