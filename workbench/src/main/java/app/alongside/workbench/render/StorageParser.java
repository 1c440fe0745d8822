package app.alongside.workbench.render;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.StringReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses Confluence storage format into a DOM, safely. Storage is a fragment of XHTML whose {@code ac:}, {@code ri:}
 * and {@code at:} prefixes are implicit, so it is wrapped in a root element declaring them. The parser refuses any
 * DOCTYPE (so no entity can be declared, and nothing external is ever read) and limits nesting depth; HTML named
 * entities are rewritten to numeric references first.
 */
public final class StorageParser {

    public static final String AC_NAMESPACE = "http://atlassian.com/content";
    public static final String RI_NAMESPACE = "http://atlassian.com/resource/identifier";
    public static final String AT_NAMESPACE = "http://atlassian.com/template";
    public static final String XHTML_NAMESPACE = "http://www.w3.org/1999/xhtml";

    private static final String ROOT_START = "<ac:storage-root xmlns:ac=\"" + AC_NAMESPACE + "\" xmlns:ri=\""
            + RI_NAMESPACE + "\" xmlns:at=\"" + AT_NAMESPACE + "\">";
    private static final String ROOT_END = "</ac:storage-root>";
    private static final Pattern ENTITY = Pattern.compile("&([A-Za-z][A-Za-z0-9]{0,31});");
    private static final int MAX_ELEMENT_DEPTH = 256;

    private final DocumentBuilderFactory factory = secureFactory();

    /** The storage wrapped in its root element, which {@link #parse} returns. Empty storage gives an empty root. */
    public Element parse(String storage) throws StorageFormatException {
        String source = ROOT_START + numericEntities(storage == null ? "" : storage) + ROOT_END;
        try {
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new Strict());
            Document document = builder.parse(new InputSource(new StringReader(source)));
            return document.getDocumentElement();
        } catch (SAXParseException e) {
            int line = e.getLineNumber();
            int column = line == 1 ? Math.max(1, e.getColumnNumber() - ROOT_START.length()) : e.getColumnNumber();
            throw new StorageFormatException(plain(e.getMessage()), line, column, e);
        } catch (SAXException | IOException | ParserConfigurationException | IllegalArgumentException e) {
            throw new StorageFormatException("The storage format could not be read: " + e.getMessage(), -1, -1, e);
        }
    }

    /**
     * Rewrites HTML named entities outside CDATA sections to numeric references; an unknown name is kept as
     * visible text ({@code &amp;name;}) rather than failing the page, as a browser would show it.
     */
    static String numericEntities(String storage) {
        StringBuilder out = new StringBuilder(storage.length() + 16);
        int index = 0;
        while (index < storage.length()) {
            int cdata = storage.indexOf("<![CDATA[", index);
            int end = cdata < 0 ? storage.length() : cdata;
            replaceEntities(storage.substring(index, end), out);
            if (cdata < 0) {
                break;
            }
            int close = storage.indexOf("]]>", cdata);
            int stop = close < 0 ? storage.length() : close + 3;
            out.append(storage, cdata, stop);
            index = stop;
        }
        return out.toString();
    }

    private static void replaceEntities(String text, StringBuilder out) {
        Matcher m = ENTITY.matcher(text);
        int last = 0;
        while (m.find()) {
            out.append(text, last, m.start());
            String name = m.group(1);
            switch (name) {
                case "amp", "lt", "gt", "quot", "apos" -> out.append(m.group());
                default -> out.append(NamedEntities.codePoint(name)
                        .map(cp -> "&#" + cp + ";")
                        .orElse("&amp;" + name + ";"));
            }
            last = m.end();
        }
        out.append(text, last, text.length());
    }

    private static String plain(String parserMessage) {
        if (parserMessage == null) {
            return "The storage format is not well-formed XHTML.";
        }
        if (parserMessage.contains("DOCTYPE")) {
            return "Storage format may not contain a DOCTYPE declaration.";
        }
        return parserMessage.replace("ac:storage-root", "the page");
    }

    private static DocumentBuilderFactory secureFactory() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            f.setIgnoringComments(true);
            try {
                // The JDK parser's own limit; deeply nested hostile storage fails to parse instead of exhausting the stack.
                f.setAttribute("jdk.xml.maxElementDepth", String.valueOf(MAX_ELEMENT_DEPTH));
            } catch (IllegalArgumentException notTheJdkParser) {
                // another parser on the classpath: the renderer's own depth limit still applies
            }
            return f;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser cannot be configured securely", e);
        }
    }

    /** Turns every parser error into a failure, so malformed storage is never half-rendered. */
    private static final class Strict implements ErrorHandler {
        @Override
        public void warning(SAXParseException e) {
            // warnings do not affect the result
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }
}
