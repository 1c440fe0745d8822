package app.alongside.confluence.decision.persistence;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A "you said" on a decision and its "we did". Table {@code AO_2ED2E3_CONTRIBUTION}. The page id is copied here so a
 * page's rows go in one delete.
 */
@Table("CONTRIBUTION")
public interface ContributionEntity extends Entity {

    String DECISION_ID = "DECISION_ID";
    String PAGE_ID = "PAGE_ID";
    String POSITION = "POSITION";
    String SAID = "SAID";
    String BY_KEY = "BY_KEY";
    String SAID_ON = "SAID_ON";
    String RESPONSE = "RESPONSE";
    String ANSWER = "ANSWER";
    String ANSWERED_ON = "ANSWERED_ON";

    @NotNull
    @Indexed
    int getDecisionId();

    void setDecisionId(int decisionId);

    @NotNull
    @Indexed
    long getPageId();

    void setPageId(long pageId);

    /** Order on the decision, from 0. */
    @NotNull
    int getPosition();

    void setPosition(int position);

    @StringLength(StringLength.UNLIMITED)
    String getSaid();

    void setSaid(String said);

    /** {@code PersonRef.key()} of who said it; null when said anonymously. */
    @StringLength(StringLength.MAX_LENGTH)
    String getByKey();

    void setByKey(String byKey);

    /** yyyymmdd or null. */
    Integer getSaidOn();

    void setSaidOn(Integer saidOn);

    /** The response's parameter value, e.g. {@code not-adopted}. */
    @NotNull
    @StringLength(32)
    String getResponse();

    void setResponse(String response);

    @StringLength(StringLength.UNLIMITED)
    String getAnswer();

    void setAnswer(String answer);

    /** yyyymmdd or null. */
    Integer getAnsweredOn();

    void setAnsweredOn(Integer answeredOn);
}
