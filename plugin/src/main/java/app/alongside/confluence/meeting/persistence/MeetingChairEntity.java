package app.alongside.confluence.meeting.persistence;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * Someone the notes name as chairing a meeting (one row per co-chair). Table {@code AO_2ED2E3_MEETING_CHAIR}. Keyed
 * by page, as a page records one meeting.
 */
@Table("MEETING_CHAIR")
public interface MeetingChairEntity extends Entity {

    String PAGE_ID = "PAGE_ID";
    String POSITION = "POSITION";
    String PERSON_KEY = "PERSON_KEY";

    @NotNull
    @Indexed
    long getPageId();

    void setPageId(long pageId);

    /** Order as the notes list the chairs. */
    @NotNull
    int getPosition();

    void setPosition(int position);

    /** {@code PersonRef.key()}: {@code user:KEY}, {@code page:SPACE:Title} or {@code name:Text}. */
    @NotNull
    @Indexed
    @StringLength(StringLength.MAX_LENGTH)
    String getPersonKey();

    void setPersonKey(String personKey);
}
