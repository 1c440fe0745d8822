package app.alongside.participant;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The index of participant pages (Active Objects in Confluence), rebuilt from pages at will, like the register's. */
public interface ParticipantIndex {

    /** Makes the index hold this page's profile (or nothing, if the page holds none); the page counts as not trashed. */
    void replacePage(long pageId, String spaceKey, String pageTitle, Optional<ParticipantProfile> profile);

    void setTrashed(long pageId, boolean trashed);

    void removePage(long pageId);

    void clear();

    /** Not trashed, matching the query, alphabetically by display name (case-insensitive), then page id. */
    List<IndexedParticipant> search(DirectoryQuery query);

    Optional<IndexedParticipant> findByPageId(long pageId);

    /** Participant pages (not trashed) with these (space key, title) pairs, for resolving page links: one statement. */
    List<IndexedParticipant> findByTitles(Collection<PageTitle> titles);

    /** Participant pages (not trashed) linked to this Confluence account. */
    List<IndexedParticipant> findByUserKey(String userKey);

    record PageTitle(String spaceKey, String title) {
    }
}
