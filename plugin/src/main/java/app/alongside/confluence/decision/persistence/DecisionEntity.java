package app.alongside.confluence.decision.persistence;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One decision as the index holds it, with the page it lives on copied into the row so that the register filters
 * and sorts one table. Table {@code AO_2ED2E3_DECISION}. Rebuilt from pages at will; see docs/storage-format.md.
 *
 * <p>Each register order is a plain {@code ORDER BY <key> ASC, ID ASC} on an indexed column, so keyset paging is a
 * range scan: the {@code *_KEY} columns hold the order's key with "no date" mapped to the end of the list
 * ({@link IndexedValues}).
 */
@Table("DECISION")
@Indexes({
        @Index(name = "decided_newest", methodNames = {"getDecidedNewestKey", "getID"}),
        @Index(name = "decided_oldest", methodNames = {"getDecidedOldestKey", "getID"}),
        @Index(name = "review_soonest", methodNames = {"getReviewKey", "getID"}),
        @Index(name = "title_order", methodNames = {"getTitleKey", "getID"}),
        @Index(name = "status_order", methodNames = {"getStatusKey", "getID"}),
        // a page's rows (replace, trash, remove), and the status counts read from the index alone
        @Index(name = "page_status", methodNames = {"getPageId", "getStatus", "getSpaceKey", "isTrashed"})
})
public interface DecisionEntity extends Entity {

    String PAGE_ID = "PAGE_ID";
    String SPACE_KEY = "SPACE_KEY";
    String PAGE_TITLE = "PAGE_TITLE";
    String CONTENT_TYPE = "CONTENT_TYPE";
    String LABELS = "LABELS";
    String TRASHED = "TRASHED";
    String POSITION = "POSITION";
    String LOCAL_ID = "LOCAL_ID";
    String TITLE = "TITLE";
    String TITLE_KEY = "TITLE_KEY";
    String STATUS = "STATUS";
    String STATUS_KEY = "STATUS_KEY";
    String SUPERSEDED_BY = "SUPERSEDED_BY";
    String DECIDED_ON = "DECIDED_ON";
    String DECIDED_NEWEST_KEY = "DECIDED_NEWEST_KEY";
    String DECIDED_OLDEST_KEY = "DECIDED_OLDEST_KEY";
    String REVIEW_ON = "REVIEW_ON";
    String REVIEW_KEY = "REVIEW_KEY";
    String CLAIMED = "CLAIMED";
    String OUTCOME = "OUTCOME";
    String LOOP_STATE = "LOOP_STATE";
    String CONTRIBUTIONS = "CONTRIBUTIONS";
    String UNANSWERED = "UNANSWERED";
    String FINGERPRINT = "FINGERPRINT";

    @NotNull
    long getPageId();

    void setPageId(long pageId);

    /**
     * Not indexed on purpose: a register lists many spaces, and an index here tempts the database (H2 at least) to
     * fetch every row of those spaces and sort them, instead of walking the order's index and stopping at a page.
     */
    @NotNull
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    /** Null when the page has no title (never in Confluence, but an empty string is null on Oracle). */
    String getPageTitle();

    void setPageTitle(String pageTitle);

    /** {@code page} or {@code blogpost}. */
    @NotNull
    String getContentType();

    void setContentType(String contentType);

    /** The page's global labels, lower case, between bars: {@code |budget|peer-support|}; null for none. */
    @StringLength(StringLength.UNLIMITED)
    String getLabels();

    void setLabels(String labels);

    /** The page is in the trash: hidden from every register, kept for a restore. */
    @NotNull
    boolean isTrashed();

    void setTrashed(boolean trashed);

    /** Where the decision is on its page, from 0. */
    @NotNull
    int getPosition();

    void setPosition(int position);

    @NotNull
    @StringLength(64)
    String getLocalId();

    void setLocalId(String localId);

    @StringLength(StringLength.MAX_LENGTH)
    String getTitle();

    void setTitle(String title);

    /** {@code ~} and the title in lower case (core's sort key), for the title order and the title search. */
    @NotNull
    @StringLength(StringLength.MAX_LENGTH)
    String getTitleKey();

    void setTitleKey(String titleKey);

    /** The status's parameter value, e.g. {@code in-delivery}. */
    @NotNull
    @StringLength(32)
    String getStatus();

    void setStatus(String status);

    /** The status's place in the life of a decision (proposed first), for the status order. */
    @NotNull
    int getStatusKey();

    void setStatusKey(int statusKey);

    @StringLength(StringLength.MAX_LENGTH)
    String getSupersededBy();

    void setSupersededBy(String supersededBy);

    /** yyyymmdd, null when not decided. */
    Integer getDecidedOn();

    void setDecidedOn(Integer decidedOn);

    /** Ascending gives newest first, undated last. */
    @NotNull
    int getDecidedNewestKey();

    void setDecidedNewestKey(int key);

    /** Ascending gives oldest first, undated last. */
    @NotNull
    int getDecidedOldestKey();

    void setDecidedOldestKey(int key);

    /** yyyymmdd, null when no review is set. */
    Integer getReviewOn();

    void setReviewOn(Integer reviewOn);

    /** Ascending gives the soonest review first, none last (as 9999-12-31, core's sort key). */
    @NotNull
    int getReviewKey();

    void setReviewKey(int key);

    /** The rung the group claims (parameter value), or null. */
    @StringLength(32)
    String getClaimed();

    void setClaimed(String claimed);

    /** The outcome as plain text; the page keeps it formatted. */
    @StringLength(StringLength.UNLIMITED)
    String getOutcome();

    void setOutcome(String outcome);

    /** {@code no-contributions}, {@code open} or {@code closed}. */
    @NotNull
    @StringLength(32)
    String getLoopState();

    void setLoopState(String loopState);

    /** How many "you said" contributions the decision records. */
    @NotNull
    int getContributions();

    void setContributions(int contributions);

    /** How many of them still wait for their "we did". */
    @NotNull
    int getUnanswered();

    void setUnanswered(int unanswered);

    /**
     * A digest of everything indexed for this decision (its row, its people and contributions, its page's facts and
     * its position), so that saving a page rewrites only the decisions that changed. Null in rows written before it
     * existed, which therefore count as changed once.
     */
    @StringLength(64)
    String getFingerprint();

    void setFingerprint(String fingerprint);
}
