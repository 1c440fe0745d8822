package app.alongside.workbench.host.content;

import java.util.List;
import java.util.Objects;

/**
 * Everything the content store holds, every version included, and which content is in the trash: what is written to
 * the data directory.
 */
public record ContentSnapshot(int format, long nextId, List<SpaceRecord> spaces, List<ContentRecord> versions,
                              List<Long> trashed) {

    public static final int FORMAT = 1;

    public ContentSnapshot {
        if (format != FORMAT) {
            throw new IllegalArgumentException("content snapshot format " + format + " is not " + FORMAT
                    + "; start with --reset to replace it");
        }
        spaces = List.copyOf(Objects.requireNonNullElse(spaces, List.of()));
        versions = List.copyOf(Objects.requireNonNullElse(versions, List.of()));
        trashed = List.copyOf(Objects.requireNonNullElse(trashed, List.of())); // absent in files saved before the trash

    }
}
