package app.alongside.confluence.decision.persistence;

import java.util.Objects;
import java.util.Optional;

/** How far a rebuild has got, as it records it after each batch. */
public record RebuildCounts(long pagesDone, long pagesTotal, long decisionsIndexed, long pagesFailed,
                            Optional<String> lastError) {

    public RebuildCounts {
        Objects.requireNonNull(lastError, "lastError");
    }

    public static RebuildCounts none() {
        return new RebuildCounts(0, 0, 0, 0, Optional.empty());
    }
}
