package app.alongside.confluence.decision.persistence;

import app.alongside.decision.Decision;
import app.alongside.decision.DecisionStatus;
import app.alongside.decision.Stage;
import app.alongside.decision.register.IndexedDecision;
import app.alongside.decision.register.IndexedPage;
import app.alongside.people.PersonRef;
import app.alongside.testsupport.ao.ActiveObjectsRule;
import app.alongside.testsupport.ao.AoDatabase;
import app.alongside.testsupport.ao.EntityManagerActiveObjects;
import app.alongside.testsupport.ao.StatementCounter;
import net.java.ao.EntityManager;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.Assert.assertEquals;

/**
 * The decision index's people queries — everyone in a space's decisions over a period, and the decisions a person
 * took part in — on a real database, each in one statement.
 */
public class AoDecisionIndexPeopleTest {

    @ClassRule
    @Rule
    public static final ActiveObjectsRule AO = ActiveObjectsRule.forEntities(
            DecisionEntity.class, DecisionPersonEntity.class, ContributionEntity.class);

    private static final PersonRef ALEX = new PersonRef.User("u-alex");
    private static final PersonRef SAM = new PersonRef.Page("RC", "Sam");
    private static final PersonRef JO = new PersonRef.Named("Jo");

    private final AoDecisionIndex index = new AoDecisionIndex(AO.activeObjects(), Clock.systemUTC());

    // ------------------------------------------------------------------ forEachPerson

    @Test
    public void everyoneAtEveryStageOfTheSpacesDecisionsInThePeriodIsStreamed() {
        index.replacePage(page(1, "RC"), List.of(
                decision("a", LocalDate.of(2026, 1, 10), Map.of(Stage.AGENDA, List.of(ALEX, JO),
                        Stage.DECIDING, List.of(ALEX, SAM)))));
        index.replacePage(page(2, "RC"), List.of(
                decision("b", LocalDate.of(2026, 3, 31), Map.of(Stage.REVIEWING, List.of(SAM)))));

        List<String> seen = people("RC", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));

        assertEquals(List.of("1 agenda user:u-alex", "1 agenda name:Jo", "1 deciding user:u-alex",
                "1 deciding page:RC:Sam", "2 reviewing page:RC:Sam"), seen);
    }

    @Test
    public void otherSpacesOtherPeriodsUndatedAndTrashedDecisionsAreLeftOut() {
        Map<Stage, List<PersonRef>> alex = Map.of(Stage.DECIDING, List.of(ALEX));
        index.replacePage(page(1, "RC"), List.of(decision("in", LocalDate.of(2026, 2, 1), alex),
                decision("undated", null, alex),
                decision("before", LocalDate.of(2025, 12, 31), alex),
                decision("after", LocalDate.of(2026, 4, 1), alex)));
        index.replacePage(page(2, "PEER"), List.of(decision("other space", LocalDate.of(2026, 2, 1), alex)));
        index.replacePage(page(3, "RC"), List.of(decision("trashed", LocalDate.of(2026, 2, 1), alex)));
        index.setTrashed(3, true);

        assertEquals(List.of("1 deciding user:u-alex"),
                people("RC", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)));
        assertEquals(List.of(), people("RC", LocalDate.of(2026, 3, 31), LocalDate.of(2026, 1, 1)));
    }

    // ------------------------------------------------------------------ involving

    @Test
    public void theDecisionsAPersonTookPartInComeNewestFirstOnceEach() {
        index.replacePage(page(1, "RC"), List.of(
                decision("old", LocalDate.of(2025, 5, 1), Map.of(Stage.AGENDA, List.of(ALEX),
                        Stage.DECIDING, List.of(ALEX), Stage.REVIEWING, List.of(ALEX))),
                decision("not there", LocalDate.of(2026, 5, 1), Map.of(Stage.AGENDA, List.of(JO)))));
        index.replacePage(page(2, "PEER"), List.of(
                decision("new", LocalDate.of(2026, 6, 1), Map.of(Stage.OPTIONS, List.of(SAM, ALEX))),
                decision("undated", null, Map.of(Stage.OPTIONS, List.of(ALEX)))));

        List<IndexedDecision> found = index.involving(List.of(ALEX.key()), 10);

        assertEquals(List.of("new", "old", "undated"), localIds(found));
        assertEquals(new IndexedPage(2, "PEER", "Meeting 2", IndexedPage.ContentType.PAGE, List.of()),
                found.get(0).page());
        assertEquals("summaries, without people", List.of(), found.get(0).decision().everyone());
    }

    @Test
    public void aUserAndTheirParticipantPageAreAskedForTogether() {
        index.replacePage(page(1, "RC"), List.of(
                decision("as user", LocalDate.of(2026, 1, 1), Map.of(Stage.AGENDA, List.of(ALEX))),
                decision("as page", LocalDate.of(2026, 2, 1), Map.of(Stage.AGENDA, List.of(SAM))),
                decision("both", LocalDate.of(2026, 3, 1), Map.of(Stage.AGENDA, List.of(ALEX, SAM)))));

        assertEquals(List.of("both", "as page", "as user"),
                localIds(index.involving(Set.of(ALEX.key(), SAM.key()), 10)));
    }

    @Test
    public void theLimitCountsDecisionsNotPeopleRows() {
        List<Decision> decisions = new ArrayList<>();
        for (int n = 0; n < 5; n++) {
            decisions.add(decision("d" + n, LocalDate.of(2026, 1, 1 + n),
                    Map.of(Stage.AGENDA, List.of(ALEX), Stage.OPTIONS, List.of(ALEX), Stage.DECIDING, List.of(ALEX))));
        }
        index.replacePage(page(1, "RC"), decisions);

        assertEquals(List.of("d4", "d3"), localIds(index.involving(List.of(ALEX.key()), 2)));
    }

    @Test
    public void aPersonNamedUnderTwoKeysAtEveryStageStillFillsTheLimit() {
        Map<Stage, List<PersonRef>> everywhere = new java.util.EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            everywhere.put(stage, List.of(ALEX, SAM));
        }
        List<Decision> decisions = new ArrayList<>();
        for (int n = 0; n < 6; n++) {
            decisions.add(decision("d" + n, LocalDate.of(2026, 1, 1 + n), everywhere));
        }
        index.replacePage(page(1, "RC"), decisions);

        assertEquals(List.of("d5", "d4", "d3"), localIds(index.involving(List.of(ALEX.key(), SAM.key()), 3)));
    }

    @Test
    public void trashedDecisionsAndNobodyGiveNothing() {
        index.replacePage(page(1, "RC"), List.of(
                decision("trashed", LocalDate.of(2026, 1, 1), Map.of(Stage.AGENDA, List.of(ALEX)))));
        index.setTrashed(1, true);

        assertEquals(List.of(), index.involving(List.of(ALEX.key()), 10));
        assertEquals(List.of(), index.involving(List.of(), 10));
        assertEquals(List.of(), index.involving(List.of("user:nobody"), 10));
    }

    // ------------------------------------------------------------------ statements

    @Test
    public void eachPeopleQueryIsOneStatementWhateverTheIndexHolds() {
        for (int page = 1; page <= 40; page++) {
            List<Decision> decisions = new ArrayList<>();
            for (int n = 0; n < 10; n++) {
                decisions.add(decision("d" + n, LocalDate.of(2026, 1, 1).plusDays(n + page),
                        Map.of(Stage.AGENDA, List.of(ALEX, new PersonRef.User("u" + n)),
                                Stage.DECIDING, List.of(SAM, ALEX))));
            }
            index.replacePage(page(page, "RC"), decisions);
        }
        StatementCounter counter = new StatementCounter();
        EntityManager counted = AO.database().entityManager(AO.namespace(), counter);
        try {
            AoDecisionIndex countedIndex = new AoDecisionIndex(new EntityManagerActiveObjects(counted),
                    Clock.systemUTC());
            int[] rows = {0};

            int streamed = counter.countDuring(() -> countedIndex.forEachPerson("RC", LocalDate.of(2026, 1, 1),
                    LocalDate.of(2026, 12, 31), (pageId, stage, key) -> rows[0]++));
            assertEquals(counter.describe(), 1, streamed);
            assertEquals(40 * 10 * 4, rows[0]);

            int involving = counter.countDuring(() -> assertEquals(25,
                    countedIndex.involving(List.of(ALEX.key(), SAM.key(), "user:u3"), 25).size()));
            assertEquals(counter.describe(), 1, involving);
        } finally {
            AoDatabase.dispose(counted);
        }
    }

    private List<String> people(String spaceKey, LocalDate from, LocalDate to) {
        List<String> seen = new ArrayList<>();
        index.forEachPerson(spaceKey, from, to,
                (pageId, stage, key) -> seen.add(pageId + " " + stage.parameterValue() + " " + key));
        return seen;
    }

    private static IndexedPage page(long id, String spaceKey) {
        return new IndexedPage(id, spaceKey, "Meeting " + id, IndexedPage.ContentType.PAGE, List.of());
    }

    private static Decision decision(String localId, LocalDate decidedOn, Map<Stage, List<PersonRef>> people) {
        return new Decision(localId, localId, DecisionStatus.DECIDED, Optional.empty(), Optional.ofNullable(decidedOn),
                Optional.empty(), Optional.empty(), "", "What we agreed", people, List.of());
    }

    private static List<String> localIds(List<IndexedDecision> decisions) {
        return decisions.stream().map(d -> d.decision().localId()).toList();
    }
}
