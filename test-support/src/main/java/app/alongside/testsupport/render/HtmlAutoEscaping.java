package app.alongside.testsupport.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;

/**
 * Confluence's anti-XSS auto-escaping for plugin Velocity templates, as a Velocity 1.6 reference-insertion handler.
 *
 * <p>Every value a {@code $reference} writes into the output is HTML-encoded ({@code & < > " '} become
 * {@code &amp; &lt; &gt; &quot; &#39;}), <b>except</b> where Confluence exempts it (reference/confluence-api.md §5):
 *
 * <ol>
 *   <li>the reference's name ends in {@code html}, case-insensitively: {@code $bodyHtml}, {@code $configAsHTML},
 *       {@code $view.summaryHtml} (the name is the whole reference, so its last property decides);
 *   <li>the reference is exactly {@code $xHtmlContent}, {@code $body} or {@code $head} (a bare variable of that
 *       name; {@code $page.body} is escaped);
 *   <li>the last method the reference called is named {@code …Html} or {@code render…} / {@code getRender…}:
 *       {@code $view.getSummaryHtml()}, {@code $renderer.render($x)}, and also property reads that invoke such a
 *       getter ({@code $view.renderedBody} calls {@code getRenderedBody()}). A property read that ends up in
 *       {@code Map.get("renderedBody")} did not call a method of that name, so it is escaped.
 * </ol>
 *
 * <p>Confluence also exempts methods, and classes' {@code toString()}, annotated {@code @HtmlSafe}. This emulation
 * does <b>not</b> honour {@code @HtmlSafe}: the annotation's jar is not on Maven Central and the app does not use it.
 * Mark safe HTML by naming instead ({@code …Html}). The {@code #htmlSafe()} / {@code #disableAntiXss()} directives
 * are not supported either; the app must not use them.
 *
 * <p>Other details, all as in Velocity 1.6: a null value is not escaped (Velocity prints the reference's own text,
 * which comes from the template); a {@code #define} block is rendered, its own references being escaped as they are
 * inserted; non-string values are escaped by their {@code toString()}. Because exemption is decided by the name the
 * template uses, a macro parameter named {@code $somethingHtml} is not escaped whatever the caller passes: never
 * pass untrusted values to such a parameter.
 */
public final class HtmlAutoEscaping {

    private static final Set<String> SAFE_REFERENCE_NAMES = Set.of("xHtmlContent", "body", "head");

    private HtmlAutoEscaping() {
    }

    /**
     * HTML-encodes text the way Confluence's auto-escaping does: {@code &}, {@code <}, {@code >}, {@code "} and
     * {@code '} become entities; everything else (including non-ASCII) is kept.
     */
    public static String htmlEncode(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String entity;
            switch (c) {
                case '&': entity = "&amp;"; break;
                case '<': entity = "&lt;"; break;
                case '>': entity = "&gt;"; break;
                case '"': entity = "&quot;"; break;
                case '\'': entity = "&#39;"; break;
                default: entity = null;
            }
            if (entity != null) {
                if (sb == null) {
                    sb = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                sb.append(entity);
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? text : sb.toString();
    }

    /**
     * Whether Confluence would insert the value of this reference without escaping.
     *
     * @param referenceLiteral the reference as written in the template, e.g. {@code $!{view.summaryHtml}}
     * @param invokedMethodName the Java method that produced the value when the last part of the reference is a
     *     property read (e.g. {@code getRenderedBody} for {@code $view.renderedBody}), or null if unknown / none
     */
    public static boolean isExempt(String referenceLiteral, String invokedMethodName) {
        Reference reference = Reference.parse(referenceLiteral);
        if (reference == null) {
            return false; // not understood: escape, which is the safe side
        }
        Segment last = reference.segments.get(reference.segments.size() - 1);
        if (reference.segments.size() == 1 && SAFE_REFERENCE_NAMES.contains(last.name)) {
            return true;
        }
        if (!last.isMethod && last.name.toLowerCase(Locale.ROOT).endsWith("html")) {
            return true;
        }
        if (last.isMethod) {
            return isHtmlSafeMethodName(last.name);
        }
        return reference.segments.size() > 1 && invokedMethodName != null && isHtmlSafeMethodName(invokedMethodName);
    }

    private static boolean isHtmlSafeMethodName(String methodName) {
        return methodName.endsWith("Html") || methodName.startsWith("render") || methodName.startsWith("getRender");
    }

    /** The reference-insertion handler the engine attaches to every render. */
    static final class Handler implements ReferenceInsertionEventHandler {
        private final InvocationTracker tracker;

        Handler(InvocationTracker tracker) {
            this.tracker = tracker;
        }

        @Override
        public Object referenceInsert(String reference, Object value) {
            String invoked = tracker.methodThatReturned(value);
            if (value == null || value instanceof org.apache.velocity.runtime.Renderable) {
                return value;
            }
            if (isExempt(reference, invoked)) {
                return value;
            }
            return htmlEncode(value.toString());
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // A small reader for reference literals: $name, $!name, ${name}, $!{name}, followed by .property or
    // .method(arguments) parts. Arguments may contain strings, nested calls, lists and maps; only the names matter.

    private static final class Segment {
        final String name;
        final boolean isMethod;

        Segment(String name, boolean isMethod) {
            this.name = name;
            this.isMethod = isMethod;
        }
    }

    private static final class Reference {
        final List<Segment> segments;

        private Reference(List<Segment> segments) {
            this.segments = segments;
        }

        static Reference parse(String literal) {
            if (literal == null) {
                return null;
            }
            String s = literal.trim();
            int i = 0;
            if (i >= s.length() || s.charAt(i) != '$') {
                return null;
            }
            i++;
            if (i < s.length() && s.charAt(i) == '!') {
                i++;
            }
            boolean braced = false;
            if (i < s.length() && s.charAt(i) == '{') {
                braced = true;
                i++;
            }
            List<Segment> segments = new ArrayList<>();
            int end = identifierEnd(s, i);
            if (end == i) {
                return null;
            }
            segments.add(new Segment(s.substring(i, end), false));
            i = end;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '.') {
                    int start = i + 1;
                    end = identifierEnd(s, start);
                    if (end == start) {
                        return null;
                    }
                    String name = s.substring(start, end);
                    i = end;
                    if (i < s.length() && s.charAt(i) == '(') {
                        i = closingParenthesis(s, i);
                        if (i < 0) {
                            return null;
                        }
                        i++;
                        segments.add(new Segment(name, true));
                    } else {
                        segments.add(new Segment(name, false));
                    }
                } else if (c == '}' && braced && i == s.length() - 1) {
                    i++;
                } else {
                    return null;
                }
            }
            return new Reference(segments);
        }

        private static int identifierEnd(String s, int start) {
            int i = start;
            if (i < s.length() && (Character.isLetter(s.charAt(i)) || s.charAt(i) == '_')) {
                i++;
                while (i < s.length()) {
                    char c = s.charAt(i);
                    if (Character.isLetterOrDigit(c) || c == '_' || c == '-') {
                        i++;
                    } else {
                        break;
                    }
                }
            }
            return i;
        }

        /** Index of the ')' matching the '(' at {@code open}, skipping quoted strings and nested brackets. */
        private static int closingParenthesis(String s, int open) {
            int depth = 0;
            for (int i = open; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '"' || c == '\'') {
                    int close = i + 1;
                    while (close < s.length() && s.charAt(close) != c) {
                        close++;
                    }
                    if (close >= s.length()) {
                        return -1;
                    }
                    i = close;
                } else if (c == '(' || c == '[' || c == '{') {
                    depth++;
                } else if (c == ')' || c == ']' || c == '}') {
                    depth--;
                    if (depth == 0) {
                        return c == ')' ? i : -1;
                    }
                }
            }
            return -1;
        }
    }
}
