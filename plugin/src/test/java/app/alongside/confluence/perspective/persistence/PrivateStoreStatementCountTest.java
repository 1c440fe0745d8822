package app.alongside.confluence.perspective.persistence;

import app.alongside.perspective.AuditAction;
import app.alongside.perspective.AuditEntry;
import app.alongside.perspective.Perspective;
import app.alongside.perspective.SubjectKey;
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

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static app.alongside.confluence.perspective.persistence.SampleDeclarations.MORNING;
import static app.alongside.confluence.perspective.persistence.SampleDeclarations.given;
import static app.alongside.confluence.perspective.persistence.SampleDeclarations.own;
import static app.alongside.confluence.perspective.persistence.SampleDeclarations.withdrawn;
import static org.junit.Assert.assertEquals;

/**
 * What the private store and the audit log cost in SQL statements, counted at the JDBC level on a real database:
 * a total is one statement however many people it covers.
 */
public class PrivateStoreStatementCountTest {

    @ClassRule
    @Rule
    public static final ActiveObjectsRule AO = ActiveObjectsRule.forEntities(
            DeclarationEntity.class, ConsentEventEntity.class, AuditEntryEntity.class);

    private static final SubjectKey ALEX = SubjectKey.user("u-alex");

    private final StatementCounter counter = new StatementCounter();
    private EntityManager countedManager;
    private AoPerspectiveStore store;
    private AoAuditLog log;

    @Before
    public void openCountedStores() {
        countedManager = AO.database().entityManager(AO.namespace(), counter);
        EntityManagerActiveObjects ao = new EntityManagerActiveObjects(countedManager);
        store = new AoPerspectiveStore(ao);
        log = new AoAuditLog(ao);
    }

    @After
    public void closeThem() {
        AoDatabase.dispose(countedManager);
    }

    @Test
    public void aTotalOverThreeThousandPeopleIsOneStatement() {
        AoPerspectiveStore plain = new AoPerspectiveStore(AO.activeObjects());
        List<SubjectKey> people = new ArrayList<>();
        for (int n = 1; n <= 3_000; n++) {
            SubjectKey subject = SubjectKey.participantPage(n);
            people.add(subject);
            if (n % 10 == 0) {
                plain.save(own(subject, 1, MORNING, Perspective.LIVED_EXPERIENCE), given(subject, 1, MORNING));
            }
        }

        int[] total = {0};
        assertCosts("a total", 1, () -> total[0] = store.countLivedExperience(people));
        assertEquals(300, total[0]);
        assertCosts("a total of nobody", 0, () -> store.countLivedExperience(List.of()));
    }

    @Test
    public void declaringAndWithdrawingCostAFixedHandful() {
        assertCosts("delete, insert, append", 3, () ->
                store.save(own(ALEX, 1, MORNING, Perspective.LIVED_EXPERIENCE), given(ALEX, 1, MORNING)));
        assertCosts("delete, insert, append", 3, () ->
                store.save(own(ALEX, 2, MORNING, Perspective.PEER_WORKER), given(ALEX, 2, MORNING)));
        assertCosts("current", 1, () -> store.current(ALEX));
        assertCosts("history", 1, () -> store.history(ALEX));
        assertCosts("delete, append", 2, () -> store.withdraw(ALEX, withdrawn(ALEX, 2, MORNING)));
        assertCosts("delete of nothing", 1, () -> store.withdraw(ALEX, withdrawn(ALEX, 2, MORNING)));
        assertCosts("two deletes", 2, () -> store.erase(ALEX));
        assertCosts("two deletes", 2, () -> store.deleteOlderThan(MORNING));
    }

    @Test
    public void anAuditPageIsOneStatementHoweverDeep() {
        for (int n = 0; n < 200; n++) {
            log.record(new AuditEntry(0, MORNING.plusSeconds(n), "u-admin", "user:u" + n % 7, AuditAction.READ, ""));
        }
        long middle = log.newest(Optional.empty(), 100).get(99).id();

        assertCosts("first page", 1, () -> log.newest(Optional.empty(), 50));
        assertCosts("deep page", 1, () -> log.newest(Optional.of(middle), 50));
        assertCosts("about", 1, () -> log.about("user:u3", 50));
        assertCosts("record", 1, () -> log.record(new AuditEntry(0, MORNING, "u-admin", "user:u1",
                AuditAction.READ, "")));
    }

    /** Runs the action and fails, showing the SQL, unless it sent exactly {@code expected} statements. */
    private void assertCosts(String what, int expected, Runnable action) {
        int statements = counter.countDuring(action);
        assertEquals(what + " " + counter.describe(), expected, statements);
    }
}
