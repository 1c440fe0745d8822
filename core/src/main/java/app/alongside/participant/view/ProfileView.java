package app.alongside.participant.view;

import java.util.List;
import java.util.Objects;

/**
 * What a participant profile card shows, in words: the person as a person — the name they go by, their full name
 * if it differs, pronouns, a photo or initials, "what I bring", skills, interests, how they like to take part,
 * availability, the decisions and groups they took part in — and what to fix in how the profile is written. No
 * role, diagnosis or service use: there is no such field. {@code ownWords} is non-empty only when the person chose
 * to show their perspective on their page in their own words. "What I bring" itself is formatted text that the
 * adapter renders from the page.
 */
public record ProfileView(String headingId, String displayName, String fullName, String pronouns, String initials,
                          String photoUrl, boolean hasWhatIBring, String whatIBringText, List<String> skills,
                          List<String> interests, List<String> accessNeeds, String accessNotes, String availability,
                          String ownWords, List<DecisionLink> decisions, String decisionsNote, List<Group> groups,
                          String myDataLink, List<String> problems, ProfileWords words) {

    public ProfileView {
        Objects.requireNonNull(headingId, "headingId");
        Objects.requireNonNull(displayName, "displayName");
        fullName = orEmpty(fullName);
        pronouns = orEmpty(pronouns);
        Objects.requireNonNull(initials, "initials");
        photoUrl = orEmpty(photoUrl);
        whatIBringText = orEmpty(whatIBringText);
        skills = List.copyOf(skills);
        interests = List.copyOf(interests);
        accessNeeds = List.copyOf(accessNeeds);
        accessNotes = orEmpty(accessNotes);
        availability = orEmpty(availability);
        ownWords = orEmpty(ownWords);
        decisions = List.copyOf(decisions);
        decisionsNote = orEmpty(decisionsNote);
        groups = List.copyOf(groups);
        myDataLink = orEmpty(myDataLink);
        problems = List.copyOf(problems);
        Objects.requireNonNull(words, "words");
    }

    /** Their full name, shown as well when they go by another (preferred) name. */
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

    public boolean hasAccessNeeds() {
        return !accessNeeds.isEmpty();
    }

    public boolean hasAccessNotes() {
        return !accessNotes.isEmpty();
    }

    /** Whether "How I like to take part" has anything in it. */
    public boolean hasTakingPart() {
        return hasAccessNeeds() || hasAccessNotes();
    }

    public boolean hasAvailability() {
        return !availability.isEmpty();
    }

    /** Only when the person chose to show it, in their own words. */
    public boolean hasOwnWords() {
        return !ownWords.isEmpty();
    }

    public boolean hasDecisions() {
        return !decisions.isEmpty();
    }

    public boolean hasDecisionsNote() {
        return !decisionsNote.isEmpty();
    }

    public boolean hasGroups() {
        return !groups.isEmpty();
    }

    /** Shown to the person themself only. */
    public boolean hasMyDataLink() {
        return !myDataLink.isEmpty();
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** A decision the person took part in, with where and when it was made. */
    public record DecisionLink(String title, String link, String pageTitle, String decidedOn, String decidedOnIso) {
        public DecisionLink {
            Objects.requireNonNull(title, "title");
            link = orEmpty(link);
            Objects.requireNonNull(pageTitle, "pageTitle");
            decidedOn = orEmpty(decidedOn);
            decidedOnIso = orEmpty(decidedOnIso);
        }

        public boolean hasLink() {
            return !link.isEmpty();
        }

        public boolean hasDecidedOn() {
            return !decidedOnIso.isEmpty();
        }
    }

    /** A group (a Confluence space) the person took part in decisions of. */
    public record Group(String name, String link) {
        public Group {
            Objects.requireNonNull(name, "name");
            link = orEmpty(link);
        }

        public boolean hasLink() {
            return !link.isEmpty();
        }
    }

    /** The card's fixed words: headings and labels. */
    public record ProfileWords(String problemsHeading, String fullNameLabel, String pronounsLabel,
                               String whatIBringHeading, String nothingYet, String skillsHeading,
                               String interestsHeading, String takingPartHeading, String availabilityHeading,
                               String ownWordsHeading, String decisionsHeading, String noDecisions,
                               String decisionOnLabel, String groupsHeading, String myDataLabel) {
        public ProfileWords {
            Objects.requireNonNull(problemsHeading, "problemsHeading");
            Objects.requireNonNull(fullNameLabel, "fullNameLabel");
            Objects.requireNonNull(pronounsLabel, "pronounsLabel");
            Objects.requireNonNull(whatIBringHeading, "whatIBringHeading");
            Objects.requireNonNull(nothingYet, "nothingYet");
            Objects.requireNonNull(skillsHeading, "skillsHeading");
            Objects.requireNonNull(interestsHeading, "interestsHeading");
            Objects.requireNonNull(takingPartHeading, "takingPartHeading");
            Objects.requireNonNull(availabilityHeading, "availabilityHeading");
            Objects.requireNonNull(ownWordsHeading, "ownWordsHeading");
            Objects.requireNonNull(decisionsHeading, "decisionsHeading");
            Objects.requireNonNull(noDecisions, "noDecisions");
            Objects.requireNonNull(decisionOnLabel, "decisionOnLabel");
            Objects.requireNonNull(groupsHeading, "groupsHeading");
            Objects.requireNonNull(myDataLabel, "myDataLabel");
        }
    }

    static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
