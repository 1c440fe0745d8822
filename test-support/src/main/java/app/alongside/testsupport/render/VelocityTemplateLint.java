package app.alongside.testsupport.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds constructs in a Velocity template that work on Velocity 1.7 or 2.x but break on the Velocity 1.6 fork that
 * Confluence ships (reference/buildchain.md §2). Some are parse errors on 1.6; the others silently print the wrong
 * thing, which is why they are worth a lint:
 *
 * <ul>
 *   <li>{@code $foreach} (e.g. {@code $foreach.count}, {@code $foreach.hasNext}, {@code #break($foreach)}): not set
 *       on 1.6, so it prints literally. Use {@code $velocityCount} / {@code $velocityHasNext}, or a
 *       {@code #set} counter;
 *   <li>macro default arguments, {@code #macro(m $a $b="x")}: a parse error on 1.6;
 *   <li>index syntax, {@code $list[0]} or {@code $map["k"]}: 1.6 prints {@code $list}'s value followed by the text
 *       {@code [0]}. Use {@code $list.get(0)};
 *   <li>unparsed content, {@code #[[ ... ]]#}: a lexer error or dropped content on 1.6. Use {@code #literal()} or
 *       escape with {@code \$} / {@code \#}.
 * </ul>
 *
 * <p>{@code #break}, {@code #define}, {@code #evaluate}, {@code $velocityCount} and {@code $velocityHasNext} work on
 * 1.6 and are not flagged. Comments ({@code ## ...}, {@code #* ... *#}) and escaped references ({@code \$x}) are
 * ignored. Semantic differences (empty strings being true in {@code #if}, {@code #set} to null keeping the old value,
 * macro arguments passed by name) cannot be seen syntactically and are not flagged; see the build-chain notes.
 */
public final class VelocityTemplateLint {

    /**
     * One problem: where it is (1-based line and column of the offending construct) and what to do instead.
     * {@link #toString()} reads {@code line 3, column 7: ...}.
     */
    public record Problem(int line, int column, String message) {

        public Problem {
            Objects.requireNonNull(message, "message");
        }

        @Override
        public String toString() {
            return "line " + line + ", column " + column + ": " + message;
        }
    }

    private VelocityTemplateLint() {
    }

    /** The problems in a template's source, in the order they occur; empty if there are none. */
    public static List<Problem> problems(String templateSource) {
        return new Scanner(templateSource).scan();
    }

    private static final class Scanner {
        private final String s;
        private final List<Problem> problems = new ArrayList<>();

        Scanner(String source) {
            this.s = Objects.requireNonNull(source, "templateSource");
        }

        List<Problem> scan() {
            int i = 0;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '\\') {
                    // an escaped reference or directive prints literally
                    int j = i;
                    while (j < s.length() && s.charAt(j) == '\\') {
                        j++;
                    }
                    i = (j < s.length() && (s.charAt(j) == '$' || s.charAt(j) == '#')) ? j + 1 : j;
                } else if (s.startsWith("##", i)) {
                    int eol = s.indexOf('\n', i);
                    i = eol < 0 ? s.length() : eol + 1;
                } else if (s.startsWith("#*", i)) {
                    int end = s.indexOf("*#", i + 2);
                    i = end < 0 ? s.length() : end + 2;
                } else if (s.startsWith("#[[", i)) {
                    report(i, "unparsed content #[[ ... ]]# is not supported by Velocity 1.6 (lexer error or"
                            + " dropped content); use #literal() ... #end, or escape with \\$ and \\#");
                    int end = s.indexOf("]]#", i + 3);
                    i = end < 0 ? s.length() : end + 3;
                } else if (c == '#' && macroDirectiveAt(i) >= 0) {
                    int open = macroDirectiveAt(i);
                    checkMacroArguments(open);
                    i = open + 1;
                } else if (c == '$') {
                    i = reference(i);
                } else {
                    i++;
                }
            }
            return problems;
        }

        /** If a #macro( or #{macro}( directive starts at i, the index of its '('; otherwise -1. */
        private int macroDirectiveAt(int i) {
            int j;
            if (s.startsWith("#macro", i)) {
                j = i + 6;
            } else if (s.startsWith("#{macro}", i)) {
                j = i + 8;
            } else {
                return -1;
            }
            while (j < s.length() && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) {
                j++;
            }
            return j < s.length() && s.charAt(j) == '(' ? j : -1;
        }

        private void checkMacroArguments(int open) {
            int depth = 0;
            for (int j = open; j < s.length(); j++) {
                char c = s.charAt(j);
                if (c == '"' || c == '\'') {
                    int close = s.indexOf(c, j + 1);
                    if (close < 0) {
                        return;
                    }
                    j = close;
                } else if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                    if (depth == 0) {
                        return;
                    }
                } else if (c == '=') {
                    report(j, "macro default arguments (#macro(name $a $b = ...)) are a parse error on Velocity 1.6;"
                            + " pass every argument, or test for a missing one inside the macro");
                    return;
                }
            }
        }

        /** Checks the reference starting at '$' at {@code start}; returns where scanning continues. */
        private int reference(int start) {
            int i = start + 1;
            if (i < s.length() && s.charAt(i) == '!') {
                i++;
            }
            if (i < s.length() && s.charAt(i) == '{') {
                i++;
            }
            int nameEnd = identifierEnd(i);
            if (nameEnd == i) {
                return start + 1; // a lone '$' is text
            }
            String root = s.substring(i, nameEnd);
            if (root.equals("foreach")) {
                report(start, "$foreach is not set on Velocity 1.6 and prints literally; use $velocityCount"
                        + " (counts from 1) or $velocityHasNext, or keep your own #set counter");
            }
            // Walk the rest of the reference (.property and .method(...) parts) to see what follows it.
            int j = nameEnd;
            while (j < s.length() && s.charAt(j) == '.') {
                int end = identifierEnd(j + 1);
                if (end == j + 1) {
                    break; // "$x." followed by text: the dot is text
                }
                j = end;
                if (j < s.length() && s.charAt(j) == '(') {
                    int close = closing(j);
                    if (close < 0) {
                        break;
                    }
                    j = close + 1;
                }
            }
            if (j < s.length() && s.charAt(j) == '[') {
                report(j, "index syntax such as $list[0] or $map[\"key\"] is not supported by Velocity 1.6 (it prints"
                        + " the value followed by the brackets); use $list.get(0) or $map.get(\"key\")");
            }
            // Continue just after the root name so references nested in method arguments are checked too.
            return nameEnd;
        }

        private int identifierEnd(int i) {
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

        private int closing(int open) {
            int depth = 0;
            for (int j = open; j < s.length(); j++) {
                char c = s.charAt(j);
                if (c == '"' || c == '\'') {
                    int close = s.indexOf(c, j + 1);
                    if (close < 0) {
                        return -1;
                    }
                    j = close;
                } else if (c == '(' || c == '[' || c == '{') {
                    depth++;
                } else if (c == ')' || c == ']' || c == '}') {
                    depth--;
                    if (depth == 0) {
                        return c == ')' ? j : -1;
                    }
                }
            }
            return -1;
        }

        private void report(int index, String message) {
            int line = 1;
            int lineStart = 0;
            for (int k = 0; k < index; k++) {
                if (s.charAt(k) == '\n') {
                    line++;
                    lineStart = k + 1;
                }
            }
            problems.add(new Problem(line, index - lineStart + 1, message));
        }
    }
}
