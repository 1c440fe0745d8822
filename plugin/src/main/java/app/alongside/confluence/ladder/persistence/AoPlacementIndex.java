package app.alongside.confluence.ladder.persistence;

import app.alongside.decision.Stage;
import app.alongside.ladder.LadderRung;
import app.alongside.ladder.PlacedDecision;
import app.alongside.ladder.PlacementStore;
import app.alongside.ladder.StageShown;
import app.alongside.ladder.StoredPlacement;
import app.alongside.signal.SignalKind;
import com.atlassian.activeobjects.external.ActiveObjects;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.java.ao.Query;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Core's {@link PlacementStore} in Active Objects: one {@link PlacementEntity} row per placed decision, and one
 * {@link PlacementLoopEntity} row per day on which its unanswered contributions were said. Returns core records.
 *
 * <p>Statement budget: {@link #replacePage} 1 delete (2 if the page had placements) and 1 batched insert per table
 * with rows, in one transaction; {@link #replace} 2 deletes and up to 2 inserts per {@value #MAX_IDS_PER_STATEMENT}
 * decisions; {@link #forDecisions} 1 per {@value #MAX_IDS_PER_STATEMENT} ids; {@link #removePage} 1 or 2;
 * {@link #setTrashed} 2 reads and a save per row (trash is rare, a page holds few decisions).</p>
 */
@Named
public final class AoPlacementIndex implements PlacementStore {

    static final int MAX_IDS_PER_STATEMENT = 500;

    private final ActiveObjects ao;

    @Inject
    public AoPlacementIndex(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public Map<Long, StoredPlacement> forDecisions(Collection<Long> decisionIds) {
        List<Integer> ids = decisionIds.stream().filter(id -> id > 0 && id <= Integer.MAX_VALUE)
                .map(Long::intValue).distinct().sorted().toList();
        Map<Long, StoredPlacement> found = new HashMap<>();
        for (int from = 0; from < ids.size(); from += MAX_IDS_PER_STATEMENT) {
            List<Integer> chunk = ids.subList(from, Math.min(ids.size(), from + MAX_IDS_PER_STATEMENT));
            for (PlacementEntity row : ao.find(PlacementEntity.class, Query.select()
                    .where("DECISION_ID IN (" + placeholders(chunk.size()) + ")", chunk.toArray()))) {
                found.put((long) row.getDecisionId(), stored(row));
            }
        }
        return found;
    }

    @Override
    public void replacePage(long pageId, List<PlacedDecision> placements) {
        for (PlacedDecision placed : placements) {
            if (placed.pageId() != pageId) {
                throw new IllegalArgumentException("decision " + placed.decisionId() + " is not on page " + pageId);
            }
        }
        ao.executeInTransaction(() -> {
            // Loop rows exist only beside placement rows: a page that had none costs one delete.
            if (ao.deleteWithSQL(PlacementEntity.class, "PAGE_ID = ?", pageId) > 0) {
                ao.deleteWithSQL(PlacementLoopEntity.class, "PAGE_ID = ?", pageId);
            }
            insert(placements);
            return null;
        });
    }

    @Override
    public void replace(List<PlacedDecision> placements) {
        if (placements.isEmpty()) {
            return;
        }
        ao.executeInTransaction(() -> {
            for (int from = 0; from < placements.size(); from += MAX_IDS_PER_STATEMENT) {
                List<PlacedDecision> chunk = placements.subList(from,
                        Math.min(placements.size(), from + MAX_IDS_PER_STATEMENT));
                Object[] ids = chunk.stream().map(p -> (Object) Math.toIntExact(p.decisionId())).toArray();
                String in = "DECISION_ID IN (" + placeholders(ids.length) + ")";
                ao.deleteWithSQL(PlacementEntity.class, in, ids);
                ao.deleteWithSQL(PlacementLoopEntity.class, in, ids);
                insert(chunk);
            }
            return null;
        });
    }

    private void insert(List<PlacedDecision> placements) {
        if (placements.isEmpty()) {
            return;
        }
        List<Map<String, Object>> rows = new ArrayList<>(placements.size());
        List<Map<String, Object>> loops = new ArrayList<>();
        for (PlacedDecision placed : placements) {
            rows.add(row(placed));
            Map<LocalDate, Integer> byDay = new LinkedHashMap<>();
            placed.unansweredSaidOn().forEach(day -> byDay.merge(day, 1, Integer::sum));
            byDay.forEach((day, count) -> {
                Map<String, Object> loop = new HashMap<>();
                loop.put(PlacementLoopEntity.DECISION_ID, Math.toIntExact(placed.decisionId()));
                loop.put(PlacementLoopEntity.PAGE_ID, placed.pageId());
                loop.put(PlacementLoopEntity.SPACE_KEY, placed.spaceKey());
                loop.put(PlacementLoopEntity.DECIDED_ON, PlacementColumns.dayOrNull(placed.decidedOn()));
                loop.put(PlacementLoopEntity.SAID_ON, PlacementColumns.day(day));
                loop.put(PlacementLoopEntity.CONTRIBUTIONS, count);
                loop.put(PlacementLoopEntity.TRASHED, Boolean.FALSE);
                loops.add(loop);
            });
        }
        ao.create(PlacementEntity.class, rows);
        if (!loops.isEmpty()) {
            ao.create(PlacementLoopEntity.class, loops);
        }
    }

    private static Map<String, Object> row(PlacedDecision placed) {
        StoredPlacement placement = placed.placement();
        Map<String, Object> row = new HashMap<>();
        row.put(PlacementEntity.DECISION_ID, Math.toIntExact(placed.decisionId()));
        row.put(PlacementEntity.PAGE_ID, placed.pageId());
        row.put(PlacementEntity.SPACE_KEY, placed.spaceKey());
        row.put(PlacementEntity.DECIDED_ON, PlacementColumns.dayOrNull(placed.decidedOn()));
        row.put(PlacementEntity.DECIDED_MONTH,
                placed.decidedOn().map(d -> PlacementColumns.month(YearMonth.from(d))).orElse(null));
        row.put(PlacementEntity.MADE, placed.made());
        row.put(PlacementEntity.RUNG, placement.rung().number());
        row.put(PlacementEntity.COULD_BE, placement.couldBe().map(LadderRung::number).orElse(0));
        row.put(PlacementEntity.PARTLY_KNOWN, placement.couldBe().isPresent() ? 1 : 0);
        row.put(PlacementEntity.DECISIONS, 1);
        row.put(PlacementEntity.OLDEST_UNANSWERED, PlacementColumns.dayOrNull(placement.oldestUnansweredOn()));
        row.put(PlacementEntity.TRASHED, Boolean.FALSE);
        PlacementColumns.SIGNALS.forEach((kind, column) -> row.put(column, placement.signals().contains(kind) ? 1 : 0));
        for (Stage stage : Stage.values()) {
            for (StageShown shown : StageShown.values()) {
                row.put(PlacementColumns.stageColumn(stage, shown), placed.stages().get(stage) == shown ? 1 : 0);
            }
        }
        return row;
    }

    @Override
    public void setTrashed(long pageId, boolean trashed) {
        ao.executeInTransaction(() -> {
            // Active Objects has no bulk update; a page holds few decisions and trashing is rare.
            for (PlacementEntity row : ao.find(PlacementEntity.class,
                    Query.select().where("PAGE_ID = ? AND TRASHED = ?", pageId, !trashed))) {
                row.setTrashed(trashed);
                row.save();
            }
            for (PlacementLoopEntity row : ao.find(PlacementLoopEntity.class,
                    Query.select().where("PAGE_ID = ? AND TRASHED = ?", pageId, !trashed))) {
                row.setTrashed(trashed);
                row.save();
            }
            return null;
        });
    }

    @Override
    public void removePage(long pageId) {
        ao.executeInTransaction(() -> {
            if (ao.deleteWithSQL(PlacementEntity.class, "PAGE_ID = ?", pageId) > 0) {
                ao.deleteWithSQL(PlacementLoopEntity.class, "PAGE_ID = ?", pageId);
            }
            return null;
        });
    }

    @Override
    public void clear() {
        ao.executeInTransaction(() -> {
            ao.deleteWithSQL(PlacementLoopEntity.class, null);
            ao.deleteWithSQL(PlacementEntity.class, null);
            return null;
        });
    }

    @Override
    public Set<String> spaceKeys() {
        Set<String> keys = new TreeSet<>();
        ao.stream(PlacementEntity.class, Query.select("SPACE_KEY").distinct(), row -> keys.add(row.getSpaceKey()));
        return keys;
    }

    private static StoredPlacement stored(PlacementEntity row) {
        EnumSet<SignalKind> signals = EnumSet.noneOf(SignalKind.class);
        if (row.getSigDecidedWithout() == 1) {
            signals.add(SignalKind.DECIDED_WITHOUT_LIVED_EXPERIENCE);
        }
        if (row.getSigJoinedLate() == 1) {
            signals.add(SignalKind.JOINED_LATE);
        }
        if (row.getSigFewSeats() == 1) {
            signals.add(SignalKind.FEW_SEATS);
        }
        if (row.getSigClaimedAbove() == 1) {
            signals.add(SignalKind.CLAIMED_ABOVE_EVIDENCE);
        }
        return new StoredPlacement(row.getDecisionId(), rung(row.getRung()),
                row.getCouldBe() > row.getRung() ? Optional.of(rung(row.getCouldBe())) : Optional.empty(), signals,
                PlacementColumns.date(row.getOldestUnanswered()));
    }

    /** A row edited by hand out of range reads as informing rather than breaking a register. */
    private static LadderRung rung(int number) {
        return number >= 1 && number <= LadderRung.values().length ? LadderRung.values()[number - 1]
                : LadderRung.INFORMING;
    }

    private static String placeholders(int count) {
        return String.join(",", Collections.nCopies(count, "?"));
    }
}
