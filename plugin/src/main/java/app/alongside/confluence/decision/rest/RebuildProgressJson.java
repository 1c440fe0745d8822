package app.alongside.confluence.decision.rest;

import app.alongside.decision.register.IndexRebuild;

import java.time.Instant;

/**
 * Where the index rebuild is: {@code {"state": "never-run|running|finished|failed", "spaceKey": null|"RC",
 * "pagesDone", "pagesTotal", "percent", "decisionsIndexed", "pagesFailed", "startedAt", "finishedAt"}}. Times are
 * ISO 8601 instants or null; {@code percent} is 0 to 100, or null while the number of pages is not yet known.
 */
public record RebuildProgressJson(String state, String spaceKey, long pagesDone, long pagesTotal, Integer percent,
                                  long decisionsIndexed, long pagesFailed, String startedAt, String finishedAt) {

    static RebuildProgressJson of(IndexRebuild.Progress progress) {
        Integer percent = null;
        if (progress.state() == IndexRebuild.State.FINISHED) {
            percent = 100;
        } else if (progress.pagesTotal() > 0) {
            percent = (int) Math.min(100, progress.pagesDone() * 100 / progress.pagesTotal());
        }
        return new RebuildProgressJson(progress.state().parameterValue(), progress.scope().spaceKey().orElse(null),
                progress.pagesDone(), progress.pagesTotal(), percent, progress.decisionsIndexed(),
                progress.pagesFailed(), progress.startedAt().map(Instant::toString).orElse(null),
                progress.finishedAt().map(Instant::toString).orElse(null));
    }
}
