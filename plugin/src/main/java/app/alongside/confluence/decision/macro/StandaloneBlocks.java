package app.alongside.confluence.decision.macro;

import app.alongside.decision.DecisionMacros;
import app.alongside.decision.DecisionStorageReader;
import app.alongside.decision.ParsedDecision;
import app.alongside.validation.Problem;

import java.util.List;
import java.util.Map;

/**
 * Reads a stage or "you said" macro that Confluence renders on its own (outside a decision) with the same rules as
 * inside one: the block is put back into a decision in storage format and read by core's
 * {@link DecisionStorageReader}, so there is one reader for both.
 */
final class StandaloneBlocks {

    private final DecisionStorageReader reader = new DecisionStorageReader();

    /**
     * The decision holding just this block, and what was wrong in it. {@code textParameters} are written as text;
     * {@code storageParameters} are already storage format (a user reference) and written as they are.
     */
    ParsedDecision read(String macroName, Map<String, String> textParameters, Map<String, String> storageParameters,
                        String body) {
        StringBuilder storage = new StringBuilder("<ac:structured-macro ac:name=\"").append(macroName).append("\">");
        textParameters.forEach((name, value) -> parameter(storage, name, value == null ? null : escape(value)));
        storageParameters.forEach((name, value) -> parameter(storage, name, value));
        storage.append("<ac:rich-text-body>").append(body == null ? "" : body)
                .append("</ac:rich-text-body></ac:structured-macro>");
        return reader.readMacro("block", Map.of(DecisionMacros.TITLE, "block"), storage.toString());
    }

    private static void parameter(StringBuilder storage, String name, String storageValue) {
        if (name != null && storageValue != null && !name.isBlank()) {
            storage.append("<ac:parameter ac:name=\"").append(escape(name)).append("\">").append(storageValue)
                    .append("</ac:parameter>");
        }
    }

    /** A "you said" parameter holding a user reference, as the editor stores a user picked in the macro browser. */
    static String userParameter(String userKey) {
        return "<ri:user ri:userkey=\"" + escape(userKey) + "\"/>";
    }

    /** Problems that concern the block, not the stand-in decision around it. */
    static List<Problem> blockProblems(ParsedDecision parsed) {
        return parsed.problems().stream().filter(p -> !p.field().equals(DecisionMacros.TITLE)).toList();
    }

    /** Text made safe inside XML text and attribute values. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
