package app.alongside.participant;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A directory search: participant pages in these spaces (never empty), optionally with a skill and/or an interest
 * (case-insensitive, whole item or a word in it) and a text matched against names; at most {@code limit} people,
 * alphabetically by the name they go by.
 */
public record DirectoryQuery(Set<String> spaceKeys, Optional<String> skill, Optional<String> interest,
                             Optional<String> text, int limit) {

    public static final int MAX_LIMIT = 500;
    /** Words in a skill or interest are separated by anything but letters, digits and apostrophes. */
    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}\\p{M}'\u2019]+");

    public DirectoryQuery {
        spaceKeys = Set.copyOf(spaceKeys);
        if (spaceKeys.isEmpty()) {
            throw new IllegalArgumentException("a directory covers at least one space");
        }
        Objects.requireNonNull(skill, "skill");
        Objects.requireNonNull(interest, "interest");
        Objects.requireNonNull(text, "text");
        skill = skill.map(String::strip).filter(s -> !s.isEmpty());
        interest = interest.map(String::strip).filter(s -> !s.isEmpty());
        text = text.map(String::strip).filter(s -> !s.isEmpty());
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT);
        }
    }

    /**
     * The search rule itself, for indexes that filter in memory and for fakes: in one of the spaces; the skill (and
     * the interest) equal to a whole item or to a word in an item, ignoring case; the text contained in the name or
     * the preferred name, ignoring case. Trashed pages are the index's business.
     */
    public boolean matches(IndexedParticipant participant) {
        return spaceKeys.contains(participant.spaceKey())
                && skill.map(wanted -> anyItemMatches(participant.skills(), wanted)).orElse(true)
                && interest.map(wanted -> anyItemMatches(participant.interests(), wanted)).orElse(true)
                && text.map(wanted -> contains(participant.name(), wanted)
                        || participant.preferredName().map(n -> contains(n, wanted)).orElse(false)).orElse(true);
    }

    private static boolean anyItemMatches(List<String> items, String wanted) {
        String w = lower(wanted);
        for (String item : items) {
            String it = lower(item.strip());
            if (it.equals(w)) {
                return true;
            }
            for (String word : WORD_BREAK.split(it)) {
                if (word.equals(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean contains(String value, String wanted) {
        return lower(value).contains(lower(wanted));
    }

    private static String lower(String value) {
        return value.toLowerCase(Locale.ROOT);
    }
}
