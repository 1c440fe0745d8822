package app.alongside.confluence.signal.persistence;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A group's acknowledgement of a tokenism signal, with its note. Table {@code AO_2ED2E3_SIGNAL_ACK}. The note is
 * shown on the decision's card to everyone who can see the page; the user key names who acknowledged it until
 * erasure replaces it. {@code COUNTED_ON} (epoch day): the decision's date for a decision signal, the day it was
 * acknowledged for a space signal, so insights count by period in SQL.
 */
@Table("SIGNAL_ACK")
public interface AcknowledgementEntity extends Entity {

    String ACK_KEY = "ACK_KEY";
    String SUBJECT_KEY = "SUBJECT_KEY";
    String KIND = "KIND";
    String SPACE_KEY = "SPACE_KEY";
    String NOTE = "NOTE";
    String USER_KEY = "USER_KEY";
    String ACKNOWLEDGED_AT = "ACKNOWLEDGED_AT";
    String COUNTED_ON = "COUNTED_ON";

    /** {@code <subject key>|<kind>}: one acknowledgement per signal; a second replaces the first. */
    @NotNull
    @Unique
    @StringLength(200)
    String getAckKey();

    void setAckKey(String key);

    @NotNull
    @Indexed
    @StringLength(150)
    String getSubjectKey();

    void setSubjectKey(String key);

    @NotNull
    @StringLength(40)
    String getKind();

    void setKind(String kind);

    @NotNull
    @Indexed
    @StringLength(255)
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getNote();

    void setNote(String note);

    /** Erasure finds the person's rows by it. */
    @NotNull
    @Indexed
    @StringLength(255)
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    long getAcknowledgedAt();

    void setAcknowledgedAt(long at);

    /** Null for a decision without a date (not counted by period). */
    Integer getCountedOn();

    void setCountedOn(Integer epochDay);
}
