package app.alongside.confluence.insight.persistence;

import app.alongside.confluence.ladder.persistence.AoPlacementIndex;
import app.alongside.confluence.ladder.persistence.PlacementEntity;
import app.alongside.confluence.ladder.persistence.PlacementLoopEntity;
import app.alongside.decision.Stage;
import app.alongside.insight.InMemoryInsightsIndex;
import app.alongside.insight.InsightsIndex;
import app.alongside.ladder.InMemoryPlacementStore;
import app.alongside.ladder.LadderRung;
import app.alongside.ladder.PlacedDecision;
import app.alongside.ladder.StageShown;
import app.alongside.ladder.StoredPlacement;
import app.alongside.signal.SignalKind;
import app.alongside.testsupport.ao.ActiveObjectsRule;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The insights aggregates in SQL on H2 and PostgreSQL ({@code -Dalongside.db=postgres}) give exactly what the
 * in-memory fake (which core's tests prove the figures with) gives over the same random placements.
 */
public class AoInsightsIndexTest {

    @ClassRule
    @Rule
    public static final ActiveObjectsRule AO = ActiveObjectsRule.forEntities(PlacementEntity.class,
            PlacementLoopEntity.class);

    private static final Set<String> SPACES = Set.of("RC", "PEER");
    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 12, 31);

    private final AoPlacementIndex store = new AoPlacementIndex(AO.activeObjects());
    private final AoInsightsIndex sql = new AoInsightsIndex(AO.activeObjects());
    private final InMemoryPlacementStore memory = new InMemoryPlacementStore();
    private final InMemoryInsightsIndex fake = new InMemoryInsightsIndex(memory);

    @Before
    public void samePlacementsInBoth() {
        Random random = new Random(42);
        long id = 1;
        for (long page = 1; page <= 40; page++) {
            String space = page % 3 == 0 ? "OTHER" : page % 2 == 0 ? "RC" : "PEER";
            List<PlacedDecision> placed = new ArrayList<>();
            for (int n = random.nextInt(12); n > 0; n--) {
                placed.add(random(random, id++, page, space));
            }
            store.replacePage(page, placed);
            memory.replacePage(page, placed);
        }
        store.setTrashed(7, true);
        memory.setTrashed(7, true);
    }

    @Test
    public void rungsByPageAndMonthAgree() {
        assertEquals(rungs(fake), rungs(sql));
        assertTrue(rungs(sql).size() > 20);
    }

    @Test
    public void pageCountsAgree() {
        assertEquals(pages(fake), pages(sql));
    }

    @Test
    public void overdueDecisionsAgree() {
        LocalDate saidBefore = LocalDate.of(2026, 6, 1);
        assertEquals(overdue(fake, saidBefore), overdue(sql, saidBefore));
        assertTrue(!overdue(sql, saidBefore).isEmpty());
    }

    @Test
    public void openLoopsAgree() {
        assertEquals(loops(fake), loops(sql));
        assertTrue(!loops(sql).isEmpty());
    }

    @Test
    public void trashedPagesAndOtherSpacesAndPeriodsAreLeftOut() {
        Set<Long> named = new TreeSet<>();
        sql.forEachPage(SPACES, FROM, TO, counts -> named.add(counts.pageId()));
        assertTrue(!named.contains(7L));
        assertTrue(named.stream().noneMatch(page -> page % 3 == 0));
        List<String> none = new ArrayList<>();
        sql.forEachRung(SPACES, LocalDate.of(2030, 1, 1), LocalDate.of(2030, 12, 31),
                (page, month, rung, n) -> none.add(page + " " + month));
        assertEquals(List.of(), none);
    }

    private static List<String> rungs(InsightsIndex index) {
        List<String> rows = new ArrayList<>();
        index.forEachRung(SPACES, FROM, TO, (page, month, rung, n) -> rows.add(page + " " + month + " " + rung + " " + n));
        return rows.stream().sorted().toList();
    }

    private static List<String> pages(InsightsIndex index) {
        List<String> rows = new ArrayList<>();
        index.forEachPage(SPACES, FROM, TO, counts -> rows.add(counts.toString()));
        return rows.stream().sorted().toList();
    }

    private static List<String> overdue(InsightsIndex index, LocalDate saidBefore) {
        List<String> rows = new ArrayList<>();
        index.forEachOverdue(SPACES, FROM, TO, saidBefore, (page, n) -> rows.add(page + " " + n));
        return rows.stream().sorted().toList();
    }

    private static List<String> loops(InsightsIndex index) {
        List<String> rows = new ArrayList<>();
        index.forEachOpenLoop(SPACES, FROM, TO, (page, day, n) -> rows.add(page + " " + day + " " + n));
        return rows.stream().sorted().toList();
    }

    private static PlacedDecision random(Random random, long id, long page, String space) {
        LadderRung rung = LadderRung.values()[random.nextInt(LadderRung.values().length)];
        Optional<LadderRung> couldBe = rung.ordinal() < LadderRung.values().length - 1 && random.nextBoolean()
                ? Optional.of(LadderRung.values()[rung.ordinal() + 1]) : Optional.empty();
        EnumSet<SignalKind> signals = EnumSet.noneOf(SignalKind.class);
        for (SignalKind kind : List.of(SignalKind.DECIDED_WITHOUT_LIVED_EXPERIENCE, SignalKind.JOINED_LATE,
                SignalKind.FEW_SEATS, SignalKind.CLAIMED_ABOVE_EVIDENCE)) {
            if (random.nextInt(3) == 0) {
                signals.add(kind);
            }
        }
        List<LocalDate> unanswered = new ArrayList<>();
        for (int n = random.nextInt(4); n > 0; n--) {
            unanswered.add(LocalDate.of(2026, 1, 1).plusDays(random.nextInt(300)));
        }
        Map<Stage, StageShown> stages = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            stages.put(stage, StageShown.values()[random.nextInt(StageShown.values().length)]);
        }
        Optional<LocalDate> decidedOn = random.nextInt(8) == 0 ? Optional.empty()
                : Optional.of(LocalDate.of(2025, 6, 1).plusDays(random.nextInt(700)));
        StoredPlacement placement = new StoredPlacement(id, rung, couldBe, signals,
                unanswered.stream().sorted().findFirst());
        return new PlacedDecision(page, space, decidedOn, true, placement, stages, unanswered);
    }
}
