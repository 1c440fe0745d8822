package app.alongside.confluence.decision.persistence;

import app.alongside.decision.register.IndexRebuild.Progress;
import app.alongside.decision.register.IndexRebuild.Scope;
import app.alongside.decision.register.IndexRebuild.State;
import app.alongside.testsupport.ao.ActiveObjectsRule;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** The cluster-wide record of rebuilds: one at a time, leases that lapse, progress every node reads. */
public class AoRebuildLedgerTest {

    @ClassRule
    @Rule
    public static final ActiveObjectsRule AO = ActiveObjectsRule.forEntities(IndexRebuildEntity.class);

    private static final Instant NOON = Instant.parse("2026-11-29T12:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(5);

    private final AoRebuildLedger node1 = new AoRebuildLedger(AO.activeObjects());
    private final AoRebuildLedger node2 = new AoRebuildLedger(AO.activeObjects());

    @Test
    public void nothingHasRunAtFirst() {
        assertEquals(Progress.neverRun(), node1.status(NOON));
        assertEquals(Optional.empty(), node1.lastError(NOON));
    }

    @Test
    public void aSecondClaimIsRefusedWhileTheFirstHoldsItsLease() {
        RebuildClaim first = node1.claim(Scope.everything(), "admin", NOON, LEASE).orElseThrow();

        assertEquals(Optional.empty(), node2.claim(Scope.space("RC"), "space-admin", NOON.plusSeconds(60), LEASE));
        assertEquals(State.RUNNING, node2.status(NOON.plusSeconds(60)).state());
        assertEquals(Scope.everything(), node2.status(NOON.plusSeconds(60)).scope());
        assertEquals("the refused claim leaves no row", 1, AO.activeObjects().count(IndexRebuildEntity.class, "ID > ?", 0));
        assertTrue(node1.renew(first, RebuildCounts.none(), NOON.plusSeconds(120), LEASE));
    }

    @Test
    public void progressRecordedByTheRunningNodeIsWhatEveryNodeSees() {
        RebuildClaim claim = node1.claim(Scope.space("RC"), "admin", NOON, LEASE).orElseThrow();

        node1.renew(claim, new RebuildCounts(50, 200, 31, 1, Optional.of("could not read page 7")), NOON.plusSeconds(10), LEASE);

        Progress progress = node2.status(NOON.plusSeconds(11));
        assertEquals(new Progress(State.RUNNING, Scope.space("RC"), 50, 200, 31, 1, Optional.of(NOON), Optional.empty()),
                progress);
        assertEquals(Optional.of("could not read page 7"), node2.lastError(NOON.plusSeconds(11)));
    }

    @Test
    public void aFinishedRunIsShownUntilTheNextStartsAndThenAnotherMayStart() {
        RebuildClaim claim = node1.claim(Scope.everything(), "admin", NOON, LEASE).orElseThrow();
        node1.finish(claim, State.FINISHED, new RebuildCounts(10, 10, 4, 0, Optional.empty()), NOON.plusSeconds(30));

        Progress finished = node2.status(NOON.plusSeconds(40));
        assertEquals(State.FINISHED, finished.state());
        assertEquals(Optional.of(NOON.plusSeconds(30)), finished.finishedAt());
        assertEquals(4, finished.decisionsIndexed());

        assertTrue(node2.claim(Scope.everything(), "someone else", NOON.plusSeconds(50), LEASE).isPresent());
        assertEquals(State.RUNNING, node1.status(NOON.plusSeconds(51)).state());
        assertEquals("only the new run is kept", 1, AO.activeObjects().count(IndexRebuildEntity.class, "ID > ?", 0));
    }

    @Test
    public void aRunWhoseNodeStoppedRenewingReadsAsFailedAndIsTakenOver() {
        RebuildClaim crashed = node1.claim(Scope.everything(), "admin", NOON, LEASE).orElseThrow();
        Instant later = NOON.plus(LEASE).plusSeconds(1);

        assertEquals(State.FAILED, node2.status(later).state());
        RebuildClaim takeover = node2.claim(Scope.everything(), "admin", later, LEASE).orElseThrow();

        assertFalse("the crashed run must stop if it wakes up", node1.renew(crashed, RebuildCounts.none(), later, LEASE));
        assertTrue(node2.renew(takeover, RebuildCounts.none(), later.plusSeconds(1), LEASE));
    }

    @Test
    public void aRunThatRenewedWhileAnotherTookOverStopsAndTheNewerOneGoesOn() {
        RebuildClaim slow = node1.claim(Scope.everything(), "admin", NOON, LEASE).orElseThrow();
        Instant later = NOON.plus(LEASE).plusSeconds(1);
        assertTrue("renewed just as the other node counted it as lapsed", node1.renew(slow, RebuildCounts.none(), later, LEASE));
        IndexRebuildEntity other = AO.activeObjects().create(IndexRebuildEntity.class, java.util.Map.of(
                IndexRebuildEntity.STATE, "running", IndexRebuildEntity.STARTED_AT, later.toEpochMilli(),
                IndexRebuildEntity.HEARTBEAT_AT, later.toEpochMilli(),
                IndexRebuildEntity.LEASE_UNTIL, later.plus(LEASE).toEpochMilli(),
                IndexRebuildEntity.PAGES_DONE, 0L, IndexRebuildEntity.PAGES_TOTAL, 0L,
                IndexRebuildEntity.DECISIONS_INDEXED, 0L, IndexRebuildEntity.PAGES_FAILED, 0L));

        assertFalse(node1.renew(slow, RebuildCounts.none(), later.plusSeconds(2), LEASE));
        assertTrue(node2.renew(new RebuildClaim(other.getID()), RebuildCounts.none(), later.plusSeconds(2), LEASE));
    }

    @Test
    public void aFailedRunKeepsItsErrorForTheAdmin() {
        RebuildClaim claim = node1.claim(Scope.everything(), "admin", NOON, LEASE).orElseThrow();

        node1.finish(claim, State.FAILED, new RebuildCounts(3, 9, 1, 3, Optional.of("database is down")), NOON.plusSeconds(5));

        assertEquals(State.FAILED, node2.status(NOON.plusSeconds(6)).state());
        assertEquals(Optional.of("database is down"), node2.lastError(NOON.plusSeconds(6)));
        assertThrows(IllegalArgumentException.class,
                () -> node1.finish(claim, State.RUNNING, RebuildCounts.none(), NOON));
    }

    @Test
    public void aFinishedClaimCanNeitherRenewNorFinishAgain() {
        RebuildClaim claim = node1.claim(Scope.everything(), "admin", NOON, LEASE).orElseThrow();
        node1.finish(claim, State.FINISHED, RebuildCounts.none(), NOON.plusSeconds(1));

        assertFalse(node1.renew(claim, RebuildCounts.none(), NOON.plusSeconds(2), LEASE));
        node1.finish(claim, State.FAILED, RebuildCounts.none(), NOON.plusSeconds(3));
        assertEquals(State.FINISHED, node1.status(NOON.plusSeconds(4)).state());
    }
}
