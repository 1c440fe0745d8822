package app.alongside.testsupport.render;

import com.atlassian.sal.api.message.I18nResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * SAL's {@link I18nResolver} over the app's own {@code .properties} bundles, as Confluence resolves a plugin's
 * {@code <resource type="i18n">} bundles.
 *
 * <ul>
 *   <li>Bundles are read from a ClassLoader as <b>UTF-8</b> ({@code \}{@code uXXXX} escapes work too). A bundle is
 *       named like an Atlassian i18n resource location: {@code i18n/alongside}, {@code app.alongside.i18n} or
 *       {@code i18n/alongside.properties}. When several bundles define a key, the first bundle given wins (and
 *       {@link #problems()} reports the duplicate).
 *   <li>Every message goes through {@link MessageFormat}, with or without arguments, as Atlassian products do: so a
 *       literal apostrophe is written {@code ''} in the bundle ({@code Don''t}), and {@code {0}} is the first
 *       argument. Numbers and dates are formatted for the resolver's locale (default {@link Locale#UK}).
 *   <li>A missing key resolves to the key itself, as SAL does, so a missing translation is visible on the page.
 * </ul>
 *
 * <p>Only the base bundle is read: there is no per-locale fallback chain (the app ships en_GB only).
 */
public final class BundleI18nResolver implements I18nResolver {

    private final Map<String, String> patterns;
    private final Locale locale;
    private final List<String> loadProblems;

    private BundleI18nResolver(Map<String, String> patterns, Locale locale, List<String> loadProblems) {
        this.patterns = Collections.unmodifiableMap(patterns);
        this.locale = locale;
        this.loadProblems = List.copyOf(loadProblems);
    }

    /**
     * Reads the given bundles from {@code classLoader}, formatting for {@link Locale#UK}.
     *
     * @throws IllegalArgumentException if a bundle is not on the classpath
     */
    public static BundleI18nResolver fromClasspath(ClassLoader classLoader, String... bundleNames) {
        return fromClasspath(classLoader, Locale.UK, bundleNames);
    }

    /**
     * Reads the given bundles from {@code classLoader}, formatting numbers and dates for {@code locale}.
     *
     * @throws IllegalArgumentException if a bundle is not on the classpath
     */
    public static BundleI18nResolver fromClasspath(ClassLoader classLoader, Locale locale, String... bundleNames) {
        Objects.requireNonNull(classLoader, "classLoader");
        Objects.requireNonNull(locale, "locale");
        if (bundleNames.length == 0) {
            throw new IllegalArgumentException("Give at least one i18n bundle");
        }
        Map<String, String> patterns = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (String bundleName : bundleNames) {
            String resource = resourceName(bundleName);
            Properties properties = new Properties();
            try (InputStream in = classLoader.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalArgumentException("No i18n bundle '" + bundleName + "' (" + resource
                            + ") on the classpath");
                }
                try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read i18n bundle " + resource, e);
            }
            for (String key : new TreeSet<>(properties.stringPropertyNames())) {
                String value = properties.getProperty(key);
                if (patterns.containsKey(key)) {
                    problems.add(key + ": defined again in " + resource + " (the first definition is used)");
                } else {
                    patterns.put(key, value);
                }
            }
        }
        return new BundleI18nResolver(patterns, locale, problems);
    }

    /** The classpath resource for an i18n bundle name: {@code a.b.c} and {@code a/b/c} give {@code a/b/c.properties}. */
    static String resourceName(String bundleName) {
        String name = bundleName.trim();
        while (name.startsWith("/")) {
            name = name.substring(1);
        }
        if (name.endsWith(".properties")) {
            return name;
        }
        return name.replace('.', '/') + ".properties";
    }

    @Override
    public String getText(String key) {
        return getText(key, new Serializable[0]);
    }

    @Override
    public String getText(String key, Serializable... arguments) {
        String pattern = patterns.get(key);
        if (pattern == null) {
            return key;
        }
        try {
            return new MessageFormat(pattern, locale).format(arguments == null ? new Object[0] : arguments);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("i18n key '" + key + "' is not a valid MessageFormat pattern ("
                    + e.getMessage() + "): " + pattern, e);
        }
    }

    /** The unformatted message for a key ({@code ''} still doubled, {@code {0}} still there), or null. */
    public String getRawText(String key) {
        return patterns.get(key);
    }

    /** Whether any bundle defines the key. */
    public boolean hasKey(String key) {
        return patterns.containsKey(key);
    }

    /** Every key the bundles define, sorted. */
    public Set<String> keys() {
        return Collections.unmodifiableSet(new TreeSet<>(patterns.keySet()));
    }

    public Locale locale() {
        return locale;
    }

    /**
     * Mistakes in the bundles, one line each, sorted by key: keys defined twice, patterns {@link MessageFormat}
     * refuses, and lone apostrophes, which MessageFormat silently swallows ({@code Don't} prints {@code Dont}; write
     * {@code Don''t}). An app's bundle test can assert this is empty.
     */
    public List<String> problems() {
        List<String> problems = new ArrayList<>(loadProblems);
        for (Map.Entry<String, String> entry : new java.util.TreeMap<>(patterns).entrySet()) {
            String key = entry.getKey();
            String pattern = entry.getValue();
            try {
                new MessageFormat(pattern, locale);
            } catch (IllegalArgumentException e) {
                problems.add(key + ": not a valid MessageFormat pattern (" + e.getMessage() + ")");
                continue;
            }
            if (hasLoneApostrophe(pattern)) {
                problems.add(key + ": a single apostrophe is swallowed by MessageFormat; write '' for a literal '");
            }
        }
        Collections.sort(problems);
        return problems;
    }

    private static boolean hasLoneApostrophe(String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            if (pattern.charAt(i) == '\'') {
                if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                    i++;
                } else {
                    return true;
                }
            }
        }
        return false;
    }
}
