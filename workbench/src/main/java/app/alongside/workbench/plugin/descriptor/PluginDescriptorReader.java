package app.alongside.workbench.plugin.descriptor;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an {@code atlassian-plugin.xml} into a {@link PluginDescriptor}. The parser refuses DOCTYPEs and external
 * entities (a descriptor needs neither). Every module element becomes a typed module, an accepted no-op, or an
 * unsupported module with the reason; nothing is dropped.
 */
public final class PluginDescriptorReader {

    private static final Map<String, String> NOT_YET_HOSTED = Map.of(
            "dialog-wizard", "a dialog-wizard is hosted inside its <blueprint>; on its own it has no blueprint to run",
            "web-panel", "web panels are not rendered by the workbench yet",
            "web-section", "web sections are not rendered by the workbench yet",
            "servlet-filter", "servlet filters are not hosted by the workbench yet",
            "job-config", "scheduled jobs are not run by the workbench");

    private PluginDescriptorReader() {
    }

    /**
     * @throws IllegalArgumentException if the XML is not acceptable or a module is malformed (with the reason)
     * @throws IOException if the stream cannot be read
     */
    public static PluginDescriptor read(InputStream xml, String source) throws IOException {
        Element root;
        try {
            Document document = builder().parse(xml);
            root = document.getDocumentElement();
        } catch (SAXException e) {
            throw new IllegalArgumentException(source + " is not acceptable XML: " + e.getMessage(), e);
        }
        if (!root.getTagName().equals("atlassian-plugin")) {
            throw new IllegalArgumentException(source + " is not an atlassian-plugin descriptor");
        }
        String key = root.getAttribute("key");
        String name = root.getAttribute("name");
        String version = "";
        Map<String, String> infoParams = new LinkedHashMap<>();
        List<ResourceDescriptor> resources = new ArrayList<>();
        List<ModuleDescriptor> modules = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Element element : children(root)) {
            String type = element.getTagName();
            try {
                switch (type) {
                    case "plugin-info" -> {
                        version = text(child(element, "version"));
                        params(element).forEach(infoParams::put);
                    }
                    case "resource" -> {
                        ResourceDescriptor resource = resource(element);
                        if (resource.type().equals("i18n") || resource.type().equals("download")) {
                            resources.add(resource);
                        } else {
                            modules.add(new UnsupportedModule("resource type=" + resource.type(), resource.name(),
                                    "only i18n and download resources are served at the top level"));
                        }
                    }
                    default -> modules.add(module(element, key, warnings));
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
            }
        }
        return new PluginDescriptor(key, name, version, infoParams, resources, modules, warnings, source);
    }

    private static ModuleDescriptor module(Element e, String pluginKey, List<String> warnings) {
        String type = e.getTagName();
        String key = e.getAttribute("key");
        if (!children(e, "condition").isEmpty() || !children(e, "conditions").isEmpty()) {
            warnings.add(type + " '" + key + "': conditions are not evaluated by the workbench");
        }
        return switch (type) {
            case "xhtml-macro" -> new MacroModule(key, e.getAttribute("name"), attribute(e, "class"));
            case "servlet" -> new ServletModule(key, e.getAttribute("name"), attribute(e, "class"),
                    texts(e, "url-pattern"), initParams(e));
            case "rest" -> new RestModule(key, e.getAttribute("path"), e.getAttribute("version"), texts(e, "package"));
            case "web-resource" -> {
                if (!children(e, "transformation").isEmpty()) {
                    warnings.add("web-resource '" + key + "': transformations are not applied to what the workbench "
                            + "serves (its .soy files are compiled server-side for blueprint wizards only)");
                }
                yield new WebResourceModule(key, e.getAttribute("name"),
                        children(e, "resource").stream().map(PluginDescriptorReader::resource).toList(),
                        texts(e, "dependency"), texts(e, "context"));
            }
            case "ao" -> new AoModule(key, e.hasAttribute("namespace") ? e.getAttribute("namespace") : pluginKey,
                    texts(e, "entity"), texts(e, "upgradeTask"));
            case "velocity-allowlist" -> new VelocityAllowlistModule(key, texts(e, "method"));
            case "web-item" -> {
                Element label = child(e, "label");
                Element link = child(e, "link");
                Element description = child(e, "description");
                yield new WebItemModule(key, e.getAttribute("name"), e.getAttribute("section"),
                        weight(e.getAttribute("weight")), label == null ? "" : label.getAttribute("key"), text(link),
                        link == null || link.getAttribute("linkId").isEmpty() ? key : link.getAttribute("linkId"),
                        !children(e, "condition").isEmpty() || !children(e, "conditions").isEmpty(),
                        e.getAttribute("i18n-name-key"), description == null ? "" : description.getAttribute("key"),
                        params(e), children(e, "resource").stream().map(PluginDescriptorReader::resource).toList());
            }
            case "content-template" -> contentTemplate(e, key);
            case "blueprint" -> blueprint(e, key);
            case "component" -> new ComponentModule(key, attribute(e, "class"));
            case "component-import" -> new ComponentImportModule(key, attribute(e, "interface"));
            case "rest-migration" -> new AcceptedModule(type, key,
                    "the workbench serves REST v2 (Jersey 3, jakarta.ws.rs) only, which this module opts into");
            default -> new UnsupportedModule(type, key.isEmpty() ? null : key,
                    NOT_YET_HOSTED.getOrDefault(type, "the workbench does not host this module type"));
        };
    }

    private static ContentTemplateModule contentTemplate(Element e, String key) {
        Element description = child(e, "description");
        String location = children(e, "resource").stream().filter(r -> r.getAttribute("name").equals("template"))
                .map(r -> r.getAttribute("location")).findFirst().orElse(null);
        Element provider = child(e, "context-provider");
        return new ContentTemplateModule(key, e.getAttribute("i18n-name-key"),
                description == null ? "" : description.getAttribute("key"), location,
                provider == null ? null : attribute(provider, "class"), provider == null ? Map.of() : params(provider));
    }

    private static BlueprintModule blueprint(Element e, String key) {
        Element wizard = child(e, "dialog-wizard");
        List<BlueprintModule.DialogPage> pages = new ArrayList<>();
        if (wizard != null) {
            for (Element page : children(wizard, "dialog-page")) {
                pages.add(new BlueprintModule.DialogPage(page.getAttribute("id"), page.getAttribute("template-key"),
                        page.getAttribute("title-key"), page.getAttribute("description-header-key"),
                        page.getAttribute("description-content-key"), "true".equals(page.getAttribute("last"))));
            }
        }
        return new BlueprintModule(key, e.getAttribute("i18n-name-key"), e.getAttribute("content-template-key"),
                e.getAttribute("index-key"), e.getAttribute("index-template-key"),
                e.getAttribute("i18n-index-title-key"), e.getAttribute("create-result"),
                wizard == null ? "" : wizard.getAttribute("key"), pages);
    }

    private static ResourceDescriptor resource(Element e) {
        return new ResourceDescriptor(e.getAttribute("type"), e.getAttribute("name"), e.getAttribute("location"),
                params(e));
    }

    private static Map<String, String> params(Element e) {
        Map<String, String> params = new LinkedHashMap<>();
        for (Element param : children(e, "param")) {
            params.put(param.getAttribute("name"), param.hasAttribute("value") ? param.getAttribute("value") : text(param));
        }
        return params;
    }

    private static Map<String, String> initParams(Element e) {
        Map<String, String> params = new LinkedHashMap<>();
        for (Element param : children(e, "init-param")) {
            params.put(text(child(param, "param-name")), text(child(param, "param-value")));
        }
        return params;
    }

    private static int weight(String value) {
        try {
            return value.isBlank() ? 1000 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("weight is not a whole number: " + value, e);
        }
    }

    private static String attribute(Element e, String name) {
        String value = e.getAttribute(name);
        return value.isBlank() ? null : value.strip();
    }

    private static List<String> texts(Element parent, String name) {
        return children(parent, name).stream().map(PluginDescriptorReader::text).filter(t -> !t.isEmpty()).toList();
    }

    private static String text(Element e) {
        return e == null ? "" : e.getTextContent().strip();
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        return children(parent).stream().filter(c -> c.getTagName().equals(name)).toList();
    }

    private static List<Element> children(Element parent) {
        List<Element> result = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                result.add(element);
            }
        }
        return result;
    }

    private static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            f.setNamespaceAware(false);
            DocumentBuilder builder = f.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void error(org.xml.sax.SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(org.xml.sax.SAXParseException e) throws SAXException {
                    throw e; // and nothing printed on stderr
                }
            });
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser cannot be configured securely", e);
        }
    }
}
