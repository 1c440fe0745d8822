package app.alongside.participant;

import app.alongside.decision.register.PageVisibility;

import java.util.List;
import java.util.Objects;

/** The participant directory: a search of the index, showing only pages the viewer may see. Never ordered by anything but name. */
public final class ParticipantDirectory {

    private final ParticipantIndex index;

    public ParticipantDirectory(ParticipantIndex index) {
        this.index = Objects.requireNonNull(index, "index");
    }

    public List<IndexedParticipant> search(DirectoryQuery query, PageVisibility visibility) {
        throw new UnsupportedOperationException("to be implemented");
    }
}
