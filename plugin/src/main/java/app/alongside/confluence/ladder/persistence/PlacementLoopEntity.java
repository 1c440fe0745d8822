package app.alongside.confluence.ladder.persistence;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * Unanswered "you said" contributions of a placed decision, one row per day said, written with the placement. Table
 * {@code AO_2ED2E3_PLACEMENT_LOOP}. The decision index's contributions hold the same facts, but counting them by age
 * would need their decision's space, trash state and date: a join, and Active Objects cannot aggregate over a join.
 * Here they are one table away from {@code SUM(CONTRIBUTIONS) … GROUP BY PAGE_ID, SAID_ON}.
 */
@Table("PLACEMENT_LOOP")
@Indexes({
        @Index(name = "loop_space_decided", methodNames = {"getSpaceKey", "isTrashed", "getDecidedOn"})
})
public interface PlacementLoopEntity extends Entity {

    String DECISION_ID = "DECISION_ID";
    String PAGE_ID = "PAGE_ID";
    String SPACE_KEY = "SPACE_KEY";
    String DECIDED_ON = "DECIDED_ON";
    String SAID_ON = "SAID_ON";
    String CONTRIBUTIONS = "CONTRIBUTIONS";
    String TRASHED = "TRASHED";

    @NotNull
    @Indexed
    int getDecisionId();

    void setDecisionId(int decisionId);

    @NotNull
    @Indexed
    long getPageId();

    void setPageId(long pageId);

    @NotNull
    @StringLength(255)
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    /** The decision's date, yyyymmdd, or null. */
    Integer getDecidedOn();

    void setDecidedOn(Integer decidedOn);

    /** yyyymmdd the contributions were said (their own date, else the decision's). */
    @NotNull
    int getSaidOn();

    void setSaidOn(int saidOn);

    /** How many unanswered contributions of the decision were said that day. */
    @NotNull
    int getContributions();

    void setContributions(int contributions);

    @NotNull
    boolean isTrashed();

    void setTrashed(boolean trashed);
}
