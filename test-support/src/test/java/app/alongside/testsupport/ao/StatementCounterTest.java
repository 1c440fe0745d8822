package app.alongside.testsupport.ao;

import net.java.ao.EntityManager;
import net.java.ao.Query;
import org.junit.After;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class StatementCounterTest {

    @ClassRule
    @Rule
    public static final ActiveObjectsRule AO =
            ActiveObjectsRule.forEntities(Note.class, NoteComment.class).namespace(TestNamespaces.FACADE);

    private final StatementCounter counter = new StatementCounter();
    private EntityManager countedManager;
    private EntityManagerActiveObjects counted;

    @Before
    public void openCountedManager() {
        countedManager = AO.database().entityManager(AO.namespace(), counter);
        counted = new EntityManagerActiveObjects(countedManager);
    }

    @After
    public void closeCountedManager() {
        AoDatabase.dispose(countedManager);
    }

    @Test
    public void aCountedManagerSeesTheSameTablesAsTheRule() {
        AO.activeObjects().create(Note.class, Map.of("SPACE_KEY", "RC", "TITLE", "Made by the rule"));

        Note[] found = counted.find(Note.class, Query.select().where("SPACE_KEY = ?", "RC"));

        assertEquals(1, found.length);
        assertEquals("Made by the rule", found[0].getTitle());
    }

    @Test
    public void eachQueryCountsOnceAndKeepsItsSql() {
        int statements = counter.countDuring(() -> {
            counted.find(Note.class, Query.select().where("SPACE_KEY = ?", "RC").limit(5));
            counted.count(Note.class, Query.select().where("SPACE_KEY = ?", "RC"));
        });

        assertEquals(counter.describe(), 2, statements);
        assertTrue(counter.statements().get(0), counter.statements().get(0).startsWith("SELECT"));
    }

    @Test
    public void aBatchOfRowsIsOneStatement() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            rows.add(Map.of("SPACE_KEY", "RC", "TITLE", "Note " + i, "SCORE", i));
        }

        int statements = counter.countDuring(() -> counted.create(Note.class, rows));

        assertEquals(counter.describe(), 1, statements);
        assertEquals(50, AO.activeObjects().count(Note.class, "SPACE_KEY = ?", "RC"));
    }

    @Test
    public void statementsInsideATransactionAreCountedToo() {
        int statements = counter.countDuring(() -> counted.executeInTransaction(() -> {
            counted.create(Note.class, List.of(Map.<String, Object>of("SPACE_KEY", "RC", "TITLE", "One")));
            counted.deleteWithSQL(Note.class, "SPACE_KEY = ?", "RC");
            return null;
        }));

        assertEquals(counter.describe(), 2, statements);
    }

    @Test
    public void creatingOneEntityCostsWhatTheDatabaseNeedsForItsKey() {
        int statements = counter.countDuring(() -> counted.create(Note.class, Map.of("SPACE_KEY", "RC", "TITLE", "One")));

        // H2 returns the generated key with the INSERT; PostgreSQL asks its sequence first
        assertEquals(counter.describe(), AO.database().isPostgres() ? 2 : 1, statements);
    }

    @Test
    public void resetStartsAgainFromNothing() {
        counted.count(Note.class, Query.select());
        counter.reset();

        assertEquals(0, counter.count());
        assertEquals(List.of(), counter.statements());
    }
}
