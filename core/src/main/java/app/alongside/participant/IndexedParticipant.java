package app.alongside.participant;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A participant page as the directory indexes it (no free text beyond names, skills and interests). */
public record IndexedParticipant(long pageId, String spaceKey, String pageTitle, String name,
                                 Optional<String> preferredName, Optional<String> pronouns, Optional<String> userKey,
                                 Optional<String> photo, List<String> skills, List<String> interests) {

    public IndexedParticipant {
        if (pageId <= 0) {
            throw new IllegalArgumentException("pageId must be positive");
        }
        Objects.requireNonNull(spaceKey, "spaceKey");
        Objects.requireNonNull(pageTitle, "pageTitle");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(preferredName, "preferredName");
        Objects.requireNonNull(pronouns, "pronouns");
        Objects.requireNonNull(userKey, "userKey");
        Objects.requireNonNull(photo, "photo");
        skills = List.copyOf(skills);
        interests = List.copyOf(interests);
    }

    public String displayName() {
        return preferredName.orElse(name);
    }
}
