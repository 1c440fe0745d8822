package app.alongside.participant;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A person as their participant page presents them: as a person with skills and interests, never by role,
 * diagnosis or service use (no such field exists). {@code whatIBringStorage} is the macro body (rich text, the
 * person's own words), {@code whatIBringText} its plain text.
 */
public record ParticipantProfile(String name, Optional<String> preferredName, Optional<String> pronouns,
                                 Optional<String> userKey, Optional<String> photo, List<String> skills,
                                 List<String> interests, Set<AccessNeed> accessNeeds, Optional<String> accessNotes,
                                 Optional<String> availability, String whatIBringStorage, String whatIBringText) {

    /** Names, pronouns, the photo's file name, each skill and each interest. */
    public static final int MAX_SHORT_TEXT = 255;
    /** Access notes and availability: a sentence or two. */
    public static final int MAX_NOTE_TEXT = 1_000;
    public static final int MAX_LIST_ITEMS = 30;

    public ParticipantProfile {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        Objects.requireNonNull(preferredName, "preferredName");
        Objects.requireNonNull(pronouns, "pronouns");
        Objects.requireNonNull(userKey, "userKey");
        Objects.requireNonNull(photo, "photo");
        Objects.requireNonNull(accessNotes, "accessNotes");
        Objects.requireNonNull(availability, "availability");
        Objects.requireNonNull(whatIBringStorage, "whatIBringStorage");
        Objects.requireNonNull(whatIBringText, "whatIBringText");
        skills = List.copyOf(skills);
        interests = List.copyOf(interests);
        accessNeeds = Set.copyOf(accessNeeds);
    }

    /** The name to call them by: their preferred name if they gave one. */
    public String displayName() {
        return preferredName.orElse(name);
    }
}
