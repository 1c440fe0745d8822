package app.alongside.confluence.meeting.persistence;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A meeting recorded on a page of notes, as the index holds it: the page, its space and title, the meeting's day and
 * whether the page is in the trash. Table {@code AO_2ED2E3_MEETING}. Rebuilt from pages at will; see
 * docs/storage-format.md.
 */
@Table("MEETING")
@Indexes({
        // a page's row (replace, trash, remove)
        @Index(name = "meeting_page", methodNames = {"getPageId"}),
        // a charter's meetings in date order
        @Index(name = "meeting_space_day", methodNames = {"getSpaceKey", "getMeetingDay", "getPageId"})
})
public interface MeetingEntity extends Entity {

    String PAGE_ID = "PAGE_ID";
    String SPACE_KEY = "SPACE_KEY";
    String PAGE_TITLE = "PAGE_TITLE";
    String MEETING_DAY = "MEETING_DAY";
    String TRASHED = "TRASHED";
    String FINGERPRINT = "FINGERPRINT";

    /** {@link #getMeetingDay()} of a meeting whose date cannot be read: after every real day. */
    int UNDATED = 99_999_999;

    @NotNull
    long getPageId();

    void setPageId(long pageId);

    @NotNull
    @StringLength(255)
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    /** At most 255 characters; null when the page has no title (an empty string is null on Oracle). */
    String getPageTitle();

    void setPageTitle(String pageTitle);

    /** yyyymmdd, or {@link #UNDATED}. */
    @NotNull
    int getMeetingDay();

    void setMeetingDay(int meetingDay);

    @NotNull
    boolean isTrashed();

    void setTrashed(boolean trashed);

    /** A digest of everything indexed for the page, so a save that changed nothing writes nothing. */
    @NotNull
    @StringLength(64)
    String getFingerprint();

    void setFingerprint(String fingerprint);
}
