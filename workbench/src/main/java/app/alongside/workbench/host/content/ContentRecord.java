package app.alongside.workbench.host.content;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One version of a page or blog post. {@code viewRestrictedTo} holds the usernames of a page-level view restriction;
 * empty means "no restriction: everyone who can view the space". Immutable: an edit is a new version.
 */
public record ContentRecord(long id, ContentKind kind, String spaceKey, String title, String body, int version,
                            List<String> labels, Set<String> viewRestrictedTo, String creator, long createdMillis,
                            String lastModifier, long lastModifiedMillis) {

    public static final int MAX_TITLE_LENGTH = 255;

    public ContentRecord {
        if (id <= 0) {
            throw new IllegalArgumentException("a content id is positive: " + id);
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(spaceKey, "spaceKey");
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a page needs a title");
        }
        title = title.strip();
        if (title.length() > MAX_TITLE_LENGTH) {
            throw new IllegalArgumentException("a title is at most " + MAX_TITLE_LENGTH + " characters");
        }
        body = Objects.requireNonNullElse(body, "");
        if (version < 1) {
            throw new IllegalArgumentException("versions start at 1: " + version);
        }
        labels = List.copyOf(Objects.requireNonNullElse(labels, List.of()));
        for (String label : labels) {
            if (!label.matches("[a-z0-9][a-z0-9_-]{0,254}")) {
                throw new IllegalArgumentException("a label is lower case, without spaces: " + label);
            }
        }
        viewRestrictedTo = Set.copyOf(Objects.requireNonNullElse(viewRestrictedTo, Set.of()));
        creator = Objects.requireNonNullElse(creator, "");
        lastModifier = Objects.requireNonNullElse(lastModifier, creator);
    }

    public boolean isRestricted() {
        return !viewRestrictedTo.isEmpty();
    }

    public Instant lastModified() {
        return Instant.ofEpochMilli(lastModifiedMillis);
    }

    /** The next version, edited by {@code editor} at {@code when}. */
    public ContentRecord edited(String newTitle, String newBody, String editor, Instant when) {
        return new ContentRecord(id, kind, spaceKey, newTitle, newBody, version + 1, labels, viewRestrictedTo,
                creator, createdMillis, editor, when.toEpochMilli());
    }
}
