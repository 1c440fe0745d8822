package app.alongside.confluence.testing;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/** The app's built files as tests see them: the filtered descriptor, the i18n bundle and the sources. */
public final class PluginFiles {

    public static final String PLUGIN_KEY = "app.alongside.confluence";
    public static final Path CLASSES = Path.of("target", "classes");
    public static final Path MAIN_JAVA = Path.of("src", "main", "java");
    public static final Path MAIN_RESOURCES = Path.of("src", "main", "resources");

    private PluginFiles() {
    }

    /** The descriptor after Maven filtering, as Confluence reads it from the jar. */
    public static Document descriptor() {
        return xml(CLASSES.resolve("atlassian-plugin.xml"));
    }

    public static Document xml(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(in);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    public static List<Element> elements(Document document, String tagName) {
        NodeList nodes = document.getElementsByTagName(tagName);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    public static List<Element> children(Element parent, String tagName) {
        List<Element> elements = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element && element.getTagName().equals(tagName)) {
                elements.add(element);
            }
        }
        return elements;
    }

    public static Properties i18n() {
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(CLASSES.resolve("i18n/alongside.properties"), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** Every file under a directory with the given ending, e.g. all main Java sources. */
    public static List<Path> files(Path directory, String ending) {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(p -> p.toString().endsWith(ending)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static boolean onClasspath(String resource) {
        String path = resource.startsWith("/") ? resource.substring(1) : resource;
        return Files.exists(CLASSES.resolve(path));
    }
}
