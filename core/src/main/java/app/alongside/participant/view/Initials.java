package app.alongside.participant.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The letters of an initials avatar, shown when a person has no photo: the first letter of the first and of the last
 * word of the name they go by ("Priya Shah" → "PS", "Zoë" → "Z"). Works in any script: a name written without
 * spaces (as Chinese names often are) gives its first character; a name with no letters at all (emoji only) gives
 * its first character as written. The avatar is decoration: pages announce the name itself, once.
 */
public final class Initials {

    private Initials() {
    }

    public static String of(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        List<Integer> firsts = new ArrayList<>();
        for (String word : name.strip().split("[\\s\\p{Z}]+")) {
            word.codePoints().filter(Character::isLetterOrDigit).findFirst().ifPresent(firsts::add);
        }
        if (firsts.isEmpty()) {
            return new String(Character.toChars(name.strip().codePointAt(0)));
        }
        StringBuilder letters = new StringBuilder().appendCodePoint(firsts.get(0));
        if (firsts.size() > 1) {
            letters.appendCodePoint(firsts.get(firsts.size() - 1));
        }
        return letters.toString().toUpperCase(Locale.ROOT);
    }
}
