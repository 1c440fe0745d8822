package app.alongside.decision.register;

import app.alongside.settings.SpaceKeys;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Port: rebuilding the decision index from pages, in the background, one rebuild at a time across a cluster. The
 * Confluence adapter implements it (the run itself, its lock and its progress live in the database, so every node
 * sees the same state); the REST resource and the admin screen only start it and read its progress.
 */
public interface IndexRebuild {

    /** Starts a rebuild of {@code scope} for the user with key {@code requestedBy}, unless one is already running. */
    StartResult start(Scope scope, String requestedBy);

    /** The running rebuild, or the last one (state {@link State#NEVER_RUN} if there has been none). */
    Progress status();

    /** Everything, or the pages of one space. */
    record Scope(Optional<String> spaceKey) {

        public Scope {
            Objects.requireNonNull(spaceKey, "spaceKey");
            spaceKey.ifPresent(SpaceKeys::requireValid);
        }

        public static Scope everything() {
            return new Scope(Optional.empty());
        }

        public static Scope space(String spaceKey) {
            return new Scope(Optional.of(spaceKey));
        }
    }

    /** Either the rebuild started, or another was already running (its progress is given, nothing was started). */
    sealed interface StartResult permits Started, AlreadyRunning {
        Progress progress();
    }

    record Started(Progress progress) implements StartResult {
        public Started {
            Objects.requireNonNull(progress, "progress");
        }
    }

    record AlreadyRunning(Progress progress) implements StartResult {
        public AlreadyRunning {
            Objects.requireNonNull(progress, "progress");
        }
    }

    enum State {
        NEVER_RUN, RUNNING, FINISHED, FAILED;

        public String parameterValue() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * Where a rebuild is: pages read of the pages to read ({@code pagesTotal} is 0 until known), decisions indexed,
     * pages skipped because their storage could not be read (logged for the admin), and when it started and finished.
     */
    record Progress(State state, Scope scope, long pagesDone, long pagesTotal, long decisionsIndexed, long pagesFailed,
                    Optional<Instant> startedAt, Optional<Instant> finishedAt) {

        public Progress {
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(startedAt, "startedAt");
            Objects.requireNonNull(finishedAt, "finishedAt");
            if (pagesDone < 0 || pagesTotal < 0 || decisionsIndexed < 0 || pagesFailed < 0) {
                throw new IllegalArgumentException("counts are never negative");
            }
        }

        public static Progress neverRun() {
            return new Progress(State.NEVER_RUN, Scope.everything(), 0, 0, 0, 0, Optional.empty(), Optional.empty());
        }

        public boolean isRunning() {
            return state == State.RUNNING;
        }
    }
}
