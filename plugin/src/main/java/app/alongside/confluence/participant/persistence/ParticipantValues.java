package app.alongside.confluence.participant.persistence;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a profile's lists and names become the participant index's search columns, so that a {@code LIKE} finds
 * exactly what core's {@code DirectoryQuery.matches} finds: an item equal to the wanted text, or a word of an item
 * equal to it, ignoring case (lower case, {@link Locale#ROOT}, on both sides, so no database function is needed).
 */
final class ParticipantValues {

    /** Core's word break (DirectoryQuery): anything but letters, digits, marks and apostrophes. */
    static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}\\p{M}'\u2019]+");
    /** Stands in for a bar inside an item, so the bar can separate items; the wanted text gets the same. */
    private static final String BAR_IN_TEXT = "\u2223";
    /** The widest bounded string Active Objects allows on every database. */
    static final int MAX_TEXT = 450;
    /** The escape character every LIKE here declares: portable, unlike a backslash. */
    static final String LIKE_ESCAPE = " ESCAPE '!'";

    private ParticipantValues() {
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    /** One item as the items column holds it, and as the wanted text is compared with it. */
    static String itemKey(String item) {
        return lower(item.strip()).replace("|", BAR_IN_TEXT);
    }

    /** {@code |item|item|}, or null for none. */
    static String items(List<String> items) {
        if (items.isEmpty()) {
            return null;
        }
        StringBuilder joined = new StringBuilder("|");
        for (String item : items) {
            joined.append(itemKey(item)).append('|');
        }
        return joined.toString();
    }

    /** {@code |word|word|} of every item, each word once, or null for none. */
    static String words(List<String> items) {
        Set<String> words = new LinkedHashSet<>();
        for (String item : items) {
            for (String word : WORD_BREAK.split(lower(item.strip()))) {
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        }
        return words.isEmpty() ? null : "|" + String.join("|", words) + "|";
    }

    /** Whether the wanted text could equal a word: it has no word break in it. */
    static boolean isOneWord(String wanted) {
        String lower = lower(wanted);
        return !lower.isEmpty() && !WORD_BREAK.matcher(lower).find();
    }

    /** LIKE pattern for a bar-separated column holding this key. */
    static String between(String key) {
        return "%|" + escapeLike(key) + "|%";
    }

    /** LIKE pattern for a text containing this (already lower-case) text. */
    static String containing(String lowerText) {
        return "%" + escapeLike(lowerText) + "%";
    }

    static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /**
     * As written, one per line, or null for none. A line break inside an item (a parameter cannot hold one, but
     * storage is not ours to trust) becomes a space.
     */
    static String display(List<String> items) {
        if (items.isEmpty()) {
            return null;
        }
        List<String> lines = new ArrayList<>(items.size());
        for (String item : items) {
            lines.add(item.replaceAll("[\r\n]+", " "));
        }
        return String.join("\n", lines);
    }

    static List<String> display(String stored) {
        List<String> items = new ArrayList<>();
        if (stored != null) {
            for (String line : stored.split("\n")) {
                if (!line.isEmpty()) {
                    items.add(line);
                }
            }
        }
        return items;
    }

    static String truncate(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
    }

    static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
