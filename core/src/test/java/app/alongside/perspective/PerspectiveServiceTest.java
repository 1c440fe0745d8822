package app.alongside.perspective;

import app.alongside.validation.Problem;
import app.alongside.validation.Validated;
import org.junit.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** Declaring, changing, reading and withdrawing perspectives, with consent. */
public class PerspectiveServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    private static final SubjectKey ALICE = SubjectKey.user("alice");
    private static final SubjectKey SAM_PAGE = SubjectKey.participantPage(4242);

    private final MutableClock clock = new MutableClock(NOW);
    private final InMemoryPerspectiveStore store = new InMemoryPerspectiveStore();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final PerspectiveService service = new PerspectiveService(store, audit, clock, new Random(7));

    @Test
    public void declaringOwnPerspectiveWithConsentStoresVersionOneAndRecordsConsentGiven() {
        Declaration d = service.declareOwn("alice", DeclarationForm.own(List.of("lived-experience", "carer-or-family"),
                true, "  I’ve used services and I care for my dad  ", false)).get();

        assertEquals(ALICE, d.subject());
        assertEquals(Set.of(Perspective.LIVED_EXPERIENCE, Perspective.CARER_OR_FAMILY), d.perspectives());
        assertEquals(Optional.of("I’ve used services and I care for my dad"), d.ownWords());
        assertEquals(1, d.version());
        assertEquals(NOW, d.recordedAt());
        assertEquals("alice", d.recordedBy());
        assertEquals(new Consent(ConsentPurpose.TOTALS_ONLY, NOW, "alice", ConsentMethod.SELF, Optional.empty()),
                d.consent());
        assertEquals(Optional.of(d), store.current(ALICE));
        assertEquals(List.of(new ConsentEvent(ALICE, ConsentEvent.Kind.GIVEN, 1, NOW, "alice", ConsentMethod.SELF,
                Optional.empty())), store.history(ALICE));
        AuditEntry entry = audit.last();
        assertEquals(AuditAction.DECLARED, entry.action());
        assertEquals("alice", entry.actor());
        assertEquals("user:alice", entry.subject());
        assertEquals("version 1", entry.detail());
    }

    @Test
    public void declaringOwnPerspectiveWithoutConsentIsRefusedAndStoresNothing() {
        Validated<Declaration> result = service.declareOwn("alice",
                DeclarationForm.own(List.of("lived-experience"), false, "", false));

        assertEquals(List.of(Problem.of("consent", "alongside.perspective.error.consent")), result.problems());
        assertEquals(0, store.rows());
        assertTrue(audit.entries().isEmpty());
    }

    @Test
    public void erasingAFacilitatorKeepsWhatTheyRecordedForOthersUnderThePseudonym() {
        service.declareOnBehalf("fran", SAM_PAGE, new DeclarationForm(List.of("carer-or-family"), true, null, false,
                "Sam", "2026-11-01", "in person"));

        String pseudonym = service.erase("admin", SubjectKey.user("fran"));

        Declaration sams = store.current(SAM_PAGE).orElseThrow();
        assertEquals(pseudonym, sams.recordedBy());
        assertEquals(pseudonym, sams.consent().recordedBy());
        assertEquals(pseudonym, store.history(SAM_PAGE).get(0).by());
        assertTrue(sams.consent().onBehalf().isPresent());
    }

    @Test
    public void erasingIfAnyErasesWhatIsHeldAndOtherwiseLeavesNoTrace() {
        service.declareOnBehalf("fran", SAM_PAGE, new DeclarationForm(List.of("carer-or-family"), true, null, false,
                "Sam", "2026-11-01", "in person"));
        int entries = audit.entries().size();

        assertTrue(service.eraseIfAny("system", SAM_PAGE).isPresent());
        assertFalse(store.holdsAnythingAbout(SAM_PAGE));
        assertEquals(entries + 1, audit.entries().size());

        assertEquals(Optional.empty(), service.eraseIfAny("system", SAM_PAGE));
        assertEquals(Optional.empty(), service.eraseIfAny("system", SubjectKey.participantPage(424242)));
        assertEquals("nothing held, nothing logged", entries + 1, audit.entries().size());
    }

    @Test
    public void preferNotToSayCannotBeCombinedWithAnAnswer() {
        Validated<Declaration> result = service.declareOwn("alice",
                DeclarationForm.own(List.of("prefer-not-to-say", "lived-experience"), true, null, false));

        assertEquals(List.of(Problem.of("perspectives", "alongside.perspective.error.preferNotToSayAlone")),
                result.problems());
        assertEquals(0, store.rows());
        assertTrue(service.declareOwn("alice", DeclarationForm.own(List.of("prefer-not-to-say"), true, null, false))
                .isValid());
    }

    @Test
    public void choosingNoPerspectiveIsRefused() {
        for (List<String> codes : List.of(List.<String>of(), List.of("", "  "))) {
            Validated<Declaration> result = service.declareOwn("alice", DeclarationForm.own(codes, true, null, false));
            assertEquals(List.of(Problem.of("perspectives", "alongside.perspective.error.none")), result.problems());
        }
        assertEquals(0, store.rows());
    }

    @Test
    public void anUnknownPerspectiveIsRefusedNamingWhatWasSent() {
        Validated<Declaration> result = service.declareOwn("alice",
                DeclarationForm.own(List.of("lived-experience", "patient"), true, null, false));

        assertEquals(List.of(Problem.of("perspectives", "alongside.perspective.error.unknown", "patient")),
                result.problems());
        assertEquals(0, store.rows());
    }

    @Test
    public void everyProblemIsReportedAtOnce() {
        Validated<Declaration> result = service.declareOwn("alice",
                DeclarationForm.own(List.of(), false, "x".repeat(501), false));

        assertEquals(List.of("perspectives", "consent", "ownWords"),
                result.problems().stream().map(Problem::field).toList());
    }

    @Test
    public void ownWordsInAnyScriptOrEmojiAreAccepted() {
        for (String words : List.of("🌱 I’ve been there, and I’m still here 💚🏳️‍🌈",
                "لدي تجربة شخصية مع خدمات الصحة النفسية",
                "我有使用心理健康服务的亲身经历",
                "Mae gen i brofiad bywyd — ac rwy’n ofalwr",
                "<script>alert('x')</script> & \"quotes\"")) {
            Declaration d = service.declareOwn("alice",
                    DeclarationForm.own(List.of("lived-experience"), true, words, true)).get();
            assertEquals(Optional.of(words), d.ownWords());
        }
    }

    @Test
    public void fiveHundredEmojiAreAcceptedBecauseLengthCountsCharactersNotCodeUnits() {
        String words = "💚".repeat(Declaration.MAX_OWN_WORDS);
        assertEquals(1000, words.length());

        Validated<Declaration> result = service.declareOwn("alice",
                DeclarationForm.own(List.of("peer-worker"), true, words, false));

        assertTrue(result.problems().toString(), result.isValid());
    }

    @Test
    public void ownWordsOf501CharactersAreRefusedSayingTheLimit() {
        Validated<Declaration> result = service.declareOwn("alice",
                DeclarationForm.own(List.of("peer-worker"), true, "我".repeat(501), false));

        assertEquals(List.of(Problem.of("ownWords", "alongside.perspective.error.ownWords.tooLong", 500)),
                result.problems());
        assertEquals(0, store.rows());
    }

    @Test
    public void controlCharactersNobodyTypesAreRemovedFromOwnWords() {
        Declaration d = service.declareOwn("alice", DeclarationForm.own(List.of("peer-worker"), true,
                "line one\u0000\u0007\nline\ttwo", false)).get();

        assertEquals(Optional.of("line one\nline\ttwo"), d.ownWords());
    }

    @Test
    public void changingADeclarationRaisesTheVersionAndRecordsAnUpdate() {
        service.declareOwn("alice", DeclarationForm.own(List.of("lived-experience"), true, null, false));
        clock.advance(Duration.ofDays(3));

        Declaration d = service.declareOwn("alice",
                DeclarationForm.own(List.of("staff-or-practitioner"), true, null, false)).get();

        assertEquals(2, d.version());
        assertEquals(Set.of(Perspective.STAFF_OR_PRACTITIONER), d.perspectives());
        assertEquals(List.of(ConsentEvent.Kind.GIVEN, ConsentEvent.Kind.UPDATED),
                store.history(ALICE).stream().map(ConsentEvent::kind).toList());
        assertEquals(AuditAction.UPDATED, audit.last().action());
        assertEquals("version 2", audit.last().detail());
    }

    @Test
    public void aDeclarationAfterAWithdrawalIsConsentGivenAgainAndNeverReusesAVersion() {
        service.declareOwn("alice", DeclarationForm.own(List.of("lived-experience"), true, null, false));
        service.declareOwn("alice", DeclarationForm.own(List.of("peer-worker"), true, null, false));
        service.withdraw("alice", ALICE);

        Declaration d = service.declareOwn("alice",
                DeclarationForm.own(List.of("lived-experience"), true, null, false)).get();

        assertEquals(3, d.version());
        assertEquals(List.of(ConsentEvent.Kind.GIVEN, ConsentEvent.Kind.UPDATED, ConsentEvent.Kind.WITHDRAWN,
                ConsentEvent.Kind.GIVEN), store.history(ALICE).stream().map(ConsentEvent::kind).toList());
        assertEquals(List.of(1, 2, 2, 3), store.history(ALICE).stream().map(ConsentEvent::version).toList());
        assertEquals(AuditAction.DECLARED, audit.last().action());
    }

    @Test
    public void facilitatorNeedsTheNoteOfConsent() {
        Validated<Declaration> result = service.declareOnBehalf("fran", SAM_PAGE,
                new DeclarationForm(List.of("lived-experience"), true, null, false, " ", null, ""));

        assertEquals(List.of(
                Problem.of("consentGivenBy", "alongside.perspective.error.givenBy"),
                Problem.of("consentGivenOn", "alongside.perspective.error.givenOn", ""),
                Problem.of("consentHow", "alongside.perspective.error.how")), result.problems());
        assertEquals(0, store.rows());
        assertTrue(audit.entries().isEmpty());
    }

    @Test
    public void facilitatorAlsoNeedsTheConsentBoxTicked() {
        Validated<Declaration> result = service.declareOnBehalf("fran", SAM_PAGE, new DeclarationForm(
                List.of("lived-experience"), false, null, false, "Sam", "2026-11-28", "in person"));

        assertEquals(List.of(Problem.of("consent", "alongside.perspective.error.consent")), result.problems());
    }

    @Test
    public void aConsentDateThatIsNotADateIsRefusedRepeatingWhatWasTyped() {
        Validated<Declaration> result = service.declareOnBehalf("fran", SAM_PAGE, new DeclarationForm(
                List.of("lived-experience"), true, null, false, "Sam", "last Tuesday", "in person"));

        assertEquals(List.of(Problem.of("consentGivenOn", "alongside.perspective.error.givenOn", "last Tuesday")),
                result.problems());
    }

    @Test
    public void consentCannotBeNotedAsGivenInTheFuture() {
        Validated<Declaration> result = service.declareOnBehalf("fran", SAM_PAGE, new DeclarationForm(
                List.of("lived-experience"), true, null, false, "Sam", "30/11/2026", "in person"));

        assertEquals(List.of(Problem.of("consentGivenOn", "alongside.perspective.error.givenOn.future")),
                result.problems());
    }

    @Test
    public void anOverlongNoteIsRefusedNamingTheFieldAndTheLimit() {
        Validated<Declaration> result = service.declareOnBehalf("fran", SAM_PAGE, new DeclarationForm(
                List.of("lived-experience"), true, null, false, "Sam", "2026-11-29", "é".repeat(501)));

        assertEquals(List.of(Problem.of("consentHow", "alongside.perspective.error.note.tooLong", "consentHow", 500)),
                result.problems());
    }

    @Test
    public void facilitatorWithTheNoteRecordsOnTheirBehalf() {
        Declaration d = service.declareOnBehalf("fran", SAM_PAGE, new DeclarationForm(List.of("carer-or-family"),
                true, null, false, "Sam, at the group", "Saturday 28th November 2026", "in person, asked twice"))
                .get();

        OnBehalfNote note = new OnBehalfNote("Sam, at the group", LocalDate.of(2026, 11, 28), "in person, asked twice");
        assertEquals(new Consent(ConsentPurpose.TOTALS_ONLY, NOW, "fran", ConsentMethod.ON_BEHALF, Optional.of(note)),
                d.consent());
        assertEquals("fran", d.recordedBy());
        assertEquals(List.of(new ConsentEvent(SAM_PAGE, ConsentEvent.Kind.GIVEN, 1, NOW, "fran",
                ConsentMethod.ON_BEHALF, Optional.of(note))), store.history(SAM_PAGE));
        assertEquals(new AuditEntry(1, NOW, "fran", "participant:4242", AuditAction.DECLARED,
                "version 1, on behalf, consent noted"), audit.last());
    }

    @Test
    public void consentNotedTodayIsAccepted() {
        assertTrue(service.declareOnBehalf("fran", SAM_PAGE, new DeclarationForm(List.of("peer-worker"), true, null,
                false, "Sam", "29 Nov 2026", "by phone")).isValid());
    }

    @Test
    public void readingADeclarationIsAudited() {
        service.declareOwn("alice", DeclarationForm.own(List.of("lived-experience"), true, null, false));

        assertEquals(1, service.read("fran", ALICE).orElseThrow().version());
        assertEquals(new AuditEntry(2, NOW, "fran", "user:alice", AuditAction.READ, "version 1"), audit.last());

        assertEquals(Optional.empty(), service.read("fran", SAM_PAGE));
        assertEquals(new AuditEntry(3, NOW, "fran", "participant:4242", AuditAction.READ, "nothing held"),
                audit.last());
    }

    @Test
    public void withdrawingDeletesTheDeclarationAtOnceAndRecordsIt() {
        service.declareOwn("alice", DeclarationForm.own(List.of("lived-experience"), true, "words", true));
        clock.advance(Duration.ofHours(1));

        assertTrue(service.withdraw("alice", ALICE));

        assertEquals(Optional.empty(), store.current(ALICE));
        assertEquals(new ConsentEvent(ALICE, ConsentEvent.Kind.WITHDRAWN, 1, NOW.plus(Duration.ofHours(1)), "alice",
                ConsentMethod.SELF, Optional.empty()), store.history(ALICE).get(1));
        assertEquals(AuditAction.WITHDRAWN, audit.last().action());
        assertEquals("version 1", audit.last().detail());
        assertEquals(Optional.empty(), service.publishedOwnWords(ALICE));
    }

    @Test
    public void withdrawingForSomeoneElseIsRecordedAsOnTheirBehalf() {
        service.declareOnBehalf("fran", SAM_PAGE, new DeclarationForm(List.of("peer-worker"), true, null, false,
                "Sam", "2026-11-01", "in writing"));

        assertTrue(service.withdraw("fran", SAM_PAGE));

        assertEquals(ConsentMethod.ON_BEHALF, store.history(SAM_PAGE).get(1).method());
        assertEquals("version 1, on behalf", audit.last().detail());
    }

    @Test
    public void withdrawingWhenNothingIsHeldChangesNothing() {
        assertFalse(service.withdraw("alice", ALICE));

        assertEquals(0, store.rows());
        assertTrue(audit.entries().isEmpty());
    }

    @Test
    public void ownWordsArePublishedOnlyWhenThePersonChoseToShowThem() {
        service.declareOwn("alice", DeclarationForm.own(List.of("lived-experience"), true, "I’ve been there", false));
        assertEquals(Optional.empty(), service.publishedOwnWords(ALICE));

        service.declareOwn("alice", DeclarationForm.own(List.of("lived-experience"), true, "I’ve been there", true));
        assertEquals(Optional.of("I’ve been there"), service.publishedOwnWords(ALICE));

        service.declareOwn("alice", DeclarationForm.own(List.of("lived-experience"), true, "", true));
        assertEquals(Optional.empty(), service.publishedOwnWords(ALICE));
    }

    @Test
    public void showingOwnWordsOnThePageIsNotAuditedAsARead() {
        service.declareOwn("alice", DeclarationForm.own(List.of("lived-experience"), true, "I’ve been there", true));
        int before = audit.entries().size();

        service.publishedOwnWords(ALICE);

        assertEquals(before, audit.entries().size());
    }

    @Test
    public void noAuditEntryEverContainsAPerspectiveOrOwnWords() {
        String words = "Unmistakable-own-words";
        service.declareOwn("alice", DeclarationForm.own(List.of("lived-experience", "carer-or-family"), true, words,
                true));
        service.declareOwn("alice", DeclarationForm.own(List.of("peer-worker"), true, words, false));
        service.declareOnBehalf("fran", SAM_PAGE, new DeclarationForm(List.of("staff-or-practitioner",
                "community-partner"), true, words, true, "Sam", "2026-11-01", "in person"));
        service.declareOnBehalf("fran", SAM_PAGE, new DeclarationForm(List.of("prefer-not-to-say"), true, words, true,
                "Sam", "2026-11-02", "in person"));
        service.read("fran", ALICE);
        service.export("alice", ALICE);
        service.withdraw("alice", ALICE);
        service.erase("admin", SAM_PAGE);
        service.auditLog("admin", Optional.empty(), 50);

        assertTrue(audit.entries().size() >= 8);
        for (AuditEntry entry : audit.entries()) {
            String text = (entry.actor() + " " + entry.subject() + " " + entry.detail()).toLowerCase();
            assertFalse(entry.toString(), text.contains(words.toLowerCase()));
            for (Perspective p : Perspective.values()) {
                assertFalse(entry.toString(), text.contains(p.code()));
                assertFalse(entry.toString(), text.contains(p.name().toLowerCase()));
                assertFalse(entry.toString(), text.contains(p.code().replace('-', ' ')));
            }
        }
    }

    @Test
    public void consentHistoryNeverNamesThePerspectivesDeclared() {
        service.declareOwn("alice", DeclarationForm.own(List.of("lived-experience"), true, "mine", false));
        service.withdraw("alice", ALICE);

        for (ConsentEvent event : store.history(ALICE)) {
            assertFalse(event.toString().toLowerCase().contains("lived"));
            assertFalse(event.toString().contains("mine"));
        }
    }
}
