package app.alongside.confluence.ladder.persistence;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A decision's stored placement. Table {@code AO_2ED2E3_PLACEMENT}; see docs/storage-format.md. Computed from the
 * decision index and the totals as decision cards show them; rebuilt with the index at will.
 *
 * <p>Everything insights count is a 0/1 {@code int} column (a flag per signal, per stage and shown kind, "partly
 * known", and {@code DECISIONS}, always 1), so one {@code SELECT PAGE_ID, SUM(x) AS x … GROUP BY PAGE_ID} counts
 * them all on every database: no bitwise SQL, no {@code CASE}, no summing of booleans (PostgreSQL refuses that), and
 * Active Objects reads each sum back through the column of the same name.</p>
 */
@Table("PLACEMENT")
@Indexes({
        // insights: a space's decisions decided in a period, not trashed
        @Index(name = "space_decided", methodNames = {"getSpaceKey", "isTrashed", "getDecidedOn"})
})
public interface PlacementEntity extends Entity {

    String DECISION_ID = "DECISION_ID";
    String PAGE_ID = "PAGE_ID";
    String SPACE_KEY = "SPACE_KEY";
    String DECIDED_ON = "DECIDED_ON";
    String DECIDED_MONTH = "DECIDED_MONTH";
    String MADE = "MADE";
    String RUNG = "RUNG";
    String COULD_BE = "COULD_BE";
    String PARTLY_KNOWN = "PARTLY_KNOWN";
    String DECISIONS = "DECISIONS";
    String OLDEST_UNANSWERED = "OLDEST_UNANSWERED";
    String TRASHED = "TRASHED";
    String AGENDA_WITH = "AGENDA_WITH";
    String AGENDA_WITHOUT = "AGENDA_WITHOUT";
    String AGENDA_HIDDEN = "AGENDA_HIDDEN";
    String AGENDA_NOBODY = "AGENDA_NOBODY";
    String OPTIONS_WITH = "OPTIONS_WITH";
    String OPTIONS_WITHOUT = "OPTIONS_WITHOUT";
    String OPTIONS_HIDDEN = "OPTIONS_HIDDEN";
    String OPTIONS_NOBODY = "OPTIONS_NOBODY";
    String DECIDING_WITH = "DECIDING_WITH";
    String DECIDING_WITHOUT = "DECIDING_WITHOUT";
    String DECIDING_HIDDEN = "DECIDING_HIDDEN";
    String DECIDING_NOBODY = "DECIDING_NOBODY";
    String DELIVERING_WITH = "DELIVERING_WITH";
    String DELIVERING_WITHOUT = "DELIVERING_WITHOUT";
    String DELIVERING_HIDDEN = "DELIVERING_HIDDEN";
    String DELIVERING_NOBODY = "DELIVERING_NOBODY";
    String REVIEWING_WITH = "REVIEWING_WITH";
    String REVIEWING_WITHOUT = "REVIEWING_WITHOUT";
    String REVIEWING_HIDDEN = "REVIEWING_HIDDEN";
    String REVIEWING_NOBODY = "REVIEWING_NOBODY";
    String SIG_DECIDED_WITHOUT = "SIG_DECIDED_WITHOUT";
    String SIG_JOINED_LATE = "SIG_JOINED_LATE";
    String SIG_FEW_SEATS = "SIG_FEW_SEATS";
    String SIG_CLAIMED_ABOVE = "SIG_CLAIMED_ABOVE";

    /** The decision's id in {@code AO_2ED2E3_DECISION}. */
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

    /** yyyymmdd, null when not decided. */
    Integer getDecidedOn();

    void setDecidedOn(Integer decidedOn);

    /** yyyymm, null when not decided: insights count decisions by month. */
    Integer getDecidedMonth();

    void setDecidedMonth(Integer decidedMonth);

    /** The decision has been made (its status is decided or later). */
    @NotNull
    boolean isMade();

    void setMade(boolean made);

    /** The evidenced rung, 1 (coercion) to 7 (co-production). */
    @NotNull
    int getRung();

    void setRung(int rung);

    /** How high the rung could be if hidden totals were shown, 1 to 7; 0 when no higher. */
    @NotNull
    int getCouldBe();

    void setCouldBe(int couldBe);

    /** 1 when {@code COULD_BE} is set: the rung is partly known. */
    @NotNull
    int getPartlyKnown();

    void setPartlyKnown(int partlyKnown);

    /** Always 1: summed, it counts decisions. */
    @NotNull
    int getDecisions();

    void setDecisions(int decisions);

    /** yyyymmdd the oldest unanswered "you said" was said; null when none waits. */
    Integer getOldestUnanswered();

    void setOldestUnanswered(Integer oldestUnanswered);

    /** The decision's page is in the trash. */
    @NotNull
    boolean isTrashed();

    void setTrashed(boolean trashed);

    /** 1 if the signal "decided without lived experience" is raised; else 0. */
    @NotNull
    int getSigDecidedWithout();

    void setSigDecidedWithout(int value);

    /** 1 if the signal "lived experience joined late" is raised; else 0. */
    @NotNull
    int getSigJoinedLate();

    void setSigJoinedLate(int value);

    /** 1 if the signal "few seats" is raised; else 0. */
    @NotNull
    int getSigFewSeats();

    void setSigFewSeats(int value);

    /** 1 if the signal "claimed above the evidence" is raised; else 0. */
    @NotNull
    int getSigClaimedAbove();

    void setSigClaimedAbove(int value);

    /** 1 if agenda: lived experience shown at the stage; else 0. */
    @NotNull
    int getAgendaWith();

    void setAgendaWith(int value);

    /** 1 if agenda: a total of none shown; else 0. */
    @NotNull
    int getAgendaWithout();

    void setAgendaWithout(int value);

    /** 1 if agenda: people recorded, total not shown; else 0. */
    @NotNull
    int getAgendaHidden();

    void setAgendaHidden(int value);

    /** 1 if agenda: nobody recorded; else 0. */
    @NotNull
    int getAgendaNobody();

    void setAgendaNobody(int value);

    /** 1 if options: lived experience shown at the stage; else 0. */
    @NotNull
    int getOptionsWith();

    void setOptionsWith(int value);

    /** 1 if options: a total of none shown; else 0. */
    @NotNull
    int getOptionsWithout();

    void setOptionsWithout(int value);

    /** 1 if options: people recorded, total not shown; else 0. */
    @NotNull
    int getOptionsHidden();

    void setOptionsHidden(int value);

    /** 1 if options: nobody recorded; else 0. */
    @NotNull
    int getOptionsNobody();

    void setOptionsNobody(int value);

    /** 1 if deciding: lived experience shown at the stage; else 0. */
    @NotNull
    int getDecidingWith();

    void setDecidingWith(int value);

    /** 1 if deciding: a total of none shown; else 0. */
    @NotNull
    int getDecidingWithout();

    void setDecidingWithout(int value);

    /** 1 if deciding: people recorded, total not shown; else 0. */
    @NotNull
    int getDecidingHidden();

    void setDecidingHidden(int value);

    /** 1 if deciding: nobody recorded; else 0. */
    @NotNull
    int getDecidingNobody();

    void setDecidingNobody(int value);

    /** 1 if delivering: lived experience shown at the stage; else 0. */
    @NotNull
    int getDeliveringWith();

    void setDeliveringWith(int value);

    /** 1 if delivering: a total of none shown; else 0. */
    @NotNull
    int getDeliveringWithout();

    void setDeliveringWithout(int value);

    /** 1 if delivering: people recorded, total not shown; else 0. */
    @NotNull
    int getDeliveringHidden();

    void setDeliveringHidden(int value);

    /** 1 if delivering: nobody recorded; else 0. */
    @NotNull
    int getDeliveringNobody();

    void setDeliveringNobody(int value);

    /** 1 if reviewing: lived experience shown at the stage; else 0. */
    @NotNull
    int getReviewingWith();

    void setReviewingWith(int value);

    /** 1 if reviewing: a total of none shown; else 0. */
    @NotNull
    int getReviewingWithout();

    void setReviewingWithout(int value);

    /** 1 if reviewing: people recorded, total not shown; else 0. */
    @NotNull
    int getReviewingHidden();

    void setReviewingHidden(int value);

    /** 1 if reviewing: nobody recorded; else 0. */
    @NotNull
    int getReviewingNobody();

    void setReviewingNobody(int value);
}
