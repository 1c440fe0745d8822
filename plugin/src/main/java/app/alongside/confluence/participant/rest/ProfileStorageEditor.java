package app.alongside.confluence.participant.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rewrites the text parameters of the first {@code alongside-participant} macro in a page's storage format, and
 * nothing else: every character before and after the macro, its body and the parameters not being changed are kept
 * exactly as they were (entities, comments, other macros, CDATA sections and all). It reads the markup with a small
 * tokenizer rather than a DOM round trip, because a round trip would re-serialise the whole page.
 */
final class ProfileStorageEditor {

    static final String MACRO = "ac:structured-macro";
    static final String PARAMETER = "ac:parameter";

    private ProfileStorageEditor() {
    }

    /**
     * The storage with the macro's parameters changed: a value replaces the parameter's content (escaped, as text),
     * an empty value removes the parameter, and a parameter the macro lacks is added before its body. Empty if the
     * page holds no such macro or its markup cannot be followed (then nothing is changed).
     */
    static Optional<String> rewrite(String storage, String macroName, Map<String, String> changes) {
        Optional<MacroSpan> found = find(storage, macroName);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        MacroSpan macro = found.get();
        Map<String, String> pending = new LinkedHashMap<>(changes);
        StringBuilder out = new StringBuilder(storage.length() + 256);
        out.append(storage, 0, macro.startTagStart());
        out.append(macro.selfClosing() ? openTag(storage.substring(macro.startTagStart(), macro.startTagEnd()))
                : storage.substring(macro.startTagStart(), macro.startTagEnd()));
        boolean added = false;
        for (Child child : macro.children()) {
            if (child.parameterName() != null && pending.containsKey(child.parameterName())) {
                String value = pending.remove(child.parameterName());
                if (!value.isEmpty()) {
                    out.append(parameter(child.parameterName(), value));
                }
                continue;
            }
            if (child.parameterName() == null && child.element() && !added) {
                addRemaining(out, pending);
                added = true;
            }
            out.append(storage, child.start(), child.end());
        }
        if (!added) {
            addRemaining(out, pending);
        }
        if (macro.selfClosing()) {
            out.append("</").append(MACRO).append('>');
            out.append(storage, macro.startTagEnd(), storage.length());
        } else {
            out.append(storage, macro.endTagStart(), storage.length());
        }
        return Optional.of(out.toString());
    }

    private static void addRemaining(StringBuilder out, Map<String, String> pending) {
        for (Map.Entry<String, String> change : pending.entrySet()) {
            if (!change.getValue().isEmpty()) {
                out.append(parameter(change.getKey(), change.getValue()));
            }
        }
        pending.clear();
    }

    static String parameter(String name, String value) {
        return "<ac:parameter ac:name=\"" + escape(name) + "\">" + escape(value) + "</ac:parameter>";
    }

    /** {@code <x a="b"/>} as {@code <x a="b">}. */
    private static String openTag(String selfClosingTag) {
        String tag = selfClosingTag.substring(0, selfClosingTag.length() - 1).stripTrailing();
        return tag.substring(0, tag.length() - 1).stripTrailing() + ">";
    }

    /** Text made safe in XML text and attribute values; characters XML 1.0 cannot hold are dropped. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    // --- reading ------------------------------------------------------------------------------------------------

    /** Where the macro is: its start tag, its direct children (parameters by name) and its end tag. */
    record MacroSpan(int startTagStart, int startTagEnd, boolean selfClosing, List<Child> children,
                     int endTagStart) {
    }

    /** A direct child of the macro: an element (a parameter has its name) or text between elements. */
    record Child(int start, int end, boolean element, String parameterName) {
    }

    /** A tag: start, end or self-closing, with its name and attributes. */
    private record Tag(int start, int end, String name, Map<String, String> attributes, boolean closing,
                       boolean selfClosing) {
    }

    static Optional<MacroSpan> find(String storage, String macroName) {
        int position = 0;
        while (true) {
            Optional<Tag> tag = nextTag(storage, position);
            if (tag.isEmpty()) {
                return Optional.empty();
            }
            Tag t = tag.get();
            position = t.end();
            if (!t.closing() && t.name().equals(MACRO) && macroName.equals(t.attributes().get("ac:name"))) {
                if (t.selfClosing()) {
                    return Optional.of(new MacroSpan(t.start(), t.end(), true, List.of(), t.end()));
                }
                return children(storage, t);
            }
        }
    }

    /** The macro's direct children up to its matching end tag; empty if the markup is not balanced. */
    private static Optional<MacroSpan> children(String storage, Tag macro) {
        List<Child> children = new ArrayList<>();
        int position = macro.end();
        int depth = 0;
        int childStart = -1;
        String childParameter = null;
        while (true) {
            Optional<Tag> next = nextTag(storage, position);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            Tag tag = next.get();
            if (depth == 0 && tag.start() > position) {
                children.add(new Child(position, tag.start(), false, null));
            }
            if (tag.closing()) {
                if (depth == 0) {
                    if (!tag.name().equals(MACRO)) {
                        return Optional.empty();
                    }
                    return Optional.of(new MacroSpan(macro.start(), macro.end(), false, children, tag.start()));
                }
                depth--;
                if (depth == 0) {
                    children.add(new Child(childStart, tag.end(), true, childParameter));
                }
            } else if (tag.selfClosing()) {
                if (depth == 0) {
                    children.add(new Child(tag.start(), tag.end(), true,
                            tag.name().equals(PARAMETER) ? tag.attributes().getOrDefault("ac:name", "") : null));
                }
            } else {
                if (depth == 0) {
                    childStart = tag.start();
                    childParameter = tag.name().equals(PARAMETER) ? tag.attributes().getOrDefault("ac:name", "") : null;
                }
                depth++;
            }
            position = tag.end();
        }
    }

    /**
     * The next start, end or self-closing tag at or after {@code from}, skipping comments, CDATA sections,
     * processing instructions and declarations (and the text between tags). Empty at the end or on broken markup.
     */
    private static Optional<Tag> nextTag(String s, int from) {
        int i = from;
        while (true) {
            int lt = s.indexOf('<', i);
            if (lt < 0 || lt + 1 >= s.length()) {
                return Optional.empty();
            }
            if (s.startsWith("<!--", lt)) {
                int end = s.indexOf("-->", lt + 4);
                if (end < 0) {
                    return Optional.empty();
                }
                i = end + 3;
            } else if (s.startsWith("<![CDATA[", lt)) {
                int end = s.indexOf("]]>", lt + 9);
                if (end < 0) {
                    return Optional.empty();
                }
                i = end + 3;
            } else if (s.startsWith("<?", lt)) {
                int end = s.indexOf("?>", lt + 2);
                if (end < 0) {
                    return Optional.empty();
                }
                i = end + 2;
            } else if (s.charAt(lt + 1) == '!') {
                int end = s.indexOf('>', lt + 2);
                if (end < 0) {
                    return Optional.empty();
                }
                i = end + 1;
            } else {
                return tag(s, lt);
            }
        }
    }

    private static Optional<Tag> tag(String s, int lt) {
        int i = lt + 1;
        boolean closing = s.charAt(i) == '/';
        if (closing) {
            i++;
        }
        int nameStart = i;
        while (i < s.length() && !Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '>' && s.charAt(i) != '/') {
            i++;
        }
        String name = s.substring(nameStart, i);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '>') {
                return Optional.of(new Tag(lt, i + 1, name, attributes, closing, false));
            } else if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '>') {
                return Optional.of(new Tag(lt, i + 2, name, attributes, closing, true));
            } else {
                int attrStart = i;
                while (i < s.length() && s.charAt(i) != '=' && s.charAt(i) != '>' && !Character.isWhitespace(s.charAt(i))
                        && s.charAt(i) != '/') {
                    i++;
                }
                String attribute = s.substring(attrStart, i);
                while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                    i++;
                }
                if (i < s.length() && s.charAt(i) == '=') {
                    i++;
                    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                        i++;
                    }
                    if (i >= s.length() || (s.charAt(i) != '"' && s.charAt(i) != '\'')) {
                        return Optional.empty();
                    }
                    char quote = s.charAt(i);
                    int end = s.indexOf(quote, i + 1);
                    if (end < 0) {
                        return Optional.empty();
                    }
                    attributes.put(attribute, s.substring(i + 1, end));
                    i = end + 1;
                } else if (attribute.isEmpty()) {
                    return Optional.empty();
                } else {
                    attributes.put(attribute, "");
                }
            }
        }
        return Optional.empty();
    }
}
