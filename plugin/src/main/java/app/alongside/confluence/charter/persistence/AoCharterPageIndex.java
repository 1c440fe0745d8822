package app.alongside.confluence.charter.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.java.ao.Query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which pages hold a charter, by space. One statement for a saved page without a charter (a delete that finds
 * nothing), two for one with a charter; {@link #pagesIn} one statement.
 */
@Named
public final class AoCharterPageIndex {

    /** A charter page as indexed: its id and title. */
    public record CharterPageRow(long pageId, String title) {
    }

    private final ActiveObjects ao;

    @Inject
    public AoCharterPageIndex(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    /** The page holds a charter ({@code holdsCharter}) or no longer does. Not trashed either way. */
    public void replacePage(long pageId, String spaceKey, String title, boolean holdsCharter) {
        ao.executeInTransaction(() -> {
            ao.deleteWithSQL(CharterPageEntity.class, "PAGE_ID = ?", pageId);
            if (holdsCharter) {
                Map<String, Object> row = new java.util.HashMap<>();
                row.put(CharterPageEntity.PAGE_ID, pageId);
                row.put(CharterPageEntity.SPACE_KEY, spaceKey);
                row.put(CharterPageEntity.TITLE, title == null || title.isEmpty() ? null : title);
                row.put(CharterPageEntity.TRASHED, Boolean.FALSE);
                ao.create(CharterPageEntity.class, List.of(row));
            }
            return null;
        });
    }

    public void setTrashed(long pageId, boolean trashed) {
        ao.executeInTransaction(() -> {
            for (CharterPageEntity row : ao.find(CharterPageEntity.class,
                    Query.select().where("PAGE_ID = ? AND TRASHED = ?", pageId, !trashed))) {
                row.setTrashed(trashed);
                row.save();
            }
            return null;
        });
    }

    public void removePage(long pageId) {
        ao.deleteWithSQL(CharterPageEntity.class, "PAGE_ID = ?", pageId);
    }

    /** The charter pages of these spaces, not trashed, by page id. */
    public List<CharterPageRow> pagesIn(Set<String> spaceKeys) {
        if (spaceKeys.isEmpty()) {
            return List.of();
        }
        List<Object> parameters = new ArrayList<>(spaceKeys.stream().sorted().toList());
        parameters.add(Boolean.FALSE);
        List<CharterPageRow> rows = new ArrayList<>();
        ao.stream(CharterPageEntity.class, Query.select("PAGE_ID, TITLE")
                .where("SPACE_KEY IN (" + String.join(",", Collections.nCopies(spaceKeys.size(), "?"))
                        + ") AND TRASHED = ?", parameters.toArray()).order("PAGE_ID ASC"),
                row -> rows.add(new CharterPageRow(row.getPageId(), row.getTitle() == null ? "" : row.getTitle())));
        return rows;
    }
}
