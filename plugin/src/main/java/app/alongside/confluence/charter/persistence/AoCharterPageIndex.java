package app.alongside.confluence.charter.persistence;

import app.alongside.settings.ParityFraction;
import com.atlassian.activeobjects.external.ActiveObjects;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.java.ao.Query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which pages hold a charter, by space, and the parity each asks of its space's ladder. One statement for a saved
 * page without a charter (a delete that finds nothing), three for one with a charter (read what it asked, delete,
 * insert); {@link #pagesIn} one statement.
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

    /** The page holds a charter ({@code holdsCharter}) or no longer does, asking no parity of the ladder. */
    public void replacePage(long pageId, String spaceKey, String title, boolean holdsCharter) {
        replacePage(pageId, spaceKey, title, holdsCharter, Optional.empty());
    }

    /**
     * The page holds a charter ({@code holdsCharter}) asking {@code ladderParity} of its space, or no longer holds
     * one. Not trashed either way. True when what the page asks of the space's ladder may have changed: a different
     * parity, or a charter page gone (then whether it asked anything is not read, to keep other saves at one
     * statement).
     */
    public boolean replacePage(long pageId, String spaceKey, String title, boolean holdsCharter,
                               Optional<ParityFraction> ladderParity) {
        String asked = holdsCharter ? ladderParity.map(ParityFraction::toString).orElse(null) : null;
        return ao.executeInTransaction(() -> {
            if (!holdsCharter) {
                return ao.deleteWithSQL(CharterPageEntity.class, "PAGE_ID = ?", pageId) > 0;
            }
            CharterPageEntity[] before = ao.find(CharterPageEntity.class,
                    Query.select("ID, LADDER_PARITY, TRASHED").where("PAGE_ID = ?", pageId));
            boolean changed = before.length == 0 ? asked != null
                    : before[0].isTrashed() ? asked != null : !Objects.equals(before[0].getLadderParity(), asked);
            ao.deleteWithSQL(CharterPageEntity.class, "PAGE_ID = ?", pageId);
            Map<String, Object> row = new java.util.HashMap<>();
            row.put(CharterPageEntity.PAGE_ID, pageId);
            row.put(CharterPageEntity.SPACE_KEY, spaceKey);
            row.put(CharterPageEntity.TITLE, title == null || title.isEmpty() ? null : title);
            row.put(CharterPageEntity.TRASHED, Boolean.FALSE);
            row.put(CharterPageEntity.LADDER_PARITY, asked);
            ao.create(CharterPageEntity.class, List.of(row));
            return changed;
        });
    }

    /**
     * The page's space when its charter asked a parity of that space's ladder (so trashing or restoring it changes
     * the space's rules), else empty.
     */
    public Optional<String> setTrashed(long pageId, boolean trashed) {
        return ao.executeInTransaction(() -> {
            Optional<String> asked = Optional.empty();
            for (CharterPageEntity row : ao.find(CharterPageEntity.class,
                    Query.select().where("PAGE_ID = ? AND TRASHED = ?", pageId, !trashed))) {
                if (row.getLadderParity() != null) {
                    asked = Optional.of(row.getSpaceKey());
                }
                row.setTrashed(trashed);
                row.save();
            }
            return asked;
        });
    }

    /** Forgets the page (a page is trashed before it is removed, and trashing already told what it asked). */
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
