package app.alongside.confluence.reciprocity.persistence;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One line of the reciprocity ledger: time a person gave and what they got back. Table
 * {@code AO_2ED2E3_LEDGER_ENTRY}. Private: never copied into pages or the search index. Days are yyyymmdd, times
 * epoch milliseconds, money whole pence. After erasure a paid payment may stay with an {@code erased:} pseudonym as
 * its subject, its activity blanked and its benefits flag cleared (docs/privacy.md).
 */
@Table("LEDGER_ENTRY")
public interface LedgerEntryEntity extends Entity {

    String SUBJECT_KEY = "SUBJECT_KEY";
    String SPACE_KEY = "SPACE_KEY";
    String GIVEN_ON = "GIVEN_ON";
    String ACTIVITY = "ACTIVITY";
    String GIVEN_MINUTES = "GIVEN_MINUTES";
    String MEETING_PAGE_ID = "MEETING_PAGE_ID";
    String RECORDED_BY = "RECORDED_BY";
    String RECORDED_AT = "RECORDED_AT";
    String RECOGNITION = "RECOGNITION";
    String AMOUNT_PENCE = "AMOUNT_PENCE";
    String RECOGNITION_STATE = "RECOGNITION_STATE";
    String PAID_ON = "PAID_ON";
    String AFFECTS_BENEFITS = "AFFECTS_BENEFITS";

    /** {@code user:<userKey>}, {@code participant:<pageId>}, or after erasure {@code erased:<random>}. */
    @NotNull
    @Indexed
    @StringLength(255)
    String getSubjectKey();

    void setSubjectKey(String subjectKey);

    /** The group's space: totals and the charter's check are per space. */
    @NotNull
    @Indexed
    @StringLength(255)
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    /** The day the time was given, yyyymmdd. */
    @NotNull
    @Indexed
    Integer getGivenOn();

    void setGivenOn(Integer givenOn);

    /** Up to 200 characters, which is at most 400 UTF-16 units. */
    @NotNull
    @StringLength(450)
    String getActivity();

    void setActivity(String activity);

    @NotNull
    int getGivenMinutes();

    void setGivenMinutes(int minutes);

    /** The meeting page it was recorded from; null if none. */
    Long getMeetingPageId();

    void setMeetingPageId(Long pageId);

    /** User key of who recorded it (a pseudonym after their erasure). */
    @NotNull
    @Indexed
    @StringLength(255)
    String getRecordedBy();

    void setRecordedBy(String userKey);

    @NotNull
    long getRecordedAt();

    void setRecordedAt(long at);

    /** {@code RecognitionType} code: {@code payment}, {@code time-credit}, … */
    @NotNull
    @StringLength(32)
    String getRecognition();

    void setRecognition(String code);

    @NotNull
    long getAmountPence();

    void setAmountPence(long pence);

    /** {@code owed} or {@code paid}. */
    @NotNull
    @StringLength(16)
    String getRecognitionState();

    void setRecognitionState(String state);

    /** yyyymmdd; null while owed. */
    Integer getPaidOn();

    void setPaidOn(Integer paidOn);

    /** The person said payments may affect their benefits: sensitive, shown to them and facilitators only. */
    @NotNull
    boolean isAffectsBenefits();

    void setAffectsBenefits(boolean affects);
}
