package app.alongside.confluence.decision.sync;

import app.alongside.meeting.IndexedMeeting;
import app.alongside.meeting.Meeting;
import app.alongside.people.PersonRef;

import app.alongside.confluence.meeting.persistence.AoMeetingIndex;
import app.alongside.confluence.meeting.persistence.MeetingChairEntity;
import app.alongside.confluence.meeting.persistence.MeetingEntity;
import app.alongside.confluence.meeting.sync.MeetingPageIndexer;
import app.alongside.confluence.charter.persistence.CharterPageEntity;
import app.alongside.confluence.ladder.persistence.AoPlacementIndex;
import app.alongside.confluence.ladder.persistence.PlacementEntity;
import app.alongside.confluence.ladder.persistence.PlacementLoopEntity;
import app.alongside.confluence.testing.TestPlacements;

import app.alongside.confluence.decision.persistence.AoDecisionIndex;
import app.alongside.confluence.decision.persistence.AoRebuildLedger;
import app.alongside.confluence.decision.persistence.ContributionEntity;
import app.alongside.confluence.decision.persistence.DecisionEntity;
import app.alongside.confluence.decision.persistence.DecisionPersonEntity;
import app.alongside.confluence.decision.persistence.IndexRebuildEntity;
import app.alongside.confluence.participant.persistence.AoParticipantIndex;
import app.alongside.confluence.participant.persistence.ParticipantEntity;
import app.alongside.confluence.participant.sync.ParticipantPageIndexer;
import app.alongside.participant.ParticipantProfileReader;
import app.alongside.participant.DirectoryQuery;
import app.alongside.participant.IndexedParticipant;
import app.alongside.participant.ParticipantProfiles;
import app.alongside.decision.Decision;
import app.alongside.decision.DecisionStatus;
import app.alongside.decision.register.DecisionIndex;
import app.alongside.decision.register.IndexRebuild;
import app.alongside.decision.register.IndexRebuild.Progress;
import app.alongside.decision.register.IndexRebuild.Scope;
import app.alongside.decision.register.IndexRebuild.State;
import app.alongside.decision.register.IndexedPage;
import app.alongside.decision.register.RegisterQuery;
import app.alongside.decision.register.RegisterSort;
import app.alongside.testsupport.ao.ActiveObjectsRule;
import net.java.ao.ActiveObjectsException;
import org.junit.After;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static app.alongside.confluence.decision.sync.TestContent.decisions;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;

/** The background rebuild, with a fake page walk and a real database. */
public class BackgroundIndexRebuildTest {

    @ClassRule
    @Rule
    public static final ActiveObjectsRule AO = ActiveObjectsRule.forEntities(
            DecisionEntity.class, DecisionPersonEntity.class, ContributionEntity.class, IndexRebuildEntity.class,
            ParticipantEntity.class, MeetingEntity.class, MeetingChairEntity.class,
            PlacementEntity.class, PlacementLoopEntity.class, CharterPageEntity.class);

    private static final Duration LEASE = Duration.ofMinutes(5);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T12:00:00Z"));
    private final FakeWalk walk = new FakeWalk();
    private final AoDecisionIndex index = new AoDecisionIndex(AO.activeObjects(), Clock.systemUTC());
    private final AoParticipantIndex participants = new AoParticipantIndex(AO.activeObjects());
    private final AoMeetingIndex meetings = new AoMeetingIndex(AO.activeObjects());
    private final List<BackgroundIndexRebuild> nodes = new ArrayList<>();

    @After
    public void stopEveryNode() throws InterruptedException {
        walk.open();
        for (BackgroundIndexRebuild node : nodes) {
            node.destroy();
        }
    }

    @Test
    public void nothingHasRunAtFirst() {
        assertEquals(Progress.neverRun(), node().status());
    }

    @Test
    public void everyPageIsReadAndTheRegisterFilledWithProgressToShow() {
        for (long id = 1; id <= 120; id++) {
            walk.add(id, id % 3 == 0 ? "PEER" : "RC", id % 4 == 0 ? "<p>No decisions</p>" : decisions("A" + id, "B" + id));
        }
        BackgroundIndexRebuild rebuild = node();

        IndexRebuild.StartResult result = rebuild.start(Scope.everything(), "admin-key");

        assertTrue(result instanceof IndexRebuild.Started);
        Progress done = awaitEnd(rebuild);
        assertEquals(State.FINISHED, done.state());
        assertEquals(120, done.pagesDone());
        assertEquals(120, done.pagesTotal());
        assertEquals(180, done.decisionsIndexed());
        assertEquals(0, done.pagesFailed());
        assertTrue(done.finishedAt().isPresent());
        assertEquals(180, index.size());
    }

    @Test
    public void aSecondRebuildKeepsDecisionsThatDidNotChange() {
        walk.add(1, "RC", decisions("Unchanged", "Also unchanged"));
        walk.add(2, "RC", decisions("Before"));
        awaitEnd(start(node(), Scope.everything()));
        walk.add(2, "RC", decisions("After"));

        Progress done = awaitEnd(start(node(), Scope.everything()));

        assertEquals(State.FINISHED, done.state());
        assertEquals(List.of("After", "Also unchanged", "Unchanged"), titles("RC"));
    }

    @Test
    public void decisionsOfPagesThatNoLongerExistAreForgotten() {
        index.replacePage(page(999, "RC"), List.of(decision("Deleted page")));
        index.replacePage(page(998, "RC"), List.of(decision("Trashed page")));
        index.setTrashed(998, true);
        walk.add(1, "RC", decisions("Still here"));

        new AoPlacementIndex(AO.activeObjects()).replacePage(999, List.of());
        TestPlacements.over(AO.activeObjects(), index).placePage(page(999, "RC"), List.of(decision("Deleted page")));

        awaitEnd(start(node(), Scope.everything()));

        assertEquals(List.of("Still here"), titles("RC"));
        assertEquals(1, index.size());
        assertEquals("placements go with the decisions they placed", 0,
                AO.activeObjects().count(PlacementEntity.class, "PAGE_ID = ?", 999L));
        assertEquals(1, AO.activeObjects().count(PlacementEntity.class, "PAGE_ID = ?", 1L));
    }

    @Test
    public void aPageWhoseStorageCannotBeReadKeepsWhatTheIndexKnew() {
        index.replacePage(page(5, "RC"), List.of(decision("Known before the edit broke")));
        walk.add(5, "RC", "<ac:structured-macro ac:name=\"alongside-decision\"><p>broken");
        walk.add(6, "RC", decisions("Fine"));

        Progress done = awaitEnd(start(node(), Scope.everything()));

        assertEquals(State.FINISHED, done.state());
        assertEquals(1, done.pagesFailed());
        assertEquals(List.of("Fine", "Known before the edit broke"), titles("RC"));
    }

    @Test
    public void theMeetingIndexIsRebuiltTooAndForgetsMeetingsNoLongerOnAnyPage() {
        meetings.replacePage(new IndexedPage(9, "RC", "Macro since removed", IndexedPage.ContentType.PAGE, List.of()),
                new Meeting(Optional.of(java.time.LocalDate.of(2026, 9, 1)), List.of(new PersonRef.Named("Ann"))));
        walk.add(1, "RC", MEETING_NOTES);
        walk.add(2, "RC", "<p>Ordinary page</p>");
        walk.add(9, "RC", "<p>No meeting macro now</p>");

        assertEquals(State.FINISHED, awaitEnd(start(node(), Scope.everything())).state());

        List<IndexedMeeting> found = meetings.inSpaces(Set.of("RC"), Optional.empty(),
                java.time.LocalDate.of(2026, 11, 29), 10);
        assertEquals(List.of(1L), found.stream().map(IndexedMeeting::pageId).toList());
        assertEquals(List.of(new PersonRef.Named("Bo")), found.get(0).meeting().chairs());

        assertEquals("a second rebuild keeps the unchanged meeting", State.FINISHED,
                awaitEnd(start(node(), Scope.everything())).state());
        assertEquals(1, meetings.size());
    }

    private static final String MEETING_NOTES = "<ac:structured-macro ac:name=\"alongside-meeting\">"
            + "<ac:parameter ac:name=\"date\">2026-10-08</ac:parameter>"
            + "<ac:rich-text-body><p>Bo</p></ac:rich-text-body></ac:structured-macro>";

    @Test
    public void theParticipantDirectoryIsRebuiltTooAndForgetsProfilesNoLongerOnAnyPage() {
        participants.replacePage(999, "RC", "Deleted page", Optional.of(ParticipantProfiles.named("Gone")));
        participants.replacePage(998, "RC", "Trashed page", Optional.of(ParticipantProfiles.named("Trashed")));
        participants.setTrashed(998, true);
        participants.replacePage(3, "RC", "Macro removed", Optional.of(ParticipantProfiles.named("Removed")));
        walk.add(1, "RC", TestContent.profile("Jo", "Art"));
        walk.add(2, "PEER", TestContent.profile("Sam", "Cooking") + decisions("Sam's decision"));
        walk.add(3, "RC", "<p>Not a participant page any more</p>");

        Progress done = awaitEnd(start(node(), Scope.everything()));

        assertEquals(State.FINISHED, done.state());
        assertEquals(0, done.pagesFailed());
        assertEquals(List.of("Jo"), directory("RC"));
        assertEquals(List.of("Sam"), directory("PEER"));
        assertEquals(List.of("Sam's decision"), titles("PEER"));
        assertEquals(0, AO.activeObjects().count(ParticipantEntity.class, "PAGE_ID IN (?,?,?)", 998L, 999L, 3L));
    }

    @Test
    public void aProfileThatCannotBeReadKeepsThePersonAndCountsThePageOnce() {
        participants.replacePage(5, "RC", "Jo", Optional.of(ParticipantProfiles.named("Jo, known before")));
        walk.add(5, "RC", "<ac:structured-macro ac:name=\"alongside-participant\"><p>broken");
        walk.add(6, "RC", "<ac:structured-macro ac:name=\"alongside-decision\"><p>broken"
                + "<ac:structured-macro ac:name=\"alongside-participant\">");

        Progress done = awaitEnd(start(node(), Scope.everything()));

        assertEquals(State.FINISHED, done.state());
        assertEquals(2, done.pagesFailed());
        assertEquals(List.of("Jo, known before"), directory("RC"));
    }

    @Test
    public void aSpaceRebuildForgetsOnlyThatSpacesProfiles() {
        participants.replacePage(900, "RC", "Stale", Optional.of(ParticipantProfiles.named("Stale in RC")));
        participants.replacePage(901, "PEER", "Stale", Optional.of(ParticipantProfiles.named("Stale in PEER")));
        walk.add(1, "RC", TestContent.profile("Fresh in RC", "Art"));

        awaitEnd(start(node(), Scope.space("RC")));

        assertEquals(List.of("Fresh in RC"), directory("RC"));
        assertEquals(List.of("Stale in PEER"), directory("PEER"));
    }

    @Test
    public void aSecondRebuildAnywhereInTheClusterIsRefusedWhileOneRuns() throws InterruptedException {
        walk.add(1, "RC", decisions("One"));
        walk.close();
        BackgroundIndexRebuild first = node();
        BackgroundIndexRebuild otherNode = node();

        assertTrue(first.start(Scope.everything(), "admin") instanceof IndexRebuild.Started);
        walk.awaitStarted();
        IndexRebuild.StartResult second = otherNode.start(Scope.space("RC"), "space-admin");

        assertTrue(second instanceof IndexRebuild.AlreadyRunning);
        assertEquals(State.RUNNING, second.progress().state());
        assertEquals(Scope.everything(), second.progress().scope());
        walk.open();
        assertEquals(State.FINISHED, awaitEnd(first).state());
        assertTrue("once it ends another may start",
                otherNode.start(Scope.space("RC"), "space-admin") instanceof IndexRebuild.Started);
        awaitEnd(otherNode);
    }

    @Test
    public void aNodeThatDiedMidRebuildBlocksOthersOnlyUntilItsLeaseRunsOut() {
        new AoRebuildLedger(AO.activeObjects()).claim(Scope.everything(), "admin", clock.instant(), LEASE);
        BackgroundIndexRebuild survivor = node();
        walk.add(1, "RC", decisions("Rebuilt by the survivor"));

        assertTrue(survivor.start(Scope.everything(), "admin") instanceof IndexRebuild.AlreadyRunning);
        clock.advance(LEASE.plusSeconds(1));
        assertEquals(State.FAILED, survivor.status().state());

        assertTrue(survivor.start(Scope.everything(), "admin") instanceof IndexRebuild.Started);
        assertEquals(State.FINISHED, awaitEnd(survivor).state());
        assertEquals(List.of("Rebuilt by the survivor"), titles("RC"));
    }

    @Test
    public void aSpaceRebuildReadsAndForgetsOnlyThatSpace() {
        index.replacePage(page(900, "RC"), List.of(decision("Stale in RC")));
        index.replacePage(page(901, "PEER"), List.of(decision("Stale in PEER")));
        walk.add(1, "RC", decisions("Fresh in RC"));
        walk.add(2, "PEER", decisions("Fresh in PEER"));

        Progress done = awaitEnd(start(node(), Scope.space("RC")));

        assertEquals(Scope.space("RC"), done.scope());
        assertEquals(1, done.pagesTotal());
        assertEquals(List.of("Fresh in RC"), titles("RC"));
        assertEquals(List.of("Stale in PEER"), titles("PEER"));
    }

    @Test
    public void stoppingTheAppEndsTheRunningRebuildAsFailed() throws InterruptedException {
        walk.add(1, "RC", decisions("Never reached"));
        walk.close();
        BackgroundIndexRebuild rebuild = node();
        rebuild.start(Scope.everything(), "admin");
        walk.awaitStarted();

        rebuild.destroy();

        assertEquals(State.FAILED, rebuild.status().state());
    }

    @Test
    public void aDatabaseThatKeepsFailingStopsTheRebuildWithItsError() {
        for (long id = 1; id <= 30; id++) {
            walk.add(id, "RC", decisions("D" + id));
        }
        DecisionIndex broken = mock(DecisionIndex.class);
        doThrow(new ActiveObjectsException("database is down")).when(broken).replacePage(any(), any());

        Progress done = awaitEnd(start(node(TestPlacements.indexer(AO.activeObjects(), broken)), Scope.everything()));

        assertEquals(State.FAILED, done.state());
        assertEquals(BackgroundIndexRebuild.MAX_FAILURES_IN_A_ROW, done.pagesFailed());
        assertTrue(nodes.get(0).lastError().orElseThrow().contains("could not be indexed"));
    }

    // ------------------------------------------------------------------ helpers

    private BackgroundIndexRebuild node() {
        return node(TestPlacements.indexer(AO.activeObjects(), index));
    }

    private BackgroundIndexRebuild node(PageIndexer indexer) {
        BackgroundIndexRebuild node = new BackgroundIndexRebuild(walk, indexer, index,
                new AoRebuildLedger(AO.activeObjects()),
                new ParticipantPageIndexer(participants, new ParticipantProfileReader()), participants,
                new MeetingPageIndexer(meetings), meetings, clock, LEASE);
        nodes.add(node);
        return node;
    }

    private static BackgroundIndexRebuild start(BackgroundIndexRebuild rebuild, Scope scope) {
        assertTrue(rebuild.start(scope, "admin") instanceof IndexRebuild.Started);
        return rebuild;
    }

    private static Progress awaitEnd(BackgroundIndexRebuild rebuild) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        Progress progress = rebuild.status();
        while (progress.isRunning() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            progress = rebuild.status();
        }
        return progress;
    }

    private List<String> titles(String spaceKey) {
        RegisterQuery query = new RegisterQuery(Set.of(spaceKey), Set.of(), Set.of(), Optional.empty(),
                Optional.empty(), false, Optional.empty(), Optional.empty(), RegisterSort.TITLE, 100, Optional.empty());
        return index.summaries(query, Optional.empty(), 100).stream().map(d -> d.decision().title()).toList();
    }

    private List<String> directory(String spaceKey) {
        return participants.search(new DirectoryQuery(Set.of(spaceKey), Optional.empty(), Optional.empty(),
                Optional.empty(), 100)).stream().map(IndexedParticipant::name).toList();
    }

    private static IndexedPage page(long id, String spaceKey) {
        return new IndexedPage(id, spaceKey, "Page " + id, IndexedPage.ContentType.PAGE, List.of());
    }

    private static Decision decision(String title) {
        return new Decision("d", title, DecisionStatus.DECIDED, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), "", "", Map.of(), List.of());
    }

    /** Pages by id; can hold the rebuild at its start until opened. */
    private static final class FakeWalk implements PageWalk {
        private final Map<Long, PageSnapshot> pages = new LinkedHashMap<>();
        private final CountDownLatch started = new CountDownLatch(1);
        private volatile CountDownLatch gate = new CountDownLatch(0);

        void add(long id, String spaceKey, String storage) {
            pages.put(id, new PageSnapshot(page(id, spaceKey), storage));
        }

        void close() {
            gate = new CountDownLatch(1);
        }

        void open() {
            gate.countDown();
        }

        void awaitStarted() throws InterruptedException {
            assertTrue(started.await(30, TimeUnit.SECONDS));
        }

        @Override
        public long[] contentIds(Scope scope) {
            started.countDown();
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            return pages.values().stream()
                    .filter(p -> scope.spaceKey().map(key -> key.equals(p.page().spaceKey())).orElse(true))
                    .mapToLong(PageSnapshot::pageId).toArray();
        }

        @Override
        public List<PageSnapshot> snapshots(long[] ids) {
            List<PageSnapshot> found = new ArrayList<>();
            for (long id : ids) {
                PageSnapshot page = pages.get(id);
                if (page != null) {
                    found.add(page);
                }
            }
            return found;
        }
    }
}
