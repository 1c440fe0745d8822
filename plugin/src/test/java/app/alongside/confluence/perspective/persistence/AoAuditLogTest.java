package app.alongside.confluence.perspective.persistence;

import app.alongside.perspective.AuditAction;
import app.alongside.perspective.AuditEntry;
import app.alongside.testsupport.ao.ActiveObjectsRule;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** The private-data audit log on a real database: H2, or PostgreSQL with -Dalongside.db=postgres. */
public class AoAuditLogTest {

    @ClassRule
    @Rule
    public static final ActiveObjectsRule AO = ActiveObjectsRule.forEntities(AuditEntryEntity.class);

    private static final Instant START = Instant.parse("2026-05-01T10:00:00.250Z");

    private final AoAuditLog log = new AoAuditLog(AO.activeObjects());

    @Test
    public void anEntryComesBackAsRecordedWithTheIdItWasGiven() {
        log.record(new AuditEntry(0, START, "u-facilitator", "user:u-alex", AuditAction.DECLARED,
                "on their behalf: “in person” 🙂 <b>"));

        AuditEntry stored = log.newest(Optional.empty(), 10).get(0);

        assertTrue(stored.id() > 0);
        assertEquals(new AuditEntry(stored.id(), START, "u-facilitator", "user:u-alex", AuditAction.DECLARED,
                "on their behalf: “in person” 🙂 <b>"), stored);
    }

    @Test
    public void anEmptyDetailStaysEmpty() {
        log.record(entry(0, "user:u-alex", AuditAction.READ));

        assertEquals("", log.newest(Optional.empty(), 1).get(0).detail());
    }

    @Test
    public void newestPagesBackwardsByIdWithoutGapsOrRepeats() {
        for (int n = 0; n < 23; n++) {
            log.record(entry(n, "user:u" + n, AuditAction.READ));
        }

        List<String> seen = new ArrayList<>();
        Optional<Long> before = Optional.empty();
        for (int page = 0; page < 10; page++) {
            List<AuditEntry> entries = log.newest(before, 10);
            if (entries.isEmpty()) {
                break;
            }
            entries.forEach(e -> seen.add(e.subject()));
            before = Optional.of(entries.get(entries.size() - 1).id());
        }

        List<String> expected = new ArrayList<>();
        for (int n = 22; n >= 0; n--) {
            expected.add("user:u" + n);
        }
        assertEquals(expected, seen);
    }

    @Test
    public void aboutGivesOneSubjectsEntriesNewestFirst() {
        log.record(entry(0, "user:u-alex", AuditAction.DECLARED));
        log.record(entry(1, "participant:7", AuditAction.DECLARED));
        log.record(entry(2, "user:u-alex", AuditAction.READ));
        log.record(entry(3, "user:u-alex", AuditAction.EXPORTED));

        assertEquals(List.of(AuditAction.EXPORTED, AuditAction.READ, AuditAction.DECLARED),
                log.about("user:u-alex", 10).stream().map(AuditEntry::action).toList());
        assertEquals(2, log.about("user:u-alex", 2).size());
        assertEquals(List.of(), log.about("user:nobody", 10));
    }

    @Test
    public void pseudonymisingRewritesTheSubjectsEntriesAndThoseTheyMadeAndNothingElse() {
        log.record(new AuditEntry(0, START, "u-alex", "user:u-alex", AuditAction.DECLARED, ""));
        log.record(new AuditEntry(0, START, "u-admin", "user:u-alex", AuditAction.READ, ""));
        log.record(new AuditEntry(0, START, "u-alex", "participant:7", AuditAction.DECLARED, "on behalf"));
        log.record(new AuditEntry(0, START, "u-admin", "participant:7", AuditAction.READ, ""));

        int rewritten = log.pseudonymise("user:u-alex", Optional.of("u-alex"), "erased:k3y");

        assertEquals(3, rewritten);
        assertEquals(List.of("u-admin participant:7", "erased:k3y participant:7", "u-admin erased:k3y",
                "erased:k3y erased:k3y"), who());
    }

    @Test
    public void pseudonymisingAPersonWithoutAnAccountLeavesActorsAlone() {
        log.record(new AuditEntry(0, START, "u-facilitator", "participant:7", AuditAction.DECLARED, ""));
        log.record(new AuditEntry(0, START, "u-facilitator", "user:u-alex", AuditAction.READ, ""));

        assertEquals(1, log.pseudonymise("participant:7", Optional.empty(), "erased:p"));

        assertEquals(List.of("u-facilitator user:u-alex", "u-facilitator erased:p"), who());
    }

    @Test
    public void retentionDeletesEntriesOlderThanTheCutoff() {
        log.record(entry(0, "user:a", AuditAction.READ));
        log.record(entry(10, "user:b", AuditAction.READ));
        log.record(entry(20, "user:c", AuditAction.READ));

        assertEquals(1, log.deleteOlderThan(START.plus(Duration.ofDays(10))));

        assertEquals(List.of("user:c", "user:b"),
                log.newest(Optional.empty(), 10).stream().map(AuditEntry::subject).toList());
    }

    private List<String> who() {
        return log.newest(Optional.empty(), 100).stream().map(e -> e.actor() + " " + e.subject()).toList();
    }

    private static AuditEntry entry(int days, String subject, AuditAction action) {
        return new AuditEntry(0, START.plus(Duration.ofDays(days)), "u-admin", subject, action, "");
    }
}
