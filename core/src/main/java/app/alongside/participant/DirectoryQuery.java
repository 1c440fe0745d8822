package app.alongside.participant;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A directory search: participant pages in these spaces (never empty), optionally with a skill and/or an interest
 * (case-insensitive, whole item or a word in it) and a text matched against names; at most {@code limit} people,
 * alphabetically by the name they go by.
 */
public record DirectoryQuery(Set<String> spaceKeys, Optional<String> skill, Optional<String> interest,
                             Optional<String> text, int limit) {

    public static final int MAX_LIMIT = 500;

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
}
