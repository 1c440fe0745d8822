package app.alongside.confluence.perspective.persistence;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One entry of a person's consent history: given, updated or withdrawn. Table {@code AO_2ED2E3_CONSENT_EVENT}. It
 * holds no perspectives on purpose: a withdrawn perspective must not live on in history. Times are epoch
 * milliseconds.
 */
@Table("CONSENT_EVENT")
public interface ConsentEventEntity extends Entity {

    String SUBJECT_KEY = "SUBJECT_KEY";
    String EVENT_KIND = "EVENT_KIND";
    String DECLARATION_VERSION = "DECLARATION_VERSION";
    String EVENT_AT = "EVENT_AT";
    String EVENT_BY = "EVENT_BY";
    String CONSENT_METHOD = "CONSENT_METHOD";
    String BEHALF_GIVEN_BY = "BEHALF_GIVEN_BY";
    String BEHALF_GIVEN_ON = "BEHALF_GIVEN_ON";
    String BEHALF_HOW = "BEHALF_HOW";

    @NotNull
    @Indexed
    @StringLength(255)
    String getSubjectKey();

    void setSubjectKey(String subjectKey);

    /** {@code ConsentEvent.Kind} name: {@code GIVEN}, {@code UPDATED} or {@code WITHDRAWN}. */
    @NotNull
    @StringLength(32)
    String getEventKind();

    void setEventKind(String kind);

    /** The declaration's version the event gave, changed or withdrew. */
    @NotNull
    int getDeclarationVersion();

    void setDeclarationVersion(int version);

    /** History reads oldest first; retention counts from here. */
    @NotNull
    @Indexed
    long getEventAt();

    void setEventAt(long at);

    /** User key of who acted. */
    @NotNull
    @StringLength(255)
    String getEventBy();

    void setEventBy(String by);

    @NotNull
    @StringLength(32)
    String getConsentMethod();

    void setConsentMethod(String method);

    @StringLength(StringLength.UNLIMITED)
    String getBehalfGivenBy();

    void setBehalfGivenBy(String givenBy);

    /** yyyymmdd or null. */
    Integer getBehalfGivenOn();

    void setBehalfGivenOn(Integer givenOn);

    @StringLength(StringLength.UNLIMITED)
    String getBehalfHow();

    void setBehalfHow(String how);
}
