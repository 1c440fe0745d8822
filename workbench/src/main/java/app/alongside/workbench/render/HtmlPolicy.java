package app.alongside.workbench.render;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What user-written storage may put into a page: an allowlist of elements and attributes, and safe URLs only.
 * Anything not listed is dropped (its text kept, unless the element is one whose content is code or chrome), so
 * event handlers, {@code style}, {@code <script>} and {@code javascript:} links never reach the browser.
 * The app's macro output is not filtered: it comes from the app's own escaping templates.
 */
final class HtmlPolicy {

    /** Dropped together with their content. */
    private static final Set<String> DROPPED_WITH_CONTENT = Set.of(
            "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "noscript", "template",
            "svg", "math", "form", "input", "button", "select", "textarea", "option", "link", "meta", "base",
            "title", "head", "audio", "video", "source", "track", "canvas", "dialog", "portal");

    private static final Set<String> VOID = Set.of("br", "hr", "img", "col", "wbr");

    private static final Set<String> GLOBAL_ATTRIBUTES = Set.of("title", "lang", "dir", "class");

    private static final Map<String, Set<String>> ELEMENTS = Map.ofEntries(
            Map.entry("p", Set.of()), Map.entry("br", Set.of()), Map.entry("hr", Set.of()),
            Map.entry("h1", Set.of()), Map.entry("h2", Set.of()), Map.entry("h3", Set.of()),
            Map.entry("h4", Set.of()), Map.entry("h5", Set.of()), Map.entry("h6", Set.of()),
            Map.entry("strong", Set.of()), Map.entry("b", Set.of()), Map.entry("em", Set.of()),
            Map.entry("i", Set.of()), Map.entry("u", Set.of()), Map.entry("s", Set.of()),
            Map.entry("del", Set.of()), Map.entry("ins", Set.of()), Map.entry("sub", Set.of()),
            Map.entry("sup", Set.of()), Map.entry("code", Set.of()), Map.entry("pre", Set.of()),
            Map.entry("kbd", Set.of()), Map.entry("samp", Set.of()), Map.entry("var", Set.of()),
            Map.entry("small", Set.of()), Map.entry("mark", Set.of()), Map.entry("abbr", Set.of()),
            Map.entry("cite", Set.of()), Map.entry("q", Set.of()), Map.entry("blockquote", Set.of()),
            Map.entry("span", Set.of()), Map.entry("div", Set.of()), Map.entry("wbr", Set.of()),
            Map.entry("ul", Set.of()), Map.entry("ol", Set.of("start")), Map.entry("li", Set.of()),
            Map.entry("dl", Set.of()), Map.entry("dt", Set.of()), Map.entry("dd", Set.of()),
            Map.entry("table", Set.of()), Map.entry("caption", Set.of()), Map.entry("thead", Set.of()),
            Map.entry("tbody", Set.of()), Map.entry("tfoot", Set.of()), Map.entry("tr", Set.of()),
            Map.entry("th", Set.of("colspan", "rowspan", "scope")), Map.entry("td", Set.of("colspan", "rowspan")),
            Map.entry("colgroup", Set.of("span")), Map.entry("col", Set.of("span")),
            Map.entry("a", Set.of("href")), Map.entry("img", Set.of("src", "alt", "width", "height")),
            Map.entry("time", Set.of("datetime")), Map.entry("figure", Set.of()),
            Map.entry("figcaption", Set.of()), Map.entry("details", Set.of()), Map.entry("summary", Set.of()));

    private static final Set<String> NUMERIC = Set.of("start", "colspan", "rowspan", "span", "width", "height");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src");
    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");
    /** Class names that belong to the workbench's and the app's own chrome: user content may not borrow them. */
    private static final String[] RESERVED_CLASS_PREFIXES = {"wb-", "alongside"};

    private HtmlPolicy() {
    }

    static boolean dropsWithContent(String element) {
        return DROPPED_WITH_CONTENT.contains(element);
    }

    static boolean allows(String element) {
        return ELEMENTS.containsKey(element);
    }

    static boolean isVoid(String element) {
        return VOID.contains(element);
    }

    /** The attribute value to keep, or empty if the attribute must be dropped. */
    static Optional<String> attribute(String element, String attribute, String value) {
        String name = attribute.toLowerCase(Locale.ROOT);
        Set<String> specific = ELEMENTS.getOrDefault(element, Set.of());
        if (!GLOBAL_ATTRIBUTES.contains(name) && !specific.contains(name)) {
            return Optional.empty();
        }
        if (NUMERIC.contains(name)) {
            return value.strip().matches("[0-9]{1,4}") ? Optional.of(value.strip()) : Optional.empty();
        }
        if (URL_ATTRIBUTES.contains(name)) {
            return safeUrl(value);
        }
        if (name.equals("class")) {
            String kept = java.util.Arrays.stream(value.split("\\s+"))
                    .filter(c -> c.matches("[A-Za-z0-9_-]+") && !reserved(c))
                    .collect(Collectors.joining(" "));
            return kept.isEmpty() ? Optional.empty() : Optional.of(kept);
        }
        if (name.equals("dir")) {
            return Set.of("ltr", "rtl", "auto").contains(value.strip()) ? Optional.of(value.strip()) : Optional.empty();
        }
        return Optional.of(value);
    }

    /**
     * The URL if it is relative or uses http, https or mailto. Browsers ignore whitespace and control characters
     * inside a scheme ({@code java&#9;script:}), so those are removed before the scheme is read.
     */
    static Optional<String> safeUrl(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String compact = value.codePoints()
                .filter(cp -> cp > 0x20 && cp != 0x7F && !Character.isWhitespace(cp))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        int colon = compact.indexOf(':');
        int boundary = firstOf(compact, '/', '?', '#');
        if (colon >= 0 && (boundary < 0 || colon < boundary)) {
            String scheme = compact.substring(0, colon).toLowerCase(Locale.ROOT);
            if (!SAFE_SCHEMES.contains(scheme)) {
                return Optional.empty();
            }
        }
        return Optional.of(value.strip());
    }

    private static boolean reserved(String className) {
        String lower = className.toLowerCase(Locale.ROOT);
        for (String prefix : RESERVED_CLASS_PREFIXES) {
            if (lower.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static int firstOf(String s, char... chars) {
        int first = -1;
        for (char c : chars) {
            int at = s.indexOf(c);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }
}
