package app.alongside.confluence.charter.persistence;

import app.alongside.charter.checkin.CheckInAnswer;
import app.alongside.charter.checkin.CheckInResult;
import app.alongside.charter.checkin.CheckIns;
import app.alongside.charter.checkin.Frequency;
import app.alongside.charter.checkin.PeriodAnswers;
import app.alongside.charter.checkin.Trend;
import app.alongside.testsupport.ao.ActiveObjectsRule;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** Anonymous check-ins on a real database: H2, or PostgreSQL with -Dalongside.db=postgres. */
public class AoCheckInStoreTest {

    @ClassRule
    @Rule
    public static final ActiveObjectsRule AO = ActiveObjectsRule.forEntities(
            CheckInMarkEntity.class, CheckInAnswerEntity.class, CheckInTallyEntity.class);

    private static final long CHARTER = 9_000_000_001L;
    private static final long OTHER_CHARTER = 88L;
    private static final String NOVEMBER = "2026-11";
    private static final String DECEMBER = "2026-12";
    private static final String ZOE = "u-zoë-東京-8a7f";
    private static final String SAM = "u-sam-31c0";

    private final AoCheckInStore store = new AoCheckInStore(AO.activeObjects());

    @Test
    public void nobodyHasRespondedToACharterNobodyCheckedIn() {
        assertFalse(store.hasResponded(CHARTER, NOVEMBER, ZOE));
        assertEquals(List.of(), store.answers(CHARTER));
    }

    @Test
    public void aCheckInMarksThePersonAndKeepsTheirAnswersWithoutThem() {
        assertTrue(store.record(CHARTER, NOVEMBER, ZOE, List.of(answer("equal", 4, "Zoë’s <b>view</b> 🙂 東京"),
                answer("reciprocity", 2, null))));

        assertTrue(store.hasResponded(CHARTER, NOVEMBER, ZOE));
        assertFalse(store.hasResponded(CHARTER, DECEMBER, ZOE));
        assertFalse(store.hasResponded(OTHER_CHARTER, NOVEMBER, ZOE));
        assertFalse(store.hasResponded(CHARTER, NOVEMBER, SAM));
        assertEquals(List.of(new PeriodAnswers(NOVEMBER, 1, Map.of("equal", List.of(4), "reciprocity", List.of(2)),
                Map.of("equal", List.of("Zoë’s <b>view</b> 🙂 東京")))), store.answers(CHARTER));
        assertEquals(List.of(), store.answers(OTHER_CHARTER));
    }

    @Test
    public void aSecondCheckInForTheSamePeriodIsRefusedAndStoresNothing() {
        assertTrue(store.record(CHARTER, NOVEMBER, ZOE, List.of(answer("equal", 4, "first"))));

        assertFalse(store.record(CHARTER, NOVEMBER, ZOE, List.of(answer("equal", 1, "second"))));

        assertEquals(List.of(new PeriodAnswers(NOVEMBER, 1, Map.of("equal", List.of(4)),
                Map.of("equal", List.of("first")))), store.answers(CHARTER));
        assertTrue("the next period is open", store.record(CHARTER, DECEMBER, ZOE, List.of(answer("equal", 5, null))));
    }

    @Test
    public void twoSubmissionsAtOnceByOnePersonStoreOne() throws Exception {
        int tries = 8;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < tries; round++) {
                String period = "2026-Q" + (1 + round % 4);
                long page = 1_000 + round;
                CountDownLatch start = new CountDownLatch(1);
                Callable<Boolean> submit = () -> {
                    start.await();
                    return store.record(page, period, ZOE, List.of(answer("equal", 3, null)));
                };
                Future<Boolean> a = pool.submit(submit);
                Future<Boolean> b = pool.submit(submit);
                start.countDown();
                boolean first = a.get(30, TimeUnit.SECONDS);
                boolean second = b.get(30, TimeUnit.SECONDS);
                assertTrue("exactly one got in", first ^ second);
                List<PeriodAnswers> stored = store.answers(page);
                assertEquals(1, stored.size());
                assertEquals(1, stored.get(0).responses());
                assertEquals(List.of(3), stored.get(0).scores().get("equal"));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    public void answersAreGroupedPerPeriodWithTheNumberWhoResponded() {
        store.record(CHARTER, NOVEMBER, ZOE, List.of(answer("equal", 4, "good"), answer("voice", 3, null)));
        store.record(CHARTER, NOVEMBER, SAM, List.of(answer("equal", 2, "not yet")));
        store.record(CHARTER, NOVEMBER, "u-kim", List.of(answer("voice", 5, null)));
        store.record(CHARTER, DECEMBER, SAM, List.of(answer("equal", 1, null)));
        store.record(OTHER_CHARTER, NOVEMBER, ZOE, List.of(answer("equal", 5, "elsewhere")));

        List<PeriodAnswers> periods = store.answers(CHARTER);

        assertEquals(List.of(NOVEMBER, DECEMBER), periods.stream().map(PeriodAnswers::periodCode).sorted().toList());
        PeriodAnswers november = periods.stream().filter(p -> p.periodCode().equals(NOVEMBER)).findFirst()
                .orElseThrow();
        assertEquals(3, november.responses());
        assertEquals(List.of(2, 4), november.scores().get("equal").stream().sorted().toList());
        assertEquals(List.of(3, 5), november.scores().get("voice").stream().sorted().toList());
        assertEquals(List.of("good", "not yet"), november.comments().get("equal").stream().sorted().toList());
        assertEquals(Optional.empty(), Optional.ofNullable(november.comments().get("voice")));
        PeriodAnswers december = periods.stream().filter(p -> p.periodCode().equals(DECEMBER)).findFirst()
                .orElseThrow();
        assertEquals(1, december.responses());
    }

    @Test
    public void erasingAPersonRemovesTheirMarksAndKeepsTheAnswersAndTheCount() {
        store.record(CHARTER, NOVEMBER, ZOE, List.of(answer("equal", 4, "mine")));
        store.record(OTHER_CHARTER, DECEMBER, ZOE, List.of(answer("equal", 2, null)));
        store.record(CHARTER, NOVEMBER, SAM, List.of(answer("equal", 5, null)));
        List<PeriodAnswers> before = store.answers(CHARTER);

        assertEquals(2, store.eraseUser(ZOE));
        assertEquals(0, store.eraseUser(ZOE));

        assertFalse(store.hasResponded(CHARTER, NOVEMBER, ZOE));
        assertFalse(store.hasResponded(OTHER_CHARTER, DECEMBER, ZOE));
        assertTrue(store.hasResponded(CHARTER, NOVEMBER, SAM));
        assertEquals(before, store.answers(CHARTER));
    }

    @Test
    public void theAnswersTableHasNoColumnForAPersonOrATime() throws SQLException {
        store.record(CHARTER, NOVEMBER, ZOE, List.of(answer("equal", 4, "a comment")));

        Set<String> columns = new TreeSet<>();
        List<String> cells = new ArrayList<>();
        try (Connection connection = AO.database().openConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT * FROM " + AO.database().schema() + ".\""
                     + AO.tableName(CheckInAnswerEntity.class) + "\"")) {
            ResultSetMetaData meta = rows.getMetaData();
            for (int c = 1; c <= meta.getColumnCount(); c++) {
                columns.add(meta.getColumnName(c).toUpperCase(java.util.Locale.ROOT));
            }
            while (rows.next()) {
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    cells.add(rows.getString(c));
                }
            }
        }
        assertEquals("a random id, the charter, the period, the principle, the score and the comment: nothing else",
                Set.of("ANSWER_ID", "PAGE_ID", "PERIOD_CODE", "PRINCIPLE_CODE", "SCORE", "ANSWER_COMMENT"), columns);
        assertFalse(cells.stream().anyMatch(v -> v != null && v.contains(ZOE)));
    }

    @Test
    public void theTallyAndMarkTablesHoldNoTimeOrRisingNumber() throws SQLException {
        assertEquals(Set.of("TALLY_ID", "PAGE_ID", "PERIOD_CODE"), columnsOf(AO.tableName(CheckInTallyEntity.class)));
        assertEquals(Set.of("MARK_KEY", "PAGE_ID", "PERIOD_CODE", "USER_KEY"),
                columnsOf(AO.tableName(CheckInMarkEntity.class)));
    }

    @Test
    public void coreCheckInsOverTheStoreShowResultsOnceKPeopleAnswered() {
        CheckIns checkIns = new CheckIns(store);
        LocalDate day = LocalDate.of(2026, 11, 10);
        List<String> principles = List.of("equal", "voice");
        for (String person : List.of(ZOE, SAM)) {
            CheckInResult result = checkIns.submit(person, CHARTER, principles, Frequency.MONTHLY, day,
                    Map.of("equal", "4"), Map.of("equal", "fine"));
            assertTrue(result.isValid());
        }
        assertFalse(checkIns.submit(ZOE, CHARTER, principles, Frequency.MONTHLY, day, Map.of("equal", "1"),
                Map.of()).isValid());

        Trend trend = checkIns.results(CHARTER, principles, 2);

        assertEquals(1, trend.periods().size());
        assertEquals(2, trend.periods().get(0).responses());
    }

    private static Set<String> columnsOf(String table) throws SQLException {
        Set<String> columns = new TreeSet<>();
        try (Connection connection = AO.database().openConnection();
             ResultSet result = connection.getMetaData().getColumns(null, AO.database().schema(), table, "%")) {
            while (result.next()) {
                columns.add(result.getString("COLUMN_NAME").toUpperCase(java.util.Locale.ROOT));
            }
        }
        return columns;
    }

    private static CheckInAnswer answer(String principle, int score, String comment) {
        return new CheckInAnswer(principle, score, Optional.ofNullable(comment));
    }
}
