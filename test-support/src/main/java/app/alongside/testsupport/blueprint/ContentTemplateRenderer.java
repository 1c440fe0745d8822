package app.alongside.testsupport.blueprint;

import com.atlassian.sal.api.message.I18nResolver;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a blueprint content template (storage format with Confluence's {@code at:} template elements) from a
 * blueprint context map, as Confluence's create-content plugin does when a page is created from a blueprint:
 *
 * <ul>
 *   <li>{@code <at:var at:name="x"/>}: the context value {@code x} as text, XML-escaped; missing or null gives
 *       nothing;</li>
 *   <li>{@code <at:var at:name="x" at:rawxhtml="true"/>}: the value inserted as XHTML, unescaped. Only for markup
 *       the context provider built and escaped itself (the caller checks the result is well-formed);</li>
 *   <li>{@code <at:i18n at:key="k"/>}: the app's text for {@code k}, XML-escaped.</li>
 * </ul>
 *
 * Both the self-closing and the empty open/close form are accepted, with either quote style. Any other {@code at:}
 * element (such as the declarations of user-editable page templates, which plugin blueprints do not use) is
 * refused, so a template that would not fill as expected fails here rather than in front of a person.
 *
 * <p>Shared by the app's template tests and the workbench, so both fill templates the same way.
 */
public final class ContentTemplateRenderer {

    private static final Pattern AT_ELEMENT = Pattern.compile(
            "<at:(var|i18n)((?:\\s+[A-Za-z:_-]+\\s*=\\s*(?:\"[^\"]*\"|'[^']*'))*)\\s*(?:/>|>\\s*</at:\\1\\s*>)");
    private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z:_-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");
    private static final Pattern ANY_AT_ELEMENT = Pattern.compile("<\\s*/?\\s*at:");

    private final I18nResolver i18n;

    public ContentTemplateRenderer(I18nResolver i18n) {
        this.i18n = Objects.requireNonNull(i18n, "i18n");
    }

    /**
     * The storage format of the page to create.
     *
     * @throws IllegalArgumentException if the template holds an {@code at:} element this renderer does not fill, or
     *                                  an {@code at:var} without a name
     */
    public String render(String template, Map<String, ?> context) {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(context, "context");
        Matcher matcher = AT_ELEMENT.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 256);
        int last = 0;
        while (matcher.find()) {
            String between = template.substring(last, matcher.start());
            refuseOtherTemplateElements(between);
            out.append(between);
            Map<String, String> attributes = attributes(matcher.group(2));
            if (matcher.group(1).equals("i18n")) {
                String key = attributes.getOrDefault("at:key", "");
                if (key.isBlank()) {
                    throw new IllegalArgumentException("an <at:i18n> element has no at:key");
                }
                out.append(escape(i18n.getText(key)));
            } else {
                String name = attributes.getOrDefault("at:name", "");
                if (name.isBlank()) {
                    throw new IllegalArgumentException("an <at:var> element has no at:name");
                }
                Object value = context.get(name);
                String text = value == null ? "" : String.valueOf(value);
                out.append("true".equalsIgnoreCase(attributes.get("at:rawxhtml")) ? text : escape(text));
            }
            last = matcher.end();
        }
        String rest = template.substring(last);
        refuseOtherTemplateElements(rest);
        out.append(rest);
        return out.toString();
    }

    /** XML escaping for text and attribute values. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // Characters XML 1.0 forbids would make the page unreadable: they are dropped.
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static Map<String, String> attributes(String source) {
        Map<String, String> attributes = new java.util.HashMap<>();
        Matcher matcher = ATTRIBUTE.matcher(source == null ? "" : source);
        while (matcher.find()) {
            attributes.put(matcher.group(1), matcher.group(2) != null ? matcher.group(2) : matcher.group(3));
        }
        return attributes;
    }

    private static void refuseOtherTemplateElements(String storage) {
        Matcher other = ANY_AT_ELEMENT.matcher(storage);
        if (other.find()) {
            int end = Math.min(storage.length(), other.start() + 40);
            throw new IllegalArgumentException("the template holds a template element that is not filled: "
                    + storage.substring(other.start(), end));
        }
    }
}
