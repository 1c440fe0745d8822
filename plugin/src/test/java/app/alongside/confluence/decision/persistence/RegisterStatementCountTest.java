package app.alongside.confluence.decision.persistence;

import app.alongside.decision.Contribution;
import app.alongside.decision.Decision;
import app.alongside.decision.DecisionStatus;
import app.alongside.decision.LoopState;
import app.alongside.decision.Response;
import app.alongside.decision.Stage;
import app.alongside.decision.register.DecisionRegister;
import app.alongside.decision.register.IndexedPage;
import app.alongside.decision.register.PageVisibility;
import app.alongside.decision.register.RegisterPage;
import app.alongside.decision.register.RegisterQuery;
import app.alongside.decision.register.RegisterSort;
import app.alongside.people.PersonRef;
import app.alongside.testsupport.ao.ActiveObjectsRule;
import app.alongside.testsupport.ao.AoDatabase;
import app.alongside.testsupport.ao.EntityManagerActiveObjects;
import app.alongside.testsupport.ao.StatementCounter;
import net.java.ao.EntityManager;
import org.junit.After;
import org.junit.Before;
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
import static org.junit.Assert.assertTrue;

/**
 * One page of the register costs at most four SQL statements whatever the register's size — summaries, people,
 * contributions, the status stream — counted at the JDBC level on a real database.
 */
public class RegisterStatementCountTest {

    @ClassRule
    @Rule
    public static final ActiveObjectsRule AO = ActiveObjectsRule.forEntities(
            DecisionEntity.class, DecisionPersonEntity.class, ContributionEntity.class);

    private static final PageVisibility EVERYTHING = ids -> ids;
    private static final int DECISIONS_PER_PAGE = 50;

    private final StatementCounter counter = new StatementCounter();
    private EntityManager countedManager;
    private AoDecisionIndex index;
    private DecisionRegister register;

    @Before
    public void openACountedIndex() {
        countedManager = AO.database().entityManager(AO.namespace(), counter);
        index = new AoDecisionIndex(new EntityManagerActiveObjects(countedManager), Clock.systemUTC());
        register = new DecisionRegister(index);
    }

    @After
    public void closeIt() {
        AoDatabase.dispose(countedManager);
    }

    @Test
    public void aPageOfTwentyFiveRowsCostsFourStatementsWithAHundredDecisions() {
        indexDecisions(100);

        assertFirstAndDeepPagesCostAtMostFour();
    }

    @Test
    public void aPageOfTwentyFiveRowsStillCostsFourStatementsWithFiveThousandDecisions() {
        indexDecisions(5_000);

        assertFirstAndDeepPagesCostAtMostFour();
    }

    @Test
    public void filtersAndOrdersDoNotAddStatements() {
        indexDecisions(1_000);
        RegisterQuery filtered = new RegisterQuery(Set.of("RC", "PEER"), Set.of("budget"),
                Set.of(DecisionStatus.DECIDED, DecisionStatus.IN_DELIVERY), Optional.of(LocalDate.of(2020, 1, 1)),
                Optional.of(LocalDate.of(2030, 1, 1)), false, Optional.of(LoopState.OPEN), Optional.of("decision"),
                RegisterSort.TITLE, 25, Optional.empty());

        for (RegisterSort sort : RegisterSort.values()) {
            RegisterQuery query = new RegisterQuery(filtered.spaceKeys(), filtered.labels(), filtered.statuses(),
                    filtered.decidedFrom(), filtered.decidedTo(), false, filtered.loop(), filtered.titleContains(),
                    sort, 25, Optional.empty());
            counter.reset();
            RegisterPage page = register.search(query, EVERYTHING);
            assertEquals(sort + ": " + counter.describe(), 4, counter.count());
            assertEquals(25, page.rows().size());
        }
    }

    // The budgets below are the decision index's own. Saving a page then places its decisions on the ladder (PageIndexer
    // calls Placements.placePage) and notes whether it holds a charter: two more statements for a page without
    // decisions, ten more for a page with some, however many — counted with every store real in
    // ladder.persistence.PlacementStatementCountTest.
    @Test
    public void indexingAPageWithoutDecisionsCostsOneStatement() {
        int statements = counter.countDuring(() -> index.replacePage(
                new IndexedPage(77, "RC", "Ordinary page", IndexedPage.ContentType.PAGE, List.of()), List.of()));

        assertEquals(counter.describe(), 1, statements);
    }

    @Test
    public void indexingANewPageOfFiftyDecisionsCostsFiveStatements() {
        IndexedPage page = new IndexedPage(1, "RC", "Busy meeting", IndexedPage.ContentType.PAGE, List.of("budget"));

        int statements = counter.countDuring(() -> index.replacePage(page, decisions(1)));

        assertEquals("1 read of fingerprints, 3 batched inserts, 1 read of the new ids: " + counter.describe(), 5,
                statements);
    }

    @Test
    public void resavingAPageOfFiftyUnchangedDecisionsCostsOneReadAndWritesNothing() {
        IndexedPage page = new IndexedPage(1, "RC", "Busy meeting", IndexedPage.ContentType.PAGE, List.of("budget"));
        index.replacePage(page, decisions(1));
        Set<Integer> ids = decisionIds();

        int statements = counter.countDuring(() -> index.replacePage(page, decisions(1)));

        assertEquals("1 read of fingerprints: " + counter.describe(), 1, statements);
        assertEquals(ids, decisionIds());
    }

    @Test
    public void changingOneDecisionOfFiftyRewritesOnlyThatDecision() {
        IndexedPage page = new IndexedPage(1, "RC", "Busy meeting", IndexedPage.ContentType.PAGE, List.of("budget"));
        index.replacePage(page, decisions(1));
        Set<Integer> before = decisionIds();
        List<Decision> edited = new ArrayList<>(decisions(1));
        Decision changed = edited.get(17);
        edited.set(17, new Decision(changed.localId(), "Decision renamed", changed.status(), changed.supersededBy(),
                changed.decidedOn(), changed.reviewOn(), changed.claimed(), changed.outcomeStorage(),
                changed.outcomeText(), changed.stages(), changed.contributions()));

        int statements = counter.countDuring(() -> index.replacePage(page, edited));

        assertEquals("1 read, 3 deletes of one decision's rows, 3 inserts, 1 read of the new id: "
                + counter.describe(), 8, statements);
        Set<Integer> after = decisionIds();
        Set<Integer> kept = new java.util.HashSet<>(before);
        kept.retainAll(after);
        assertEquals(49, kept.size());
        assertEquals(50, after.size());
        assertEquals(1, AO.activeObjects().count(DecisionEntity.class, "TITLE = ?", "Decision renamed"));
        assertEquals(200, AO.activeObjects().count(DecisionPersonEntity.class, "PAGE_ID = ?", 1L));
        assertEquals(50, AO.activeObjects().count(ContributionEntity.class, "PAGE_ID = ?", 1L));
    }

    @Test
    public void changingEveryDecisionOfFiftyCostsEightStatements() {
        IndexedPage page = new IndexedPage(1, "RC", "Busy meeting", IndexedPage.ContentType.PAGE, List.of("budget"));
        index.replacePage(page, decisions(1));

        int statements = counter.countDuring(() -> index.replacePage(page, decisions(2)));

        assertEquals("1 read, 3 deletes, 3 batched inserts, 1 read of the new ids: " + counter.describe(), 8,
                statements);
        assertEquals(50, index.size());
    }

    private Set<Integer> decisionIds() {
        Set<Integer> ids = new java.util.HashSet<>();
        for (DecisionEntity row : AO.activeObjects().find(DecisionEntity.class, net.java.ao.Query.select())) {
            ids.add(row.getID());
        }
        return ids;
    }

    private void assertFirstAndDeepPagesCostAtMostFour() {
        RegisterQuery query = RegisterQuery.allIn(Set.of("RC", "PEER"));
        counter.reset();
        RegisterPage first = register.search(query, EVERYTHING);
        int firstCost = counter.count();
        String firstSql = counter.describe();
        assertEquals(25, first.rows().size());
        assertTrue("rows come with their people", first.rows().get(0).decision().everyone().size() > 0);
        assertTrue(firstSql, firstCost <= 4);

        RegisterPage page = first;
        for (int n = 0; n < 2 && page.next().isPresent(); n++) {
            page = register.search(query.withAfter(page.next().get()), EVERYTHING);
        }
        counter.reset();
        RegisterPage deep = register.search(query.withAfter(page.next().orElseThrow()), EVERYTHING);
        assertTrue(counter.describe(), counter.count() <= 4);
        assertEquals(25, deep.rows().size());
    }

    private void indexDecisions(int count) {
        for (int page = 1; page <= count / DECISIONS_PER_PAGE; page++) {
            index.replacePage(new IndexedPage(page, page % 2 == 0 ? "RC" : "PEER", "Meeting " + page,
                    IndexedPage.ContentType.PAGE, List.of("budget")), decisions(page));
        }
        assertEquals(count, index.size());
    }

    private static List<Decision> decisions(int page) {
        List<Decision> decisions = new ArrayList<>();
        for (int n = 0; n < DECISIONS_PER_PAGE; n++) {
            decisions.add(new Decision("d" + n, "Decision " + page + "." + n,
                    n % 2 == 0 ? DecisionStatus.DECIDED : DecisionStatus.IN_DELIVERY, Optional.empty(),
                    Optional.of(LocalDate.of(2024, 1, 1).plusDays((page * 7L + n) % 900)), Optional.empty(),
                    Optional.empty(), "", "What we agreed", Map.of(
                    Stage.AGENDA, List.of(new PersonRef.Named("Ann"), new PersonRef.User("u" + n)),
                    Stage.DECIDING, List.of(new PersonRef.Named("Ann"), new PersonRef.Page("RC", "Bo"))),
                    List.of(new Contribution("Say it plainly", Optional.of(new PersonRef.Named("Cy")),
                            Optional.empty(), Response.PENDING, "", Optional.empty()))));
        }
        return decisions;
    }
}
