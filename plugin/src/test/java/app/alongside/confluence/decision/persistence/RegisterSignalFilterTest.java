package app.alongside.confluence.decision.persistence;

import app.alongside.confluence.ladder.persistence.AoPlacementIndex;
import app.alongside.confluence.ladder.persistence.PlacementEntity;
import app.alongside.confluence.ladder.persistence.PlacementLoopEntity;
import app.alongside.decision.Decision;
import app.alongside.decision.DecisionStatus;
import app.alongside.decision.Stage;
import app.alongside.decision.register.DecisionRegister;
import app.alongside.decision.register.IndexedDecision;
import app.alongside.decision.register.RegisterPage;
import app.alongside.decision.register.RegisterQuery;
import app.alongside.decision.register.RegisterSort;
import app.alongside.ladder.LadderRules;
import app.alongside.ladder.LadderRung;
import app.alongside.ladder.PlacedDecision;
import app.alongside.ladder.StageShown;
import app.alongside.ladder.StoredPlacement;
import app.alongside.signal.SignalKind;
import app.alongside.testsupport.ao.ActiveObjectsRule;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static app.alongside.confluence.decision.persistence.SampleDecisions.decision;
import static app.alongside.confluence.decision.persistence.SampleDecisions.page;
import static org.junit.Assert.assertEquals;

/**
 * A register filtered by a signal, in SQL against the placement table, on H2 and PostgreSQL
 * ({@code -Dalongside.db=postgres}): every order, paging and the status counts agree with the filter.
 */
public class RegisterSignalFilterTest {

    @ClassRule
    @Rule
    public static final ActiveObjectsRule AO = ActiveObjectsRule.forEntities(DecisionEntity.class,
            DecisionPersonEntity.class, ContributionEntity.class, PlacementEntity.class, PlacementLoopEntity.class);

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    private final AoDecisionIndex index = new AoDecisionIndex(AO.activeObjects(),
            Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    private final AoPlacementIndex placements = new AoPlacementIndex(AO.activeObjects());
    private final DecisionRegister register = new DecisionRegister(index);

    @Test
    public void onlyDecisionsRaisingTheSignalAreListedAndCountedInEveryOrder() {
        fewSeatsOnEveryThird(30);

        for (RegisterSort sort : RegisterSort.values()) {
            RegisterQuery query = new RegisterQuery(Set.of("RC"), Set.of(), Set.of(), Optional.empty(),
                    Optional.empty(), false, Optional.empty(), Optional.empty(), sort, 4, Optional.empty(),
                    Optional.of(filter(SignalKind.FEW_SEATS)));
            List<String> titles = new ArrayList<>();
            RegisterPage page = register.search(query, ids -> ids);
            assertEquals(sort + ": counts", 10, page.total());
            while (true) {
                page.rows().forEach(row -> titles.add(row.decision().title()));
                if (page.next().isEmpty()) {
                    break;
                }
                page = register.search(query.withAfter(page.next().get()), ids -> ids);
            }
            assertEquals(sort + ": " + titles, 10, titles.size());
            assertEquals(sort + ": " + titles, 10, titles.stream().filter(t -> t.endsWith("few seats")).count());
        }
    }

    @Test
    public void theSignalFilterCombinesWithTheOthers() {
        fewSeatsOnEveryThird(30);
        RegisterQuery query = new RegisterQuery(Set.of("RC"), Set.of(), Set.of(DecisionStatus.DECIDED),
                Optional.of(LocalDate.of(2026, 1, 10)), Optional.empty(), false, Optional.empty(),
                Optional.of("few"), RegisterSort.DECIDED_OLDEST, 100, Optional.empty(),
                Optional.of(filter(SignalKind.FEW_SEATS)));

        List<IndexedDecision> rows = index.summaries(query, Optional.empty(), 100);

        assertEquals(List.of("Decision 9 few seats", "Decision 12 few seats", "Decision 15 few seats",
                        "Decision 18 few seats", "Decision 21 few seats", "Decision 24 few seats",
                        "Decision 27 few seats"),
                rows.stream().map(r -> r.decision().title()).toList());
    }

    @Test
    public void youSaidUnansweredCountsFromTheOldestDateAgainstTheCutOff() {
        List<Long> ids = savePage(1, List.of(decision("a", "Waited long"), decision("b", "Waited a little"),
                decision("c", "Answered")));
        placements.replacePage(1, List.of(
                placed(ids.get(0), 1, Set.of(), List.of(TODAY.minusDays(31))),
                placed(ids.get(1), 1, Set.of(), List.of(TODAY.minusDays(30))),
                placed(ids.get(2), 1, Set.of(), List.of())));
        RegisterQuery query = RegisterQuery.allIn(Set.of("RC"))
                .withSignal(RegisterQuery.SignalFilter.of(SignalKind.YOU_SAID_UNANSWERED, TODAY, LadderRules.DEFAULTS));

        RegisterPage page = register.search(query, all -> all);

        assertEquals(List.of("Waited long"), page.rows().stream().map(r -> r.decision().title()).toList());
        StoredPlacement waitedLong = placements.forDecisions(List.of(ids.get(0))).get(ids.get(0));
        StoredPlacement waitedLittle = placements.forDecisions(List.of(ids.get(1))).get(ids.get(1));
        assertEquals("SQL agrees with the day's signals", true,
                waitedLong.signalsOn(TODAY, LadderRules.DEFAULTS).contains(SignalKind.YOU_SAID_UNANSWERED));
        assertEquals(false, waitedLittle.signalsOn(TODAY, LadderRules.DEFAULTS).contains(SignalKind.YOU_SAID_UNANSWERED));
    }

    @Test
    public void decisionsNotYetPlacedRaiseNoSignal() {
        savePage(1, List.of(decision("a", "Never placed")));

        RegisterPage page = register.search(RegisterQuery.allIn(Set.of("RC"))
                .withSignal(filter(SignalKind.DECIDED_WITHOUT_LIVED_EXPERIENCE)), all -> all);

        assertEquals(0, page.total());
        assertEquals(List.of(), page.rows());
    }

    @Test(expected = IllegalArgumentException.class)
    public void aSpaceSignalCannotFilterARegister() {
        filter(SignalKind.SAME_PEOPLE);
    }

    private static RegisterQuery.SignalFilter filter(SignalKind kind) {
        return RegisterQuery.SignalFilter.of(kind, TODAY, LadderRules.DEFAULTS);
    }

    private void fewSeatsOnEveryThird(int count) {
        List<Decision> decisions = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            decisions.add(decision("d" + n, "Decision " + n + (n % 3 == 0 ? " few seats" : ""),
                    DecisionStatus.DECIDED, LocalDate.of(2026, 1, 1).plusDays(n), null));
        }
        List<Long> ids = savePage(1, decisions);
        List<PlacedDecision> placed = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            placed.add(placed(ids.get(n), 1, n % 3 == 0 ? Set.of(SignalKind.FEW_SEATS) : Set.of(), List.of()));
        }
        placements.replacePage(1, placed);
    }

    private List<Long> savePage(long pageId, List<Decision> decisions) {
        index.replacePage(page(pageId, "RC"), decisions);
        return index.idsOnPage(pageId);
    }

    private static PlacedDecision placed(long id, long pageId, Set<SignalKind> signals, List<LocalDate> unanswered) {
        Map<Stage, StageShown> stages = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            stages.put(stage, StageShown.NOBODY_RECORDED);
        }
        return new PlacedDecision(pageId, "RC", Optional.of(LocalDate.of(2026, 3, 1)), true,
                new StoredPlacement(id, LadderRung.ENGAGEMENT, Optional.empty(), signals,
                        unanswered.stream().sorted().findFirst()), stages, unanswered);
    }
}
