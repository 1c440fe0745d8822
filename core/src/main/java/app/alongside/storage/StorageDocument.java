package app.alongside.storage;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A page's storage format (Confluence's XHTML with {@code ac:} and {@code ri:} elements), parsed safely: no DTD,
 * no external entities, HTML named entities turned into characters first. Hostile or malformed storage gives a
 * {@link StorageFormatException}, never anything worse.
 */
public final class StorageDocument {

    public static final String AC = "http://atlassian.com/content";
    public static final String RI = "http://atlassian.com/resource/identifier";
    private static final String ROOT = "alongside-storage-root";
    /** Pages beyond this are refused rather than parsed: Confluence's own page limit is far lower. */
    public static final int MAX_LENGTH = 5_000_000;
    /**
     * Deeper nesting is refused: the DOM's text and serialisation walk recursively, so a hostile page with thousands of
     * nested elements would exhaust the stack of whoever reads it (a page save's listener included). Pages written in
     * Confluence's editor nest a few dozen deep.
     */
    public static final int MAX_DEPTH = 500;

    private final Element root;

    private StorageDocument(Element root) {
        this.root = root;
    }

    public static StorageDocument parse(String storage) {
        if (storage == null) {
            storage = "";
        }
        if (storage.length() > MAX_LENGTH) {
            throw new StorageFormatException("the page is too large to read (" + storage.length() + " characters)");
        }
        String xml = "<" + ROOT + " xmlns:ac=\"" + AC + "\" xmlns:ri=\"" + RI + "\" xmlns:at=\"http://atlassian.com/template\">"
                + NamedEntities.toCharacterReferences(storage) + "</" + ROOT + ">";
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(null);
            Document document = builder.parse(new InputSource(new StringReader(xml)));
            requireShallow(document.getDocumentElement());
            return new StorageDocument(document.getDocumentElement());
        } catch (SAXException e) {
            throw new StorageFormatException("the page is not well-formed storage format: " + e.getMessage(), e);
        } catch (ParserConfigurationException | IOException e) {
            throw new StorageFormatException("the page could not be read: " + e.getMessage(), e);
        }
    }

    /** Walks the tree without recursion and refuses it if elements nest deeper than {@link #MAX_DEPTH}. */
    private static void requireShallow(Element root) {
        Node node = root;
        int depth = 0;
        while (node != null) {
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                if (++depth > MAX_DEPTH) {
                    throw new StorageFormatException("the page nests elements more than " + MAX_DEPTH + " deep");
                }
                continue;
            }
            while (node != null && node != root && node.getNextSibling() == null) {
                node = node.getParentNode();
                depth--;
            }
            node = node == null || node == root ? null : node.getNextSibling();
        }
    }

    public Element root() {
        return root;
    }

    /** Every {@code ac:structured-macro} named {@code name}, in document order, at any depth. */
    public List<Element> macros(String name) {
        return macros(root, name);
    }

    public static List<Element> macros(Element scope, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = scope.getElementsByTagNameNS(AC, "structured-macro");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element macro = (Element) nodes.item(i);
            if (name.equals(macro.getAttributeNS(AC, "name"))) {
                found.add(macro);
            }
        }
        return found;
    }

    /** The macro's direct {@code ac:parameter} with this name. */
    public static Optional<Element> parameter(Element macro, String name) {
        for (Element child : children(macro)) {
            if (AC.equals(child.getNamespaceURI()) && "parameter".equals(child.getLocalName())
                    && name.equals(child.getAttributeNS(AC, "name"))) {
                return Optional.of(child);
            }
        }
        return Optional.empty();
    }

    /** The macro's {@code ac:rich-text-body}, if it has one. */
    public static Optional<Element> richTextBody(Element macro) {
        for (Element child : children(macro)) {
            if (AC.equals(child.getNamespaceURI()) && "rich-text-body".equals(child.getLocalName())) {
                return Optional.of(child);
            }
        }
        return Optional.empty();
    }

    public static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
    }

    /** The text a person sees, whitespace collapsed. */
    public static String text(Node node) {
        return node.getTextContent().replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    /** The children of {@code parent} written back as storage format (without the namespace declarations). */
    public static String innerStorage(Element parent) {
        StringWriter out = new StringWriter();
        try {
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
                transformer.transform(new DOMSource(node), new StreamResult(out));
            }
        } catch (TransformerException e) {
            throw new StorageFormatException("could not write storage back: " + e.getMessage(), e);
        }
        return out.toString()
                .replace(" xmlns:ac=\"" + AC + "\"", "")
                .replace(" xmlns:ri=\"" + RI + "\"", "")
                .replace(" xmlns:at=\"http://atlassian.com/template\"", "");
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }
}
