package app.alongside.workbench.plugin;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The Spring Scanner index a plugin jar carries in {@code META-INF/plugin-components/} (what
 * {@code <atlassian-scanner:scan-indexes/>} reads in Confluence): the components to instantiate and the host
 * interfaces they import. Read from the same jar (or directory) as the plugin's descriptor, never from elsewhere
 * on the class path.
 */
public record ScannerIndex(List<Entry> components, List<Entry> imports) {

    public ScannerIndex {
        components = List.copyOf(components);
        imports = List.copyOf(imports);
    }

    /** One line: {@code fully.qualified.Name} or {@code fully.qualified.Name#beanName}. */
    public record Entry(String className, String beanName) {
        public Entry {
            Objects.requireNonNull(className, "className");
        }

        static Entry parse(String line) {
            int hash = line.indexOf('#');
            return hash < 0 ? new Entry(line, null) : new Entry(line.substring(0, hash), line.substring(hash + 1));
        }
    }

    /** The index next to the descriptor at {@code descriptorUrl} ({@code .../atlassian-plugin.xml}). */
    public static ScannerIndex nextTo(URL descriptorUrl) throws IOException {
        String base = descriptorUrl.toString();
        base = base.substring(0, base.length() - "atlassian-plugin.xml".length());
        List<Entry> components = new ArrayList<>();
        List<Entry> imports = new ArrayList<>();
        // Product-specific files (component-confluence, ...) are read too, as the scanner does inside Confluence.
        for (String file : List.of("component", "component-confluence")) {
            components.addAll(lines(base + "META-INF/plugin-components/" + file));
        }
        for (String file : List.of("imports", "imports-confluence")) {
            imports.addAll(lines(base + "META-INF/plugin-components/" + file));
        }
        return new ScannerIndex(components, imports);
    }

    private static List<Entry> lines(String url) throws IOException {
        List<Entry> entries = new ArrayList<>();
        String text;
        try (InputStream in = URI.create(url).toURL().openStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (FileNotFoundException absent) {
            return entries;
        }
        for (String line : text.split("\\R")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                entries.add(Entry.parse(line.strip()));
            }
        }
        return entries;
    }
}
