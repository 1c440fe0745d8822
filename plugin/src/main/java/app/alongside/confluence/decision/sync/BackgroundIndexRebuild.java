package app.alongside.confluence.decision.sync;

import app.alongside.confluence.decision.persistence.AoDecisionIndex;
import app.alongside.confluence.decision.persistence.AoRebuildLedger;
import app.alongside.confluence.decision.persistence.RebuildClaim;
import app.alongside.confluence.decision.persistence.RebuildCounts;
import app.alongside.confluence.meeting.persistence.AoMeetingIndex;
import app.alongside.confluence.meeting.sync.MeetingPageIndexer;
import app.alongside.confluence.participant.persistence.AoParticipantIndex;
import app.alongside.confluence.participant.sync.ParticipantPageIndexer;
import app.alongside.decision.register.IndexedPage;
import app.alongside.decision.register.IndexRebuild;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Rebuilds the decision index, and the participant index of the directory, from pages on a background thread, one rebuild at a time across the cluster
 * ({@link AoRebuildLedger}: a lease row every node sees, renewed after every batch).
 *
 * <p>The register stays usable meanwhile: pages are re-indexed one by one (each replace is idempotent), and only at
 * the end are the pages forgotten that were indexed before the rebuild began and not met since (deleted, moved or
 * trashed pages; a restore re-reads its page), in each index. Pages whose storage cannot be read, or whose write
 * fails, keep their rows in the index concerned and are counted as failed (once, whichever index failed).
 */
@Named
public final class BackgroundIndexRebuild implements IndexRebuild, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(BackgroundIndexRebuild.class);

    static final int BATCH_SIZE = 50;
    static final Duration LEASE = Duration.ofMinutes(5);
    /** So many writes failing in a row means the database is gone: stop rather than fail every page. */
    static final int MAX_FAILURES_IN_A_ROW = 20;

    private final PageWalk walk;
    private final PageIndexer indexer;
    private final AoDecisionIndex index;
    private final AoRebuildLedger ledger;
    private final ParticipantPageIndexer participantIndexer;
    private final AoParticipantIndex participants;
    private final MeetingPageIndexer meetingIndexer;
    private final AoMeetingIndex meetings;
    private final Clock clock;
    private final Duration lease;
    private final ExecutorService executor;

    @Inject
    public BackgroundIndexRebuild(PageWalk walk, PageIndexer indexer, AoDecisionIndex index, AoRebuildLedger ledger,
                                  ParticipantPageIndexer participantIndexer, AoParticipantIndex participants,
                                  MeetingPageIndexer meetingIndexer, AoMeetingIndex meetings) {
        this(walk, indexer, index, ledger, participantIndexer, participants, meetingIndexer, meetings,
                Clock.systemUTC(), LEASE);
    }

    /** With the clock the lease is measured by and the lease's length (for tests). */
    BackgroundIndexRebuild(PageWalk walk, PageIndexer indexer, AoDecisionIndex index, AoRebuildLedger ledger,
                           ParticipantPageIndexer participantIndexer, AoParticipantIndex participants,
                           MeetingPageIndexer meetingIndexer, AoMeetingIndex meetings, Clock clock, Duration lease) {
        this.walk = walk;
        this.indexer = indexer;
        this.index = index;
        this.ledger = ledger;
        this.participantIndexer = participantIndexer;
        this.participants = participants;
        this.meetingIndexer = meetingIndexer;
        this.meetings = meetings;
        this.clock = clock;
        this.lease = lease;
        this.executor = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "alongside-decision-index-rebuild");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public StartResult start(Scope scope, String requestedBy) {
        Optional<RebuildClaim> claim = ledger.claim(scope, requestedBy, clock.instant(), lease);
        if (claim.isEmpty()) {
            return new AlreadyRunning(ledger.status(clock.instant()));
        }
        try {
            executor.execute(() -> run(claim.get(), scope));
        } catch (RejectedExecutionException e) {
            ledger.finish(claim.get(), State.FAILED,
                    new RebuildCounts(0, 0, 0, 0, Optional.of("the app was stopping")), clock.instant());
        }
        return new Started(ledger.status(clock.instant()));
    }

    @Override
    public Progress status() {
        return ledger.status(clock.instant());
    }

    /** What last went wrong in the rebuild {@link #status()} shows (details are in the log). */
    public Optional<String> lastError() {
        return ledger.lastError(clock.instant());
    }

    /** Stops the running rebuild (it records itself as failed) when the app is disabled or upgraded. */
    @Override
    public void destroy() throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }

    private void run(RebuildClaim claim, Scope scope) {
        Run run = new Run();
        try {
            long highestBefore = index.highestId();
            long highestParticipantBefore = participants.highestId();
            long highestMeetingBefore = meetings.highestId();
            long[] ids = walk.contentIds(scope);
            run.total = ids.length;
            if (!ledger.renew(claim, run.counts(), clock.instant(), lease)) {
                return;
            }
            for (int from = 0; from < ids.length; from += BATCH_SIZE) {
                if (Thread.currentThread().isInterrupted()) {
                    finish(claim, State.FAILED, run.failedWith("stopped before the end: the app was disabled"));
                    return;
                }
                long[] batch = Arrays.copyOfRange(ids, from, Math.min(ids.length, from + BATCH_SIZE));
                indexBatch(batch, run);
                if (!ledger.renew(claim, run.counts(), clock.instant(), lease)) {
                    log.warn("Alongside: the decision index rebuild {} lost its lease and stopped; another node "
                            + "has taken over", claim.runId());
                    return;
                }
            }
            // Unchanged decisions keep their rows (and ids) when re-indexed, so what this run read is kept by name.
            Set<Long> readOrKept = new HashSet<>(run.kept);
            readOrKept.addAll(run.holdingDecisions);
            int forgotten = index.forgetPagesIndexedUpTo(highestBefore, readOrKept, scope.spaceKey(),
                    indexer::forgetKeptBeside);
            int profilesForgotten = participants.forgetPagesIndexedUpTo(highestParticipantBefore,
                    run.profilesKept, scope.spaceKey());
            int meetingsForgotten = meetings.forgetPagesIndexedUpTo(highestMeetingBefore, run.meetingsKept,
                    scope.spaceKey());
            log.info("Alongside: meeting index rebuilt ({}): {} meetings, {} pages no longer recording one forgotten",
                    describe(scope), run.meetings, meetingsForgotten);
            log.info("Alongside: decision index rebuilt ({}): {} pages read, {} decisions, {} participant profiles, "
                    + "{} pages failed, {} pages no longer holding decisions and {} no longer holding a profile "
                    + "forgotten", describe(scope), run.done, run.decisions, run.profiles, run.failed, forgotten,
                    profilesForgotten);
            finish(claim, State.FINISHED, run.counts());
        } catch (RuntimeException | Error e) {
            log.error("Alongside: the decision index rebuild ({}) failed", describe(scope), e);
            finish(claim, State.FAILED, run.failedWith(e.toString()));
        }
    }

    /**
     * Each page into both indexes. A page whose write failed in either counts once towards the failures in a row;
     * a page written to both clears them.
     */
    private void indexBatch(long[] batch, Run run) {
        for (PageSnapshot page : walk.snapshots(batch)) {
            Optional<RuntimeException> writeFailure = indexDecisions(page, run);
            if (page.page().type() == IndexedPage.ContentType.PAGE) {
                Optional<RuntimeException> profileFailure = indexProfile(page, run, run.kept.contains(page.pageId()));
                writeFailure = writeFailure.or(() -> profileFailure);
            }
            Optional<RuntimeException> meetingFailure = indexMeeting(page, run);
            writeFailure = writeFailure.or(() -> meetingFailure);
            run.wrote(writeFailure);
        }
        run.done += batch.length; // pages gone since their ids were read count as done: nothing to index
    }

    private Optional<RuntimeException> indexDecisions(PageSnapshot page, Run run) {
        try {
            Optional<Integer> decisions = indexer.index(page);
            if (decisions.isPresent()) {
                run.decisions += decisions.get();
                if (decisions.get() > 0) {
                    run.holdingDecisions.add(page.pageId());
                }
            } else {
                run.keep(page.pageId(), "could not read the decisions on page " + page.pageId());
            }
            return Optional.empty();
        } catch (RuntimeException e) {
            log.warn("Alongside: could not index page {} during the rebuild", page.pageId(), e);
            run.keep(page.pageId(), "could not index page " + page.pageId() + ": " + e);
            return Optional.of(e);
        }
    }

    /** As for decisions; a page already counted as failed is not counted twice. */
    private Optional<RuntimeException> indexProfile(PageSnapshot snapshot, Run run, boolean alreadyFailed) {
        IndexedPage page = snapshot.page();
        try {
            Optional<Boolean> profile = participantIndexer.index(page.pageId(), page.spaceKey(), page.title(),
                    snapshot.storage());
            if (profile.isEmpty()) {
                run.keepProfile(page.pageId(), alreadyFailed,
                        "could not read the participant profile on page " + page.pageId());
            } else if (profile.get()) {
                run.profiles++;
            }
            return Optional.empty();
        } catch (RuntimeException e) {
            log.warn("Alongside: could not index the participant profile on page {} during the rebuild",
                    page.pageId(), e);
            run.keepProfile(page.pageId(), alreadyFailed, "could not index the participant profile on page "
                    + page.pageId() + ": " + e);
            return Optional.of(e);
        }
    }

    /**
     * As for decisions. Rows of pages that no longer record a meeting are forgotten at the end, so nothing is deleted
     * page by page here; a failure is logged, and the page keeps its row, without counting it as failed again.
     */
    private Optional<RuntimeException> indexMeeting(PageSnapshot page, Run run) {
        try {
            Optional<Boolean> meeting = meetingIndexer.index(page, false);
            if (meeting.isEmpty() || meeting.get()) {
                run.meetingsKept.add(page.pageId());
            }
            if (meeting.orElse(false)) {
                run.meetings++;
            }
            return Optional.empty();
        } catch (RuntimeException e) {
            log.warn("Alongside: could not index the meeting on page {} during the rebuild", page.pageId(), e);
            run.meetingsKept.add(page.pageId());
            run.lastError = Optional.of("could not index the meeting on page " + page.pageId() + ": " + e);
            return Optional.of(e);
        }
    }

    private void finish(RebuildClaim claim, State state, RebuildCounts counts) {
        try {
            ledger.finish(claim, state, counts, clock.instant());
        } catch (RuntimeException e) {
            log.error("Alongside: could not record the end of decision index rebuild {}", claim.runId(), e);
        }
    }

    private static String describe(Scope scope) {
        return scope.spaceKey().map(key -> "space " + key).orElse("all spaces");
    }

    /** Counts of the running rebuild, on its own thread only. */
    private static final class Run {
        long done;
        long total;
        long decisions;
        long profiles;
        long failed;
        int failuresInARow;
        Optional<String> lastError = Optional.empty();
        final Set<Long> kept = new HashSet<>();
        /** Pages this run indexed with at least one decision (pages without any had their rows removed as read). */
        final Set<Long> holdingDecisions = new HashSet<>();
        final Set<Long> profilesKept = new HashSet<>();
        /** Pages this run met recording a meeting, or could not read: their meeting rows stay. */
        final Set<Long> meetingsKept = new HashSet<>();
        long meetings;

        void keep(long pageId, String error) {
            kept.add(pageId);
            failed++;
            lastError = Optional.of(error);
        }

        void keepProfile(long pageId, boolean alreadyCounted, String error) {
            profilesKept.add(pageId);
            if (!alreadyCounted) {
                failed++;
            }
            lastError = Optional.of(error);
        }

        /** After each page: so many failed writes in a row means the database is gone, and the rebuild stops. */
        void wrote(Optional<RuntimeException> failure) {
            if (failure.isEmpty()) {
                failuresInARow = 0;
            } else if (++failuresInARow >= MAX_FAILURES_IN_A_ROW) {
                RuntimeException e = failure.get();
                throw new IllegalStateException("the last " + MAX_FAILURES_IN_A_ROW + " pages could not be "
                        + "indexed, so the rebuild stopped; the last error: " + e, e);
            }
        }

        RebuildCounts counts() {
            return new RebuildCounts(done, total, decisions, failed, lastError);
        }

        RebuildCounts failedWith(String error) {
            lastError = Optional.of(error);
            return counts();
        }
    }
}
