package app.alongside.confluence.decision.persistence;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A rebuild of the decision index: its progress, and the lease of the node running it (renewed after every batch;
 * a node that stops renewing loses it, so a crashed node never blocks rebuilds for ever). Every node reads the same
 * rows. Table {@code AO_2ED2E3_INDEX_REBUILD}. Times are epoch milliseconds.
 */
@Table("INDEX_REBUILD")
public interface IndexRebuildEntity extends Entity {

    String STATE = "STATE";
    String SPACE_KEY = "SPACE_KEY";
    String STARTED_BY = "STARTED_BY";
    String STARTED_AT = "STARTED_AT";
    String FINISHED_AT = "FINISHED_AT";
    String HEARTBEAT_AT = "HEARTBEAT_AT";
    String LEASE_UNTIL = "LEASE_UNTIL";
    String PAGES_DONE = "PAGES_DONE";
    String PAGES_TOTAL = "PAGES_TOTAL";
    String DECISIONS_INDEXED = "DECISIONS_INDEXED";
    String PAGES_FAILED = "PAGES_FAILED";
    String LAST_ERROR = "LAST_ERROR";

    /** {@code running}, {@code finished} or {@code failed}. */
    @NotNull
    @StringLength(32)
    String getState();

    void setState(String state);

    /** The one space rebuilt, or null for every space. */
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    /** User key of who asked. */
    String getStartedBy();

    void setStartedBy(String startedBy);

    @NotNull
    long getStartedAt();

    void setStartedAt(long startedAt);

    Long getFinishedAt();

    void setFinishedAt(Long finishedAt);

    @NotNull
    long getHeartbeatAt();

    void setHeartbeatAt(long heartbeatAt);

    /** The run holds the rebuild until then; after it, another node may take over. */
    @NotNull
    long getLeaseUntil();

    void setLeaseUntil(long leaseUntil);

    @NotNull
    long getPagesDone();

    void setPagesDone(long pagesDone);

    @NotNull
    long getPagesTotal();

    void setPagesTotal(long pagesTotal);

    @NotNull
    long getDecisionsIndexed();

    void setDecisionsIndexed(long decisionsIndexed);

    @NotNull
    long getPagesFailed();

    void setPagesFailed(long pagesFailed);

    /** The last thing that went wrong, for the admin (details are in the log). */
    @StringLength(StringLength.MAX_LENGTH)
    String getLastError();

    void setLastError(String lastError);
}
