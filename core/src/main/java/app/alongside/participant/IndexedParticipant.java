package app.alongside.participant;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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

    /** The directory's only order: by the name people go by, ignoring case, then by page id. */
    public static final Comparator<IndexedParticipant> ALPHABETICAL = Comparator
            .comparing((IndexedParticipant p) -> p.displayName().toLowerCase(Locale.ROOT))
            .thenComparingLong(IndexedParticipant::pageId);

    /** What the index holds for a page with this profile. */
    public static IndexedParticipant of(long pageId, String spaceKey, String pageTitle, ParticipantProfile profile) {
        return new IndexedParticipant(pageId, spaceKey, pageTitle, profile.name(), profile.preferredName(),
                profile.pronouns(), profile.userKey(), profile.photo(), profile.skills(), profile.interests());
    }

    public String displayName() {
        return preferredName.orElse(name);
    }
}
