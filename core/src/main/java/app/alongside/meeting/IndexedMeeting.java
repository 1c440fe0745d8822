package app.alongside.meeting;

import java.util.Objects;

/** A meeting as the index holds it: the page its notes are on, that page's space and title, and the meeting. */
public record IndexedMeeting(long pageId, String spaceKey, String title, Meeting meeting) {

    public IndexedMeeting {
        if (pageId <= 0) {
            throw new IllegalArgumentException("pageId must be positive");
        }
        Objects.requireNonNull(spaceKey, "spaceKey");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(meeting, "meeting");
    }
}
