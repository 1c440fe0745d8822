package app.alongside.confluence.decision.persistence;

import app.alongside.decision.register.IndexRebuild.Progress;
import app.alongside.decision.register.IndexRebuild.Scope;
import app.alongside.decision.register.IndexRebuild.State;
import app.alongside.settings.SpaceKeys;
import com.atlassian.activeobjects.external.ActiveObjects;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.java.ao.Query;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Rebuilds of the decision index as every node of a cluster sees them, in {@link IndexRebuildEntity} rows.
 *
 * <p>One rebuild at a time, without locks Active Objects does not have: a node claims by inserting its own row, then
 * counts the other rows still running under a live lease; if there are any it deletes its row and backs off. Each
 * insert is committed before its count, so of two nodes claiming at once at least the later one sees the other
 * (at worst both back off and the admin tries again; never do two run). A running node renews its lease after every
 * batch and stops if its row is gone or a newer run holds a live lease (it took over after this one's lapsed).
 * These calls must not run inside a surrounding transaction.
 */
@Named
public final class AoRebuildLedger {

    static final String RUNNING = "running";
    static final String FINISHED = "finished";
    static final String FAILED = "failed";

    private final ActiveObjects ao;

    @Inject
    public AoRebuildLedger(ActiveObjects ao) {
        this.ao = ao;
    }

    /** This run's claim, or empty if another rebuild holds a live lease. */
    public Optional<RebuildClaim> claim(Scope scope, String requestedBy, Instant now, Duration lease) {
        Map<String, Object> row = new HashMap<>();
        row.put(IndexRebuildEntity.STATE, RUNNING);
        row.put(IndexRebuildEntity.SPACE_KEY, scope.spaceKey().orElse(null));
        row.put(IndexRebuildEntity.STARTED_BY, requestedBy == null || requestedBy.isBlank() ? null
                : IndexedValues.truncate(requestedBy));
        row.put(IndexRebuildEntity.STARTED_AT, now.toEpochMilli());
        row.put(IndexRebuildEntity.HEARTBEAT_AT, now.toEpochMilli());
        row.put(IndexRebuildEntity.LEASE_UNTIL, now.plus(lease).toEpochMilli());
        row.put(IndexRebuildEntity.PAGES_DONE, 0L);
        row.put(IndexRebuildEntity.PAGES_TOTAL, 0L);
        row.put(IndexRebuildEntity.DECISIONS_INDEXED, 0L);
        row.put(IndexRebuildEntity.PAGES_FAILED, 0L);
        IndexRebuildEntity mine = ao.create(IndexRebuildEntity.class, row);
        int rivals = ao.count(IndexRebuildEntity.class, Query.select()
                .where("STATE = ? AND LEASE_UNTIL >= ? AND ID <> ?", RUNNING, now.toEpochMilli(), mine.getID()));
        if (rivals > 0) {
            ao.delete(mine);
            return Optional.empty();
        }
        // Keep only this run: earlier results and runs whose node stopped renewing.
        ao.deleteWithSQL(IndexRebuildEntity.class, "ID <> ? AND (STATE <> ? OR LEASE_UNTIL < ?)",
                mine.getID(), RUNNING, now.toEpochMilli());
        return Optional.of(new RebuildClaim(mine.getID()));
    }

    /** Records progress and extends the lease; false if this run has lost the rebuild and must stop. */
    public boolean renew(RebuildClaim claim, RebuildCounts counts, Instant now, Duration lease) {
        Optional<IndexRebuildEntity> row = running(claim);
        if (row.isEmpty()) {
            return false;
        }
        int newer = ao.count(IndexRebuildEntity.class, Query.select()
                .where("STATE = ? AND LEASE_UNTIL >= ? AND ID > ?", RUNNING, now.toEpochMilli(), claim.runId()));
        if (newer > 0) {
            return false;
        }
        IndexRebuildEntity entity = row.get();
        write(entity, counts);
        entity.setHeartbeatAt(now.toEpochMilli());
        entity.setLeaseUntil(now.plus(lease).toEpochMilli());
        entity.save();
        return true;
    }

    /** Ends the run as finished or failed. Does nothing if the run no longer holds the rebuild. */
    public void finish(RebuildClaim claim, State state, RebuildCounts counts, Instant now) {
        if (state != State.FINISHED && state != State.FAILED) {
            throw new IllegalArgumentException("a run ends finished or failed, not " + state);
        }
        running(claim).ifPresent(entity -> {
            write(entity, counts);
            entity.setState(state == State.FINISHED ? FINISHED : FAILED);
            entity.setFinishedAt(now.toEpochMilli());
            entity.setHeartbeatAt(now.toEpochMilli());
            entity.save();
        });
    }

    /**
     * The running rebuild, or else the last one; a run whose node stopped renewing its lease reads as failed.
     * {@link Progress#neverRun()} if there has been none.
     */
    public Progress status(Instant now) {
        return shown(now).map(row -> progress(row, now)).orElseGet(Progress::neverRun);
    }

    /** What last went wrong in the rebuild {@link #status} shows, for the admin (details are in the log). */
    public Optional<String> lastError(Instant now) {
        return shown(now).map(IndexRebuildEntity::getLastError);
    }

    private Optional<IndexRebuildEntity> shown(Instant now) {
        IndexRebuildEntity[] rows = ao.find(IndexRebuildEntity.class, Query.select().order("ID DESC").limit(20));
        for (IndexRebuildEntity row : rows) {
            if (RUNNING.equals(row.getState()) && row.getLeaseUntil() >= now.toEpochMilli()) {
                return Optional.of(row);
            }
        }
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    private Optional<IndexRebuildEntity> running(RebuildClaim claim) {
        IndexRebuildEntity[] rows = ao.find(IndexRebuildEntity.class,
                Query.select().where("ID = ? AND STATE = ?", claim.runId(), RUNNING));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    private static void write(IndexRebuildEntity entity, RebuildCounts counts) {
        entity.setPagesDone(counts.pagesDone());
        entity.setPagesTotal(counts.pagesTotal());
        entity.setDecisionsIndexed(counts.decisionsIndexed());
        entity.setPagesFailed(counts.pagesFailed());
        entity.setLastError(counts.lastError().map(IndexedValues::truncate).orElse(null));
    }

    private static Progress progress(IndexRebuildEntity row, Instant now) {
        State state;
        Optional<Instant> finishedAt = Optional.ofNullable(row.getFinishedAt()).map(Instant::ofEpochMilli);
        if (RUNNING.equals(row.getState())) {
            boolean alive = row.getLeaseUntil() >= now.toEpochMilli();
            state = alive ? State.RUNNING : State.FAILED;
            if (!alive) {
                finishedAt = Optional.of(Instant.ofEpochMilli(row.getHeartbeatAt()));
            }
        } else {
            state = FINISHED.equals(row.getState()) ? State.FINISHED : State.FAILED;
        }
        Scope scope = SpaceKeys.isValid(row.getSpaceKey()) ? Scope.space(row.getSpaceKey()) : Scope.everything();
        return new Progress(state, scope, Math.max(0, row.getPagesDone()), Math.max(0, row.getPagesTotal()),
                Math.max(0, row.getDecisionsIndexed()), Math.max(0, row.getPagesFailed()),
                Optional.of(Instant.ofEpochMilli(row.getStartedAt())), finishedAt);
    }
}
