package app.alongside.workbench.render;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.content.render.xhtml.macro.annotation.Format;
import com.atlassian.confluence.content.render.xhtml.macro.annotation.RequiresFormat;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Turns Confluence storage format into view HTML, as Confluence's renderer does for the page view, the editor
 * preview and the PDF export: the app's macros run through {@link Macro#execute} with the given
 * {@link ConversionContext}; links, tables, task lists and panels render plainly; everything the author wrote is
 * filtered by {@link HtmlPolicy}. A macro that fails becomes an inline error panel and a log entry; the rest of the
 * page still renders.
 */
public final class StorageRenderer {

    private static final Logger LOG = LoggerFactory.getLogger(StorageRenderer.class);
    private static final int MAX_MACRO_DEPTH = 16;

    private final StorageParser parser = new StorageParser();
    private final MacroSource macros;
    private final LinkTargets links;

    public StorageRenderer(MacroSource macros, LinkTargets links) {
        this.macros = Objects.requireNonNull(macros, "macros");
        this.links = Objects.requireNonNull(links, "links");
    }

    /**
     * The view HTML of a page body.
     *
     * @throws StorageFormatException if the storage is not well-formed; nothing is rendered then
     */
    public String render(String storage, ConversionContext context) throws StorageFormatException {
        Element root = parser.parse(storage);
        StringBuilder out = new StringBuilder(storage == null ? 0 : storage.length() + 256);
        new Pass(context, 0).children(root, out);
        return out.toString();
    }

    /** Checks that storage is well-formed without rendering it (the editor's validation). */
    public void validate(String storage) throws StorageFormatException {
        parser.parse(storage);
    }

    /** One rendering, at a macro nesting depth; a rich-text macro body is rendered by a deeper pass. */
    private final class Pass {
        private final ConversionContext context;
        private final int macroDepth;

        Pass(ConversionContext context, int macroDepth) {
            this.context = context;
            this.macroDepth = macroDepth;
        }

        void children(Node parent, StringBuilder out) {
            for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
                node(child, out);
            }
        }

        private void node(Node node, StringBuilder out) {
            switch (node.getNodeType()) {
                case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> out.append(Html.escape(node.getNodeValue()));
                case Node.ELEMENT_NODE -> element((Element) node, out);
                default -> {
                    // comments and processing instructions are not content
                }
            }
        }

        private void element(Element element, StringBuilder out) {
            String namespace = element.getNamespaceURI();
            if (StorageParser.AC_NAMESPACE.equals(namespace)) {
                confluenceElement(element, out);
            } else if (StorageParser.RI_NAMESPACE.equals(namespace)) {
                // a resource identifier only means something inside ac:link, ac:image or a macro parameter
            } else if (namespace == null || StorageParser.XHTML_NAMESPACE.equals(namespace)) {
                htmlElement(element, out);
            } else {
                children(element, out); // unknown vocabulary: keep its text, drop its markup
            }
        }

        private void htmlElement(Element element, StringBuilder out) {
            String name = localName(element).toLowerCase(Locale.ROOT);
            if (HtmlPolicy.dropsWithContent(name)) {
                return;
            }
            if (!HtmlPolicy.allows(name)) {
                children(element, out);
                return;
            }
            out.append('<').append(name);
            NamedNodeMap attributes = element.getAttributes();
            boolean hasHref = false;
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr attribute = (Attr) attributes.item(i);
                if (attribute.getNamespaceURI() != null) {
                    continue; // xmlns declarations and prefixed attributes are not HTML
                }
                Optional<String> kept = HtmlPolicy.attribute(name, localName(attribute), attribute.getValue());
                if (kept.isPresent()) {
                    String attributeName = localName(attribute).toLowerCase(Locale.ROOT);
                    hasHref |= attributeName.equals("href");
                    out.append(' ').append(attributeName).append("=\"").append(Html.escape(kept.get())).append('"');
                }
            }
            if (name.equals("a") && hasHref) {
                out.append(" rel=\"nofollow noopener\"");
            }
            out.append('>');
            if (HtmlPolicy.isVoid(name)) {
                return;
            }
            if (name.equals("time") && !element.hasChildNodes()) {
                out.append(Html.escape(element.getAttribute("datetime")));
            } else {
                children(element, out);
            }
            out.append("</").append(name).append('>');
        }

        private void confluenceElement(Element element, StringBuilder out) {
            switch (localName(element)) {
                case "structured-macro", "macro" -> out.append(macro(element));
                case "link" -> link(element, out);
                case "image" -> image(element, out);
                case "task-list" -> taskList(element, out);
                case "emoticon" -> out.append(Emoticons.render(element.getAttributeNS(StorageParser.AC_NAMESPACE, "name"),
                        element.getAttributeNS(StorageParser.AC_NAMESPACE, "emoji-fallback")));
                case "placeholder", "parameter", "task-id", "default-parameter" -> {
                    // instructional text and macro internals are not shown in the view
                }
                case "plain-text-body" -> out.append(Html.escape(element.getTextContent()));
                case "layout" -> wrapped("div", "wb-layout", element, out);
                case "layout-section" -> wrapped("div", "wb-layout-section", element, out);
                case "layout-cell" -> wrapped("div", "wb-layout-cell", element, out);
                default -> children(element, out); // rich-text-body, inline-comment-marker and anything newer
            }
        }

        private void wrapped(String tag, String cssClass, Element element, StringBuilder out) {
            out.append('<').append(tag).append(" class=\"").append(cssClass).append("\">");
            children(element, out);
            out.append("</").append(tag).append('>');
        }

        /** True when the macro's execute method carries {@code @RequiresFormat(Format.Storage)}, as Confluence checks. */
    static boolean wantsStorage(Macro macro) {
        try {
            RequiresFormat format = macro.getClass().getMethod("execute", Map.class, String.class,
                    ConversionContext.class).getAnnotation(RequiresFormat.class);
            return format != null && format.value() == Format.Storage;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    // --- macros ------------------------------------------------------------------------------------------

        private String macro(Element element) {
            String name = element.getAttributeNS(StorageParser.AC_NAMESPACE, "name").strip();
            if (macroDepth >= MAX_MACRO_DEPTH) {
                return MacroPanels.tooDeep(name);
            }
            Map<String, String> parameters = parameters(element);
            Optional<Macro> appMacro = name.isEmpty() ? Optional.empty() : macros.macro(name);
            if (appMacro.isPresent()) {
                return execute(name, appMacro.get(), parameters, element);
            }
            if (BuiltInMacros.knows(name)) {
                BuiltInMacros.Bodies bodies = new BuiltInMacros.Bodies(richBody(element), plainBody(element));
                return BuiltInMacros.render(name, parameters, bodies).orElse("");
            }
            return MacroPanels.unknownMacro(name);
        }

        private String execute(String name, Macro macro, Map<String, String> parameters, Element element) {
            try {
                String body = switch (macro.getBodyType()) {
                    case RICH_TEXT -> wantsStorage(macro) ? storageBody(element) : richBody(element);
                    case PLAIN_TEXT -> plainBody(element);
                    case NONE -> "";
                };
                String html = macro.execute(parameters, body, context);
                return html == null ? "" : html;
            } catch (MacroExecutionException | RuntimeException | LinkageError e) {
                // LinkageError too: a member missing from the host's API stand-ins must show up here, not as a 500.
                String reference = UUID.randomUUID().toString().substring(0, 8);
                LOG.error("Macro '{}' failed (reference {}) while rendering {} output for space {}", name, reference,
                        context.getOutputType(), context.getSpaceKey(), e);
                return MacroPanels.failedMacro(name, e.getMessage(), reference);
            }
        }

        private String richBody(Element macro) {
            Element body = child(macro, "rich-text-body");
            if (body == null) {
                return "";
            }
            StringBuilder out = new StringBuilder();
            new Pass(context, macroDepth + 1).children(body, out);
            return out.toString();
        }

        /** The body as storage format, for macros that ask for it; nested macros are left for the macro to read. */
        private String storageBody(Element macro) {
            Element body = child(macro, "rich-text-body");
            return body == null ? "" : StorageWriter.children(body);
        }

        private String plainBody(Element macro) {
            Element body = child(macro, "plain-text-body");
            return body == null ? "" : body.getTextContent();
        }

        /**
         * Parameter values as Confluence hands them to a macro: text, or for a resource identifier its key value
         * (a page as {@code SPACE:Title}, a user as username or key, a space as its key, a URL as itself).
         */
        private Map<String, String> parameters(Element macro) {
            Map<String, String> parameters = new LinkedHashMap<>();
            for (Node child = macro.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element parameter && isAc(parameter)
                        && (localName(parameter).equals("parameter") || localName(parameter).equals("default-parameter"))) {
                    String key = localName(parameter).equals("default-parameter")
                            ? "" : parameter.getAttributeNS(StorageParser.AC_NAMESPACE, "name");
                    parameters.put(key.isEmpty() ? "0" : key, parameterValue(parameter));
                }
            }
            return parameters;
        }

        private String parameterValue(Element parameter) {
            StringBuilder identifiers = new StringBuilder();
            collectIdentifiers(parameter, identifiers);
            return identifiers.isEmpty() ? parameter.getTextContent() : identifiers.toString();
        }

        private void collectIdentifiers(Element parent, StringBuilder values) {
            for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (!(child instanceof Element e)) {
                    continue;
                }
                if (StorageParser.RI_NAMESPACE.equals(e.getNamespaceURI())) {
                    String value = identifierValue(e);
                    if (!value.isEmpty()) {
                        values.append(values.isEmpty() ? "" : ",").append(value);
                    }
                } else {
                    collectIdentifiers(e, values);
                }
            }
        }

        private String identifierValue(Element identifier) {
            return switch (localName(identifier)) {
                case "page", "blog-post" -> {
                    String space = ri(identifier, "space-key");
                    String title = ri(identifier, "content-title");
                    yield space.isEmpty() ? title : space + ":" + title;
                }
                case "user" -> ri(identifier, "username").isEmpty() ? ri(identifier, "userkey") : ri(identifier, "username");
                case "space" -> ri(identifier, "space-key");
                case "url" -> ri(identifier, "value");
                case "attachment" -> ri(identifier, "filename");
                default -> "";
            };
        }

        // --- links, images, tasks -------------------------------------------------------------------------------

        private void link(Element link, StringBuilder out) {
            String bodyHtml = linkBody(link);
            Element target = firstResourceIdentifier(link);
            String anchor = link.getAttributeNS(StorageParser.AC_NAMESPACE, "anchor").replaceAll("[^A-Za-z0-9_.-]", "");
            if (target == null) {
                if (!anchor.isEmpty()) {
                    anchor(new LinkTargets.Link("#" + anchor, anchor), bodyHtml, null, out);
                } else {
                    out.append(bodyHtml);
                }
                return;
            }
            switch (localName(target)) {
                case "page", "blog-post" -> {
                    String space = ri(target, "space-key").isEmpty() ? nullToEmpty(context.getSpaceKey()) : ri(target, "space-key");
                    String title = ri(target, "content-title");
                    Optional<LinkTargets.Link> resolved = links.page(space, title);
                    resolved.ifPresentOrElse(
                            l -> anchor(anchor.isEmpty() ? l : new LinkTargets.Link(l.href() + "#" + anchor, l.text()),
                                    bodyHtml, null, out),
                            () -> unresolved(bodyHtml.isEmpty() ? Html.escape(title) : bodyHtml, out));
                }
                case "user" -> links.user(blankToNull(ri(target, "username")), blankToNull(ri(target, "userkey")))
                        .ifPresentOrElse(l -> anchor(l, "", "wb-user-link", out),
                                () -> unresolved("Unknown user", out));
                case "space" -> links.space(ri(target, "space-key")).ifPresentOrElse(
                        l -> anchor(l, bodyHtml, null, out),
                        () -> unresolved(bodyHtml.isEmpty() ? Html.escape(ri(target, "space-key")) : bodyHtml, out));
                case "attachment" -> unresolved(bodyHtml.isEmpty() ? Html.escape(ri(target, "filename")) : bodyHtml, out);
                case "url" -> {
                    Optional<String> href = HtmlPolicy.safeUrl(ri(target, "value"));
                    if (href.isPresent()) {
                        anchor(new LinkTargets.Link(href.get(), href.get()), bodyHtml, null, out);
                    } else {
                        unresolved(bodyHtml.isEmpty() ? Html.escape(ri(target, "value")) : bodyHtml, out);
                    }
                }
                default -> out.append(bodyHtml);
            }
        }

        /** The link's own text: plain text, or rich content rendered and filtered like the rest of the page. */
        private String linkBody(Element link) {
            Element plain = child(link, "plain-text-link-body");
            if (plain != null) {
                return Html.escape(plain.getTextContent());
            }
            Element rich = child(link, "link-body");
            if (rich == null) {
                return "";
            }
            StringBuilder out = new StringBuilder();
            children(rich, out);
            return out.toString();
        }

        private void anchor(LinkTargets.Link target, String bodyHtml, String cssClass, StringBuilder out) {
            out.append("<a href=\"").append(Html.escape(target.href())).append('"');
            if (cssClass != null) {
                out.append(" class=\"").append(cssClass).append('"');
            }
            out.append('>').append(bodyHtml.isEmpty() ? Html.escape(target.text()) : bodyHtml).append("</a>");
        }

        private void unresolved(String html, StringBuilder out) {
            out.append("<span class=\"wb-unresolved-link\">").append(html).append("</span>");
        }

        private void image(Element image, StringBuilder out) {
            String alt = image.getAttributeNS(StorageParser.AC_NAMESPACE, "alt");
            Element target = firstResourceIdentifier(image);
            if (target != null && localName(target).equals("url")) {
                Optional<String> src = HtmlPolicy.safeUrl(ri(target, "value"));
                if (src.isPresent()) {
                    out.append("<img src=\"").append(Html.escape(src.get())).append("\" alt=\"").append(Html.escape(alt))
                            .append("\">");
                    return;
                }
            }
            String name = target == null ? "" : ri(target, "filename");
            out.append("<span class=\"wb-unresolved-link\">Image ")
                    .append(Html.escape(alt.isEmpty() ? name : alt)).append(" (not available in the workbench)</span>");
        }

        private void taskList(Element list, StringBuilder out) {
            out.append("<ul class=\"wb-task-list\">");
            for (Node child = list.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element task && isAc(task) && localName(task).equals("task")) {
                    Element status = child(task, "task-status");
                    boolean done = status != null && status.getTextContent().strip().equals("complete");
                    out.append("<li class=\"wb-task").append(done ? " wb-task--complete" : "").append("\">")
                            .append("<span class=\"wb-task__status\">").append(done ? "Done: " : "To do: ").append("</span>");
                    Element body = child(task, "task-body");
                    if (body != null) {
                        children(body, out);
                    }
                    out.append("</li>");
                }
            }
            out.append("</ul>");
        }
    }

    // --- DOM helpers -----------------------------------------------------------------------------------------

    private static Element child(Element parent, String acLocalName) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && isAc(e) && localName(e).equals(acLocalName)) {
                return e;
            }
        }
        return null;
    }

    private static Element firstResourceIdentifier(Element parent) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && StorageParser.RI_NAMESPACE.equals(e.getNamespaceURI())) {
                return e;
            }
        }
        return null;
    }

    private static boolean isAc(Element element) {
        return StorageParser.AC_NAMESPACE.equals(element.getNamespaceURI());
    }

    private static String ri(Element identifier, String attribute) {
        return identifier.getAttributeNS(StorageParser.RI_NAMESPACE, attribute).strip();
    }

    private static String localName(Node node) {
        return node.getLocalName() != null ? node.getLocalName() : node.getNodeName();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
