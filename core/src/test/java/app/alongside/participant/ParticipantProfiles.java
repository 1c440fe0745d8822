package app.alongside.participant;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Profiles for tests, with only what a test cares about. Published in core's test jar. */
public final class ParticipantProfiles {

    private ParticipantProfiles() {
    }

    /** A person without an account, skills or interests. */
    public static ParticipantProfile named(String name) {
        return profile(name, Optional.empty(), List.of(), List.of());
    }

    /** A person whose page names their Confluence account. */
    public static ParticipantProfile withAccount(String name, String userKey) {
        return profile(name, Optional.of(userKey), List.of(), List.of());
    }

    public static ParticipantProfile profile(String name, Optional<String> userKey, List<String> skills,
                                             List<String> interests) {
        return new ParticipantProfile(name, Optional.empty(), Optional.empty(), userKey, Optional.empty(), skills,
                interests, Set.of(), Optional.empty(), Optional.empty(), "", "");
    }

    /** The same profile with a preferred name. */
    public static ParticipantProfile preferring(ParticipantProfile p, String preferredName) {
        return new ParticipantProfile(p.name(), Optional.of(preferredName), p.pronouns(), p.userKey(), p.photo(),
                p.skills(), p.interests(), p.accessNeeds(), p.accessNotes(), p.availability(), p.whatIBringStorage(),
                p.whatIBringText());
    }
}
