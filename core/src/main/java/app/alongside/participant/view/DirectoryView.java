package app.alongside.participant.view;

import java.util.List;
import java.util.Objects;

/**
 * A participant directory in words: everyone whose page matches, alphabetically by the name they go by — never
 * ordered or grouped by anything else — each as a person (name, pronouns, skills, interests, a link to their page),
 * as cards or as a table. When nobody is listed, {@code emptyKind} says why ({@code empty}: no participant pages
 * yet; {@code none-listed}: none with the page's chosen skill or interest; {@code filtered}: none matches the
 * reader's search, with a way back to everyone).
 */
public record DirectoryView(String caption, boolean table, List<PersonCard> people, String count, String limitNote,
                            String emptyKind, String emptyMessage, String emptyActionLabel, String emptyActionLink,
                            DirectoryWords words) {

    public DirectoryView {
        Objects.requireNonNull(caption, "caption");
        people = List.copyOf(people);
        Objects.requireNonNull(count, "count");
        limitNote = ProfileView.orEmpty(limitNote);
        emptyKind = ProfileView.orEmpty(emptyKind);
        emptyMessage = ProfileView.orEmpty(emptyMessage);
        emptyActionLabel = ProfileView.orEmpty(emptyActionLabel);
        emptyActionLink = ProfileView.orEmpty(emptyActionLink);
        Objects.requireNonNull(words, "words");
    }

    public boolean hasPeople() {
        return !people.isEmpty();
    }

    public boolean hasLimitNote() {
        return !limitNote.isEmpty();
    }

    public boolean hasEmptyAction() {
        return !emptyActionLink.isEmpty();
    }

    /**
     * One person. {@code filterText} is what the page's optional filter-as-you-type matches (names, pronouns, skills
     * and interests, lower case); it is never shown.
     */
    public record PersonCard(String displayName, String fullName, String pronouns, String initials, String photoUrl,
                             List<String> skills, List<String> interests, String link, String filterText) {
        public PersonCard {
            Objects.requireNonNull(displayName, "displayName");
            fullName = ProfileView.orEmpty(fullName);
            pronouns = ProfileView.orEmpty(pronouns);
            Objects.requireNonNull(initials, "initials");
            photoUrl = ProfileView.orEmpty(photoUrl);
            skills = List.copyOf(skills);
            interests = List.copyOf(interests);
            link = ProfileView.orEmpty(link);
            Objects.requireNonNull(filterText, "filterText");
        }

        public boolean hasFullName() {
            return !fullName.isEmpty();
        }

        public boolean hasPronouns() {
            return !pronouns.isEmpty();
        }

        public boolean hasPhoto() {
            return !photoUrl.isEmpty();
        }

        public boolean hasSkills() {
            return !skills.isEmpty();
        }

        public boolean hasInterests() {
            return !interests.isEmpty();
        }

        public boolean hasLink() {
            return !link.isEmpty();
        }
    }

    /**
     * The directory's fixed words. {@code filterStatus} has the placeholders {@code {0}} (people shown) and
     * {@code {1}} (people listed) for the optional filter-as-you-type to fill in.
     */
    public record DirectoryWords(String nameColumn, String fullNameLabel, String pronounsLabel, String skillsLabel,
                                 String interestsLabel, String noneListed, String filterLabel, String filterStatus) {
        public DirectoryWords {
            Objects.requireNonNull(nameColumn, "nameColumn");
            Objects.requireNonNull(fullNameLabel, "fullNameLabel");
            Objects.requireNonNull(pronounsLabel, "pronounsLabel");
            Objects.requireNonNull(skillsLabel, "skillsLabel");
            Objects.requireNonNull(interestsLabel, "interestsLabel");
            Objects.requireNonNull(noneListed, "noneListed");
            Objects.requireNonNull(filterLabel, "filterLabel");
            Objects.requireNonNull(filterStatus, "filterStatus");
        }
    }
}
