package app.alongside.confluence.charter.persistence;

import app.alongside.charter.checkin.CheckInAnswer;
import app.alongside.charter.signing.Signature;
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

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;

/**
 * What signatures and check-ins cost in SQL statements, counted at the JDBC level on a real database: a fixed
 * handful per action, however many people, principles or periods there are.
 */
public class CharterStoresStatementCountTest {

    @ClassRule
    @Rule
    public static final ActiveObjectsRule AO = ActiveObjectsRule.forEntities(CharterSignatureEntity.class,
            CheckInMarkEntity.class, CheckInAnswerEntity.class, CheckInTallyEntity.class);

    private static final long CHARTER = 4242L;
    private static final Instant MORNING = Instant.parse("2026-11-02T09:30:00Z");

    private final StatementCounter counter = new StatementCounter();
    private EntityManager countedManager;
    private AoSignatureStore signatures;
    private AoCheckInStore checkIns;

    @Before
    public void openCountedStores() {
        countedManager = AO.database().entityManager(AO.namespace(), counter);
        EntityManagerActiveObjects ao = new EntityManagerActiveObjects(countedManager);
        signatures = new AoSignatureStore(ao);
        checkIns = new AoCheckInStore(ao);
    }

    @After
    public void closeThem() {
        AoDatabase.dispose(countedManager);
    }

    @Test
    public void signingWithdrawingAndReadingCostAFixedHandful() {
        AoSignatureStore plain = new AoSignatureStore(AO.activeObjects());
        for (int n = 0; n < 40; n++) {
            plain.sign(new Signature(CHARTER, "u-" + n, MORNING.plusSeconds(n), 1));
        }

        assertCosts("delete, insert", 2, () -> signatures.sign(new Signature(CHARTER, "u-new", MORNING, 2)));
        assertCosts("delete, insert", 2, () -> signatures.sign(new Signature(CHARTER, "u-new", MORNING, 3)));
        assertCosts("one signature", 1, () -> signatures.signature(CHARTER, "u-new"));
        assertCosts("41 signatures", 1, () -> signatures.signatures(CHARTER));
        assertCosts("delete", 1, () -> signatures.withdraw(CHARTER, "u-new"));
        assertCosts("delete", 1, () -> signatures.eraseUser("u-3"));
    }

    @Test
    public void aCheckInIsThreeStatementsAndAHistoryIsTwo() {
        List<CheckInAnswer> sixPrinciples = new ArrayList<>();
        for (int p = 1; p <= 6; p++) {
            sixPrinciples.add(new CheckInAnswer("principle-" + p, 1 + p % 5, Optional.of("comment " + p)));
        }
        AoCheckInStore plain = new AoCheckInStore(AO.activeObjects());
        for (int month = 1; month <= 12; month++) {
            for (int person = 0; person < 10; person++) {
                plain.record(CHARTER, String.format("2025-%02d", month), "u-" + person, sixPrinciples);
            }
        }

        assertCosts("has responded", 1, () -> checkIns.hasResponded(CHARTER, "2026-11", "u-new"));
        assertCosts("mark, answers as one batch, tally", 3, () ->
                checkIns.record(CHARTER, "2026-11", "u-new", sixPrinciples));
        assertCosts("refused mark, then reading it", 2, () ->
                checkIns.record(CHARTER, "2026-11", "u-new", sixPrinciples));
        assertCosts("answers and tally of 13 periods", 2, () -> checkIns.answers(CHARTER));
        assertCosts("delete marks", 1, () -> checkIns.eraseUser("u-1"));
    }

    /** Runs the action and fails, showing the SQL, unless it sent exactly {@code expected} statements. */
    private void assertCosts(String what, int expected, Runnable action) {
        int statements = counter.countDuring(action);
        assertEquals(what + " " + counter.describe(), expected, statements);
    }
}
