package app.alongside.confluence.ladder.persistence;

import app.alongside.decision.Stage;
import app.alongside.ladder.LadderRung;
import app.alongside.ladder.PlacedDecision;
import app.alongside.ladder.StageShown;
import app.alongside.ladder.StoredPlacement;
import app.alongside.signal.SignalKind;
import app.alongside.testsupport.ao.ActiveObjectsRule;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.Assert.assertEquals;

/** The placement table on a real database: H2 by default, PostgreSQL with {@code -Dalongside.db=postgres}. */
public class AoPlacementIndexTest {

    @ClassRule
    @Rule
    public static final ActiveObjectsRule AO = ActiveObjectsRule.forEntities(PlacementEntity.class,
            PlacementLoopEntity.class);

    private final AoPlacementIndex store = new AoPlacementIndex(AO.activeObjects());

    @Test
    public void aPlacementComesBackAsItWasStored() {
        PlacedDecision placed = placed(7, 70, "RC", LadderRung.ENGAGEMENT, Optional.of(LadderRung.CO_PRODUCTION),
                EnumSet.of(SignalKind.FEW_SEATS, SignalKind.CLAIMED_ABOVE_EVIDENCE),
                List.of(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 9)));

        store.replacePage(70, List.of(placed));

        assertEquals(Map.of(7L, placed.placement()), store.forDecisions(List.of(7L, 8L)));
        assertEquals("two days said: two loop rows", 2, AO.activeObjects().count(PlacementLoopEntity.class,
                "PAGE_ID = ?", 70L));
        PlacementEntity row = AO.activeObjects().find(PlacementEntity.class, "DECISION_ID = ?", 7)[0];
        assertEquals(Integer.valueOf(202603), row.getDecidedMonth());
        assertEquals(1, row.getPartlyKnown());
        assertEquals(1, row.getDecidingHidden());
        assertEquals(0, row.getDecidingWith());
        assertEquals(1, row.getAgendaWith());
        assertEquals(1, row.getReviewingNobody());
        assertEquals(1, row.getSigFewSeats());
        assertEquals(0, row.getSigJoinedLate());
    }

    @Test
    public void everyStoredSignalRoundTrips() {
        EnumSet<SignalKind> all = EnumSet.noneOf(SignalKind.class);
        PlacementColumns.SIGNALS.keySet().forEach(all::add);
        PlacedDecision placed = placed(9, 90, "RC", LadderRung.INFORMING, Optional.empty(), all, List.of());

        store.replacePage(90, List.of(placed));

        StoredPlacement back = store.forDecisions(List.of(9L)).get(9L);
        assertEquals(all, back.signals());
        assertEquals(Optional.empty(), back.oldestUnansweredOn());
    }

    @Test
    public void replacingAPageLeavesExactlyItsNewPlacements() {
        store.replacePage(1, List.of(placed(1, 1, "RC", LadderRung.CO_DESIGN, Optional.empty(), Set.of(),
                List.of(LocalDate.of(2026, 1, 1))), placed(2, 1, "RC", LadderRung.INFORMING, Optional.empty(),
                Set.of(), List.of())));
        store.replacePage(5, List.of(placed(5, 5, "RC", LadderRung.CO_DESIGN, Optional.empty(), Set.of(), List.of())));

        store.replacePage(1, List.of(placed(3, 1, "RC", LadderRung.ENGAGEMENT, Optional.empty(), Set.of(),
                List.of())));

        assertEquals(Set.of(3L, 5L), store.forDecisions(List.of(1L, 2L, 3L, 5L)).keySet());
        assertEquals(0, AO.activeObjects().count(PlacementLoopEntity.class, "PAGE_ID = ?", 1L));
        store.replacePage(1, List.of());
        assertEquals(Set.of(5L), store.forDecisions(List.of(1L, 2L, 3L, 5L)).keySet());
    }

    @Test
    public void replacingDecisionsRewritesOnlyThose() {
        store.replacePage(1, List.of(placed(1, 1, "RC", LadderRung.CO_DESIGN, Optional.empty(), Set.of(), List.of()),
                placed(2, 1, "RC", LadderRung.CO_DESIGN, Optional.empty(), Set.of(), List.of())));

        store.replace(List.of(placed(2, 1, "RC", LadderRung.INFORMING, Optional.empty(),
                Set.of(SignalKind.DECIDED_WITHOUT_LIVED_EXPERIENCE), List.of(LocalDate.of(2026, 1, 1)))));

        Map<Long, StoredPlacement> found = store.forDecisions(List.of(1L, 2L));
        assertEquals(LadderRung.CO_DESIGN, found.get(1L).rung());
        assertEquals(LadderRung.INFORMING, found.get(2L).rung());
        assertEquals(2, AO.activeObjects().count(PlacementEntity.class, "PAGE_ID = ?", 1L));
        assertEquals(1, AO.activeObjects().count(PlacementLoopEntity.class, "DECISION_ID = ?", 2));
    }

    @Test
    public void trashHidesAPagesRowsAndRestoreShowsThem() {
        store.replacePage(1, List.of(placed(1, 1, "RC", LadderRung.CO_DESIGN, Optional.empty(), Set.of(),
                List.of(LocalDate.of(2026, 1, 1)))));

        store.setTrashed(1, true);
        assertEquals(1, AO.activeObjects().count(PlacementEntity.class, "TRASHED = ?", Boolean.TRUE));
        assertEquals(1, AO.activeObjects().count(PlacementLoopEntity.class, "TRASHED = ?", Boolean.TRUE));

        store.setTrashed(1, false);
        assertEquals(0, AO.activeObjects().count(PlacementEntity.class, "TRASHED = ?", Boolean.TRUE));
        assertEquals(0, AO.activeObjects().count(PlacementLoopEntity.class, "TRASHED = ?", Boolean.TRUE));
    }

    @Test
    public void removingAPageAndClearingForgetRowsAndSpacesFollow() {
        store.replacePage(1, List.of(placed(1, 1, "RC", LadderRung.CO_DESIGN, Optional.empty(), Set.of(),
                List.of(LocalDate.of(2026, 1, 1)))));
        store.replacePage(2, List.of(placed(2, 2, "PEER", LadderRung.CO_DESIGN, Optional.empty(), Set.of(),
                List.of())));
        assertEquals(Set.of("PEER", "RC"), store.spaceKeys());

        store.removePage(1);
        assertEquals(Set.of("PEER"), store.spaceKeys());
        assertEquals(0, AO.activeObjects().count(PlacementLoopEntity.class, "PAGE_ID = ?", 1L));

        store.clear();
        assertEquals(Set.of(), store.spaceKeys());
    }

    @Test(expected = IllegalArgumentException.class)
    public void aPlacementOfAnotherPageIsRefused() {
        store.replacePage(1, List.of(placed(1, 2, "RC", LadderRung.CO_DESIGN, Optional.empty(), Set.of(),
                List.of())));
    }

    static PlacedDecision placed(long id, long pageId, String space, LadderRung rung, Optional<LadderRung> couldBe,
                                 Set<SignalKind> signals, List<LocalDate> unanswered) {
        Map<Stage, StageShown> stages = new EnumMap<>(Stage.class);
        stages.put(Stage.AGENDA, StageShown.WITH_LIVED_EXPERIENCE);
        stages.put(Stage.OPTIONS, StageShown.WITHOUT);
        stages.put(Stage.DECIDING, StageShown.NOT_SHOWN);
        stages.put(Stage.DELIVERING, StageShown.NOT_SHOWN);
        stages.put(Stage.REVIEWING, StageShown.NOBODY_RECORDED);
        StoredPlacement placement = new StoredPlacement(id, rung, couldBe, signals,
                unanswered.stream().sorted().findFirst());
        return new PlacedDecision(pageId, space, Optional.of(LocalDate.of(2026, 3, 10)), true, placement, stages,
                unanswered);
    }
}
