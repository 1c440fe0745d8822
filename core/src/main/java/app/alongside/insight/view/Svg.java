package app.alongside.insight.view;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * A small writer of SVG markup that cannot produce anything but well-formed, inert XML: element and attribute names
 * are the caller's constants (checked), every attribute value and every text is escaped, and elements that could run
 * code or fetch something ({@code script}, {@code foreignObject}, {@code image}, {@code use}, {@code a}) and
 * {@code on…}/{@code href} attributes are refused. Charts are written with it rather than with a library so that
 * what reaches the page is exactly what this class allows.
 */
final class Svg {

    private static final java.util.Set<String> REFUSED_ELEMENTS = java.util.Set.of("script", "foreignobject", "image",
            "use", "a", "iframe", "style", "animate", "set", "animatetransform", "animatemotion");

    private final StringBuilder out = new StringBuilder();
    private final Deque<String> open = new ArrayDeque<>();
    private boolean startTagOpen;

    /** Opens {@code name} with {@code attributes} as name, value pairs. */
    Svg open(String name, String... attributes) {
        closeStartTag();
        out.append('<').append(checkedElement(name));
        attributes(attributes);
        open.push(name);
        startTagOpen = true;
        return this;
    }

    /** An element with no content. */
    Svg empty(String name, String... attributes) {
        closeStartTag();
        out.append('<').append(checkedElement(name));
        attributes(attributes);
        out.append("/>");
        return this;
    }

    /** An element holding only {@code text}. */
    Svg element(String name, String text, String... attributes) {
        return open(name, attributes).text(text).close();
    }

    Svg text(String text) {
        closeStartTag();
        out.append(escape(text));
        return this;
    }

    Svg close() {
        if (open.isEmpty()) {
            throw new IllegalStateException("nothing to close");
        }
        String name = open.pop();
        if (startTagOpen) {
            out.append("/>");
            startTagOpen = false;
        } else {
            out.append("</").append(name).append('>');
        }
        return this;
    }

    /** The markup; every element opened must have been closed. */
    String markup() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("unclosed: " + open);
        }
        closeStartTag();
        return out.toString();
    }

    private void attributes(String[] attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            String name = attributes[i];
            String lower = name.toLowerCase(Locale.ROOT);
            if (!name.matches("[a-zA-Z][a-zA-Z0-9:-]*") || lower.startsWith("on") || lower.contains("href")) {
                throw new IllegalArgumentException("attribute not allowed: " + name);
            }
            out.append(' ').append(name).append("=\"").append(escape(attributes[i + 1])).append('"');
        }
    }

    private void closeStartTag() {
        if (startTagOpen) {
            out.append('>');
            startTagOpen = false;
        }
    }

    private static String checkedElement(String name) {
        if (!name.matches("[a-zA-Z]+") || REFUSED_ELEMENTS.contains(name.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("element not allowed: " + name);
        }
        return name;
    }

    /** Escapes text for XML content and double-quoted attributes; drops characters XML 1.0 cannot carry. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
                    if (allowed) {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        }
        return escaped.toString();
    }
}
