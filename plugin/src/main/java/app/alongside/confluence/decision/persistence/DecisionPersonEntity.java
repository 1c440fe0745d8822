package app.alongside.confluence.decision.persistence;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * Someone who took part in a decision at one stage. Table {@code AO_2ED2E3_DECISION_PERSON}. The page id is copied
 * here so a page's rows go in one delete.
 */
@Table("DECISION_PERSON")
public interface DecisionPersonEntity extends Entity {

    String DECISION_ID = "DECISION_ID";
    String PAGE_ID = "PAGE_ID";
    String STAGE = "STAGE";
    String POSITION = "POSITION";
    String PERSON_KEY = "PERSON_KEY";

    @NotNull
    @Indexed
    int getDecisionId();

    void setDecisionId(int decisionId);

    @NotNull
    @Indexed
    long getPageId();

    void setPageId(long pageId);

    /** The stage's parameter value, e.g. {@code deciding}. */
    @NotNull
    @StringLength(32)
    String getStage();

    void setStage(String stage);

    /** Order within the decision, stages in order: the people of each stage as the page lists them. */
    @NotNull
    int getPosition();

    void setPosition(int position);

    /** {@code PersonRef.key()}: {@code user:KEY}, {@code page:SPACE:Title} or {@code name:Text}. */
    @NotNull
    @Indexed // the decisions a person took part in (participant pages) look people up by key
    @StringLength(StringLength.MAX_LENGTH)
    String getPersonKey();

    void setPersonKey(String personKey);
}
