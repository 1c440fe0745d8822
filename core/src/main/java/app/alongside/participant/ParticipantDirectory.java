package app.alongside.participant;

import app.alongside.decision.register.PageVisibility;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** The participant directory: a search of the index, showing only pages the viewer may see. Never ordered by anything but name. */
public final class ParticipantDirectory {

    private final ParticipantIndex index;

    public ParticipantDirectory(ParticipantIndex index) {
        this.index = Objects.requireNonNull(index, "index");
    }

    /**
     * The index's matches (alphabetical) that the viewer may see, in the same order: one index query and one
     * permission check. A page hidden from the viewer is left out, never shown as "hidden".
     */
    public List<IndexedParticipant> search(DirectoryQuery query, PageVisibility visibility) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(visibility, "visibility");
        List<IndexedParticipant> found = index.search(query);
        if (found.isEmpty()) {
            return List.of();
        }
        Set<Long> visible = visibility.visible(found.stream().map(IndexedParticipant::pageId)
                .collect(Collectors.toSet()));
        return found.stream().filter(p -> visible.contains(p.pageId())).toList();
    }
}
