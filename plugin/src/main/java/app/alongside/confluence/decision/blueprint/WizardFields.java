package app.alongside.confluence.decision.blueprint;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * Reading what a person typed into a blueprint wizard, as the create dialog hands it to a context provider: a
 * field's value as one line of text (a value may arrive as a string or, from some clients, an array of strings),
 * whitespace collapsed, control characters removed, cut to a length that keeps the page title within Confluence's
 * limit. What a person typed is otherwise kept as they wrote it: the content template escapes it. Every blueprint's
 * context provider reads its fields through here.
 */
public final class WizardFields {

    /** How a date reads on a page and in a title: 14 October 2026. */
    static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private WizardFields() {
    }

    public static String line(Map<String, Object> context, String field, int maxLength) {
        Object value = context.get(field);
        if (value instanceof String[] values) {
            value = values.length == 0 ? null : values[0];
        }
        if (value == null) {
            return "";
        }
        String text = String.valueOf(value).replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}]", " ")
                .replaceAll("\\s+", " ").strip();
        if (text.codePointCount(0, text.length()) > maxLength) {
            text = text.substring(0, text.offsetByCodePoints(0, maxLength)).strip();
        }
        return text;
    }
}
