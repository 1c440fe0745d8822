package app.alongside.ladder;

import app.alongside.participant.IndexedParticipant;
import app.alongside.participant.ParticipantIndex;
import app.alongside.people.PersonRef;
import app.alongside.perspective.PerspectiveChanges;
import app.alongside.perspective.SubjectKey;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which stored placements a change could move, and re-placing them: a person's perspective moves the decisions that
 * name them — as a user, or through a participant page that stands for them — and a space's rules move the space.
 */
public final class PlacementUpkeep implements PerspectiveChanges {

    private final Placements placements;
    private final ParticipantIndex participants;

    public PlacementUpkeep(Placements placements, ParticipantIndex participants) {
        this.placements = Objects.requireNonNull(placements, "placements");
        this.participants = Objects.requireNonNull(participants, "participants");
    }

    @Override
    public void changed(SubjectKey subject) {
        Set<String> keys = personKeys(subject);
        if (!keys.isEmpty()) {
            placements.replaceInvolving(keys);
        }
    }

    @Override
    public void changedForMany() {
        placements.replaceAll();
    }

    /** The space's rules changed (empty: the global ones, which every space may inherit). */
    public void settingsChanged(Optional<String> spaceKey) {
        if (spaceKey.isPresent()) {
            placements.replaceSpace(spaceKey.get());
        } else {
            placements.replaceAll();
        }
    }

    /**
     * The keys under which decisions may name the subject: the user, and every participant page standing for them,
     * named with its space or without (a page named on a page of its own space).
     */
    Set<String> personKeys(SubjectKey subject) {
        Set<String> keys = new LinkedHashSet<>();
        subject.userKey().ifPresent(userKey -> {
            keys.add(new PersonRef.User(userKey).key());
            participants.findByUserKey(userKey).forEach(page -> addPage(keys, page));
        });
        subject.participantPageId().flatMap(participants::findByPageId).ifPresent(page -> addPage(keys, page));
        return keys;
    }

    private static void addPage(Set<String> keys, IndexedParticipant page) {
        keys.add(new PersonRef.Page(page.spaceKey(), page.pageTitle()).key());
        keys.add(new PersonRef.Page("", page.pageTitle()).key());
    }
}
