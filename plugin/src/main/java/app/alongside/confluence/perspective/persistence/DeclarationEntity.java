package app.alongside.confluence.perspective.persistence;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A person's current, consented declaration of their perspectives: at most one row per subject. Table
 * {@code AO_2ED2E3_DECLARATION}. Private: never copied into pages or the search index. Times are epoch milliseconds.
 * Withdrawal and erasure delete the row, so a withdrawn perspective leaves every total at once.
 */
@Table("DECLARATION")
public interface DeclarationEntity extends Entity {

    String SUBJECT_KEY = "SUBJECT_KEY";
    String PERSPECTIVES = "PERSPECTIVES";
    String LIVED_EXPERIENCE = "LIVED_EXPERIENCE";
    String OWN_WORDS = "OWN_WORDS";
    String SHOW_ON_PAGE = "SHOW_ON_PAGE";
    String DECLARATION_VERSION = "DECLARATION_VERSION";
    String RECORDED_AT = "RECORDED_AT";
    String RECORDED_BY = "RECORDED_BY";
    String CONSENT_PURPOSE = "CONSENT_PURPOSE";
    String CONSENT_METHOD = "CONSENT_METHOD";
    String CONSENT_GIVEN_AT = "CONSENT_GIVEN_AT";
    String CONSENT_RECORDED_BY = "CONSENT_RECORDED_BY";
    String BEHALF_GIVEN_BY = "BEHALF_GIVEN_BY";
    String BEHALF_GIVEN_ON = "BEHALF_GIVEN_ON";
    String BEHALF_HOW = "BEHALF_HOW";

    /** {@code user:<userKey>} or {@code participant:<pageId>}: the only identifier the row holds. */
    @NotNull
    @Unique
    @StringLength(255)
    String getSubjectKey();

    void setSubjectKey(String subjectKey);

    /** The perspective codes between bars, in the enum's order: {@code |lived-experience|peer-worker|}. */
    @NotNull
    @StringLength(255)
    String getPerspectives();

    void setPerspectives(String perspectives);

    /**
     * Whether the perspectives count as lived experience, worked out when saved, so that a total is one count over
     * this column (no pattern matching, and the rule lives in core's {@code Perspective}).
     */
    @NotNull
    boolean isLivedExperience();

    void setLivedExperience(boolean livedExperience);

    /** How the person describes it in their own words; null for none. */
    @StringLength(StringLength.UNLIMITED)
    String getOwnWords();

    void setOwnWords(String ownWords);

    @NotNull
    boolean isShowOnPage();

    void setShowOnPage(boolean showOnPage);

    @NotNull
    int getDeclarationVersion();

    void setDeclarationVersion(int version);

    /** Retention counts from here. */
    @NotNull
    @Indexed
    long getRecordedAt();

    void setRecordedAt(long recordedAt);

    /** User key of who recorded it (the person, or a facilitator on their behalf). */
    @NotNull
    @StringLength(255)
    String getRecordedBy();

    void setRecordedBy(String recordedBy);

    /** {@code ConsentPurpose.code()}. */
    @NotNull
    @StringLength(32)
    String getConsentPurpose();

    void setConsentPurpose(String purpose);

    /** {@code ConsentMethod} name: {@code SELF} or {@code ON_BEHALF}. */
    @NotNull
    @StringLength(32)
    String getConsentMethod();

    void setConsentMethod(String method);

    @NotNull
    long getConsentGivenAt();

    void setConsentGivenAt(long givenAt);

    @NotNull
    @StringLength(255)
    String getConsentRecordedBy();

    void setConsentRecordedBy(String recordedBy);

    /** On someone's behalf: who gave consent, in the facilitator's words; null otherwise. */
    @StringLength(StringLength.UNLIMITED)
    String getBehalfGivenBy();

    void setBehalfGivenBy(String givenBy);

    /** On someone's behalf: yyyymmdd of the day consent was given; null otherwise. */
    Integer getBehalfGivenOn();

    void setBehalfGivenOn(Integer givenOn);

    /** On someone's behalf: how consent was given (in person, by phone...); null otherwise. */
    @StringLength(StringLength.UNLIMITED)
    String getBehalfHow();

    void setBehalfHow(String how);
}
