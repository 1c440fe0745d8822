package app.alongside.perspective;

import app.alongside.validation.Problem;
import app.alongside.validation.Validated;
import org.junit.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZonedDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

/** "My data", export, erasure, retention and the audit log. */
public class DataRightsTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    private static final SubjectKey ALICE = SubjectKey.user("alice");
    private static final SubjectKey BOB = SubjectKey.user("bob");
    private static final SubjectKey SAM_PAGE = SubjectKey.participantPage(4242);

    private final MutableClock clock = new MutableClock(NOW);
    private final InMemoryPerspectiveStore store = new InMemoryPerspectiveStore();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final PerspectiveService service = new PerspectiveService(store, audit, clock, new Random(7));

    @Test
    public void exportHoldsTheDeclarationTheConsentHistoryAndTheAuditAboutThePerson() {
        declareOwn("alice", "lived-experience");
        declareOwn("alice", "peer-worker");
        service.read("fran", ALICE);
        declareOwn("bob", "staff-or-practitioner");

        MyData data = service.export("alice", ALICE);

        assertEquals(ALICE, data.subject());
        assertEquals(2, data.declaration().orElseThrow().version());
        assertEquals(List.of(ConsentEvent.Kind.GIVEN, ConsentEvent.Kind.UPDATED),
                data.consentHistory().stream().map(ConsentEvent::kind).toList());
        assertEquals("the export includes this very look, newest first",
                List.of(AuditAction.EXPORTED, AuditAction.READ, AuditAction.UPDATED, AuditAction.DECLARED),
                data.audit().stream().map(AuditEntry::action).toList());
        assertTrue(data.audit().stream().allMatch(e -> e.subject().equals("user:alice")));
    }

    @Test
    public void exportAfterWithdrawalShowsTheHistoryButNoDeclaration() {
        declareOwn("alice", "lived-experience");
        service.withdraw("alice", ALICE);

        MyData data = service.export("alice", ALICE);

        assertEquals(Optional.empty(), data.declaration());
        assertEquals(List.of(ConsentEvent.Kind.GIVEN, ConsentEvent.Kind.WITHDRAWN),
                data.consentHistory().stream().map(ConsentEvent::kind).toList());
    }

    @Test
    public void eraseLeavesNoRowAboutTheSubjectAndPseudonymisesTheAudit() {
        declareOwn("alice", "lived-experience");
        service.read("fran", ALICE);
        service.export("alice", ALICE);
        service.read("alice", BOB);
        declareOwn("bob", "carer-or-family");
        clock.advance(Duration.ofMinutes(5));

        String pseudonym = service.erase("admin", ALICE);

        assertTrue(pseudonym, pseudonym.matches("erased:[0-9a-f]{12}"));
        assertFalse(store.holdsAnythingAbout(ALICE));
        assertTrue(store.holdsAnythingAbout(BOB));
        assertFalse("no entry names alice as actor or subject", audit.entries().stream()
                .anyMatch(e -> e.actor().equals("alice") || e.subject().equals("user:alice")));
        assertEquals("what happened is kept",
                List.of(AuditAction.ERASED, AuditAction.EXPORTED, AuditAction.READ, AuditAction.DECLARED),
                audit.about(pseudonym, 10).stream().map(AuditEntry::action).toList());
        AuditEntry readOfBob = audit.entries().get(3);
        assertEquals(pseudonym, readOfBob.actor());
        assertEquals("user:bob", readOfBob.subject());
        assertEquals(new AuditEntry(readOfBob.id() + 2, NOW.plus(Duration.ofMinutes(5)), "admin", pseudonym,
                AuditAction.ERASED, "2 private rows deleted, 4 audit entries pseudonymised"), audit.last());
    }

    @Test
    public void erasingYourOwnDataLeavesNoEntryNamingYou() {
        declareOwn("alice", "lived-experience");

        String pseudonym = service.erase("alice", ALICE);

        assertFalse(audit.mentions("alice"));
        assertEquals(pseudonym, audit.last().actor());
        assertEquals(pseudonym, audit.last().subject());
    }

    @Test
    public void erasingAPersonWithoutAnAccountKeepsTheFacilitatorsNameAsActor() {
        service.declareOnBehalf("fran", SAM_PAGE, new DeclarationForm(List.of("lived-experience"), true, null, false,
                "Sam", "2026-11-01", "in person"));

        String pseudonym = service.erase("fran", SAM_PAGE);

        assertFalse(store.holdsAnythingAbout(SAM_PAGE));
        assertFalse(audit.mentions("participant:4242"));
        assertEquals(List.of("fran", "fran"), audit.entries().stream().map(AuditEntry::actor).toList());
        assertEquals(List.of(pseudonym, pseudonym), audit.entries().stream().map(AuditEntry::subject).toList());
    }

    @Test
    public void everyErasureGetsAFreshPseudonymFromTheInjectedRandomSource() {
        String first = service.erase("admin", ALICE);
        String second = service.erase("admin", BOB);
        assertNotEquals(first, second);

        PerspectiveService again = new PerspectiveService(new InMemoryPerspectiveStore(), new InMemoryAuditLog(),
                clock, new Random(7));
        assertEquals("a seeded source repeats", first, again.erase("admin", ALICE));
    }

    @Test
    public void erasingSomeoneWithNothingHeldStillRecordsTheErasure() {
        String pseudonym = service.erase("admin", ALICE);

        assertEquals(new AuditEntry(1, NOW, "admin", pseudonym, AuditAction.ERASED,
                "0 private rows deleted, 0 audit entries pseudonymised"), audit.last());
    }

    @Test
    public void retentionShorterThanAMonthOrLongerThanTenYearsIsRefused() {
        for (Period period : List.of(Period.ZERO, Period.ofDays(14), Period.ofMonths(-6), Period.ofYears(10).plusDays(1),
                Period.ofYears(11))) {
            Validated<RetentionResult> result = service.applyRetention("admin", period);
            assertEquals(period.toString(), List.of(Problem.of("period", "alongside.retention.error.range", 1, 120)),
                    result.problems());
        }
        assertTrue(audit.entries().isEmpty());
    }

    @Test
    public void retentionOfExactlyOneMonthOrTenYearsIsAccepted() {
        assertTrue(service.applyRetention("admin", Period.ofMonths(1)).isValid());
        assertTrue(service.applyRetention("admin", Period.ofYears(10)).isValid());
    }

    @Test
    public void retentionDeletesPrivateRowsAndAuditEntriesOlderThanThePeriod() {
        clock.set(NOW.minus(Duration.ofDays(800)));
        declareOwn("alice", "lived-experience");
        clock.set(NOW.minus(Duration.ofDays(10)));
        declareOwn("bob", "peer-worker");
        clock.set(NOW);

        RetentionResult result = service.applyRetention("admin", Period.ofYears(2)).get();

        assertEquals(ZonedDateTime.of(2024, 11, 29, 10, 0, 0, 0, ZoneOffset.UTC).toInstant(), result.cutoff());
        assertEquals(2, result.privateRowsDeleted());
        assertEquals(1, result.auditEntriesDeleted());
        assertFalse(store.holdsAnythingAbout(ALICE));
        assertTrue(store.current(BOB).isPresent());
        assertEquals(List.of(AuditAction.DECLARED, AuditAction.RETENTION_APPLIED),
                audit.entries().stream().map(AuditEntry::action).toList());
        assertEquals(new AuditEntry(3, NOW, "admin", "retention", AuditAction.RETENTION_APPLIED,
                "period P2Y: 2 private rows and 1 audit entries deleted"), audit.last());
    }

    @Test
    public void theAuditLogIsReadNewestFirstInPagesAndTheReadingIsItselfLogged() {
        for (int i = 0; i < 5; i++) {
            service.read("fran", ALICE);
        }

        List<AuditEntry> firstPage = service.auditLog("admin", Optional.empty(), 3);
        assertEquals(List.of(5L, 4L, 3L), firstPage.stream().map(AuditEntry::id).toList());
        assertEquals(new AuditEntry(6, NOW, "admin", "audit-log", AuditAction.AUDIT_READ, "newest, 3 entries"),
                audit.last());

        List<AuditEntry> secondPage = service.auditLog("admin", Optional.of(3L), 3);
        assertEquals(List.of(2L, 1L), secondPage.stream().map(AuditEntry::id).toList());
        assertEquals("before entry 3, 2 entries", audit.last().detail());
    }

    @Test
    public void anAuditPageIsNeverLargerThanTheMaximum() {
        for (int i = 0; i < PerspectiveService.MAX_AUDIT_PAGE + 5; i++) {
            service.read("fran", ALICE);
        }

        assertEquals(PerspectiveService.MAX_AUDIT_PAGE, service.auditLog("admin", Optional.empty(), 10_000).size());
        assertEquals(1, service.auditLog("admin", Optional.empty(), 0).size());
    }

    private void declareOwn(String userKey, String code) {
        assertTrue(service.declareOwn(userKey, DeclarationForm.own(List.of(code), true, null, false)).isValid());
    }
}
