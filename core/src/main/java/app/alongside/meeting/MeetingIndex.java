package app.alongside.meeting;

import app.alongside.decision.register.IndexedPage;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The index of meetings and who chaired them, rebuilt from pages at will (Active Objects in Confluence), kept by the
 * same page sync as the decision index. It answers without knowing who is asking: callers filter by
 * {@link app.alongside.decision.register.PageVisibility}.
 */
public interface MeetingIndex {

    /** Makes the index hold exactly this meeting for the page (idempotent); the page counts as not trashed. */
    void replacePage(IndexedPage page, Meeting meeting);

    /** Hides (trashed) or shows again (restored) the page's meeting, keeping it. */
    void setTrashed(long pageId, boolean trashed);

    /** Forgets the page's meeting (its macro was removed, or the page deleted for good). */
    void removePage(long pageId);

    /** Forgets everything (before a rebuild from pages). */
    void clear();

    /**
     * Up to {@code limit} meetings in these spaces, not trashed, dated from {@code from} (any date if empty) to
     * {@code to} inclusive, oldest first (page id breaks ties), followed by undated meetings, each with its chairs:
     * two statements whatever the size of the index.
     */
    List<IndexedMeeting> inSpaces(Set<String> spaceKeys, Optional<LocalDate> from, LocalDate to, int limit);

    /** Meetings indexed, trashed included. */
    long size();
}
