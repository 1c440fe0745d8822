package app.alongside.confluence.perspective.persistence;

import app.alongside.perspective.Consent;
import app.alongside.perspective.ConsentEvent;
import app.alongside.perspective.ConsentMethod;
import app.alongside.perspective.ConsentPurpose;
import app.alongside.perspective.Declaration;
import app.alongside.perspective.OnBehalfNote;
import app.alongside.perspective.Perspective;
import app.alongside.perspective.SubjectKey;
import app.alongside.testsupport.ao.ActiveObjectsRule;
import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.ActiveObjectsException;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static app.alongside.confluence.perspective.persistence.SampleDeclarations.MORNING;
import static app.alongside.confluence.perspective.persistence.SampleDeclarations.given;
import static app.alongside.confluence.perspective.persistence.SampleDeclarations.note;
import static app.alongside.confluence.perspective.persistence.SampleDeclarations.own;
import static app.alongside.confluence.perspective.persistence.SampleDeclarations.withdrawn;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** Private declarations and consent history on a real database: H2, or PostgreSQL with -Dalongside.db=postgres. */
public class AoPerspectiveStoreTest {

    @ClassRule
    @Rule
    public static final ActiveObjectsRule AO = ActiveObjectsRule.forEntities(
            DeclarationEntity.class, ConsentEventEntity.class);

    private static final SubjectKey ALEX = SubjectKey.user("8a7f808a");
    private static final SubjectKey SAM = SubjectKey.participantPage(4242);

    private final AoPerspectiveStore store = new AoPerspectiveStore(AO.activeObjects());

    @Test
    public void nothingIsHeldAboutSomeoneWhoNeverDeclared() {
        assertEquals(Optional.empty(), store.current(ALEX));
        assertEquals(List.of(), store.history(ALEX));
    }

    @Test
    public void everythingAnOwnDeclarationRecordsComesBack() {
        Declaration declaration = new Declaration(ALEX,
                Set.of(Perspective.PEER_WORKER, Perspective.LIVED_EXPERIENCE),
                Optional.of("Zoë: I’ve used services 🙂 — <b>and</b> ‘work’ in them; 東京"), true,
                new Consent(ConsentPurpose.TOTALS_ONLY, MORNING, "8a7f808a", ConsentMethod.SELF, Optional.empty()),
                1, MORNING, "8a7f808a");

        store.save(declaration, given(ALEX, 1, MORNING));

        assertEquals(Optional.of(declaration), store.current(ALEX));
    }

    @Test
    public void aDeclarationOnSomeonesBehalfKeepsTheNoteOfTheirConsent() {
        Instant at = MORNING.plusSeconds(60);
        Declaration declaration = new Declaration(SAM, Set.of(Perspective.CARER_OR_FAMILY), Optional.empty(), false,
                new Consent(ConsentPurpose.TOTALS_ONLY, at, "u-facilitator", ConsentMethod.ON_BEHALF,
                        Optional.of(note())), 1, at, "u-facilitator");
        ConsentEvent event = new ConsentEvent(SAM, ConsentEvent.Kind.GIVEN, 1, at, "u-facilitator",
                ConsentMethod.ON_BEHALF, Optional.of(note()));

        store.save(declaration, event);

        assertEquals(Optional.of(declaration), store.current(SAM));
        assertEquals(List.of(event), store.history(SAM));
    }

    @Test
    public void longOwnWordsAndNotesInAnyScriptComeBackWhole() {
        String words = "🙂ب東".repeat(Declaration.MAX_OWN_WORDS / 3);
        String long500 = "ł".repeat(OnBehalfNote.MAX_LENGTH);
        OnBehalfNote note = new OnBehalfNote(long500, java.time.LocalDate.of(2026, 1, 31), "😀".repeat(500));
        Declaration declaration = new Declaration(SAM, Set.of(Perspective.PREFER_NOT_TO_SAY), Optional.of(words),
                false, new Consent(ConsentPurpose.TOTALS_ONLY, MORNING, "u-f", ConsentMethod.ON_BEHALF,
                Optional.of(note)), 3, MORNING, "u-f");

        store.save(declaration, given(SAM, 3, MORNING));

        assertEquals(Optional.of(declaration), store.current(SAM));
    }

    @Test
    public void aChangeReplacesTheDeclarationAndAddsToTheHistory() {
        store.save(own(ALEX, 1, MORNING, Perspective.LIVED_EXPERIENCE), given(ALEX, 1, MORNING));
        Instant later = MORNING.plus(Duration.ofDays(2));
        Declaration changed = own(ALEX, 2, later, Perspective.STAFF_OR_PRACTITIONER);

        store.save(changed, given(ALEX, 2, later));

        assertEquals(Optional.of(changed), store.current(ALEX));
        assertEquals(List.of(given(ALEX, 1, MORNING), given(ALEX, 2, later)), store.history(ALEX));
        assertEquals(1, AO.activeObjects().count(DeclarationEntity.class, "SUBJECT_KEY = ?", ALEX.value()));
    }

    @Test
    public void withdrawingDeletesTheDeclarationAtOnceAndTheHistorySaysWhenButNotWhat() {
        store.save(own(ALEX, 1, MORNING, Perspective.LIVED_EXPERIENCE), given(ALEX, 1, MORNING));
        Instant later = MORNING.plusSeconds(3600);

        assertTrue(store.withdraw(ALEX, withdrawn(ALEX, 1, later)));

        assertEquals(Optional.empty(), store.current(ALEX));
        assertEquals(0, store.countLivedExperience(List.of(ALEX)));
        assertEquals(List.of(given(ALEX, 1, MORNING), withdrawn(ALEX, 1, later)), store.history(ALEX));
    }

    @Test
    public void withdrawingWhatIsNotThereAppendsNothing() {
        assertFalse(store.withdraw(ALEX, withdrawn(ALEX, 1, MORNING)));

        assertEquals(List.of(), store.history(ALEX));
    }

    @Test
    public void aSaveThatFailsHalfwayLeavesTheOldDeclarationAndHistory() {
        store.save(own(ALEX, 1, MORNING, Perspective.LIVED_EXPERIENCE), given(ALEX, 1, MORNING));
        ConsentEvent unstorable = new ConsentEvent(ALEX, ConsentEvent.Kind.UPDATED, 2, MORNING.plusSeconds(1),
                "x".repeat(300), ConsentMethod.SELF, Optional.empty()); // longer than its column

        assertThrows(ActiveObjectsException.class,
                () -> store.save(own(ALEX, 2, MORNING.plusSeconds(1), Perspective.COMMUNITY_PARTNER), unstorable));

        assertEquals(Optional.of(own(ALEX, 1, MORNING, Perspective.LIVED_EXPERIENCE)), store.current(ALEX));
        assertEquals(List.of(given(ALEX, 1, MORNING)), store.history(ALEX));
    }

    @Test
    public void aWithdrawalThatFailsHalfwayKeepsTheDeclaration() {
        store.save(own(ALEX, 1, MORNING, Perspective.LIVED_EXPERIENCE), given(ALEX, 1, MORNING));
        ConsentEvent unstorable = new ConsentEvent(ALEX, ConsentEvent.Kind.WITHDRAWN, 1, MORNING.plusSeconds(1),
                "x".repeat(300), ConsentMethod.SELF, Optional.empty());

        assertThrows(ActiveObjectsException.class, () -> store.withdraw(ALEX, unstorable));

        assertTrue(store.current(ALEX).isPresent());
    }

    @Test
    public void anEventAboutSomeoneElseIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> store.save(own(ALEX, 1, MORNING, Perspective.LIVED_EXPERIENCE), given(SAM, 1, MORNING)));
        assertThrows(IllegalArgumentException.class, () -> store.withdraw(ALEX, withdrawn(SAM, 1, MORNING)));
    }

    @Test
    public void livedExperienceCountsLivedExperienceCarersAndPeerWorkersOnlyAmongTheGivenSubjects() {
        save(SubjectKey.user("le"), Perspective.LIVED_EXPERIENCE);
        save(SubjectKey.user("carer"), Perspective.CARER_OR_FAMILY, Perspective.STAFF_OR_PRACTITIONER);
        save(SubjectKey.user("peer"), Perspective.PEER_WORKER);
        save(SubjectKey.user("staff"), Perspective.STAFF_OR_PRACTITIONER);
        save(SubjectKey.user("partner"), Perspective.COMMUNITY_PARTNER);
        save(SubjectKey.user("private"), Perspective.PREFER_NOT_TO_SAY);
        save(SubjectKey.participantPage(7), Perspective.LIVED_EXPERIENCE);

        assertEquals(4, store.countLivedExperience(List.of(SubjectKey.user("le"), SubjectKey.user("carer"),
                SubjectKey.user("peer"), SubjectKey.user("staff"), SubjectKey.user("partner"),
                SubjectKey.user("private"), SubjectKey.participantPage(7), SubjectKey.user("never-declared"))));
        assertEquals(1, store.countLivedExperience(List.of(SubjectKey.user("le"), SubjectKey.user("le"))));
        assertEquals(0, store.countLivedExperience(List.of(SubjectKey.user("staff"))));
        assertEquals(0, store.countLivedExperience(List.of()));
    }

    @Test
    public void whoHasLivedExperienceAgreesWithTheCountOverManySubjects() {
        List<SubjectKey> everyone = new ArrayList<>();
        java.util.Set<SubjectKey> expected = new java.util.HashSet<>();
        for (int n = 1; n <= 1_234; n++) {
            SubjectKey subject = SubjectKey.user("u" + n);
            everyone.add(subject);
            if (n % 3 == 0) {
                save(subject, Perspective.LIVED_EXPERIENCE);
                expected.add(subject);
            } else if (n % 3 == 1) {
                save(subject, Perspective.STAFF_OR_PRACTITIONER);
            }
        }

        assertEquals(expected, store.withLivedExperience(everyone));
        assertEquals(store.countLivedExperience(everyone), store.withLivedExperience(everyone).size());
        assertEquals(java.util.Set.of(), store.withLivedExperience(List.of()));
    }

    @Test
    public void aTotalOverMoreSubjectsThanOneInListHoldsCountsEveryone() {
        List<SubjectKey> everyone = new ArrayList<>();
        for (int n = 1; n <= 1_234; n++) {
            SubjectKey subject = SubjectKey.participantPage(n);
            everyone.add(subject);
            if (n % 3 == 0) {
                save(subject, Perspective.LIVED_EXPERIENCE);
            }
        }

        assertEquals(411, store.countLivedExperience(everyone));
    }

    @Test
    public void erasureDeletesTheDeclarationAndHistoryOfThatSubjectOnly() {
        store.save(own(ALEX, 1, MORNING, Perspective.LIVED_EXPERIENCE), given(ALEX, 1, MORNING));
        store.save(own(ALEX, 2, MORNING.plusSeconds(5), Perspective.PEER_WORKER), given(ALEX, 2, MORNING.plusSeconds(5)));
        store.save(own(SAM, 1, MORNING, Perspective.CARER_OR_FAMILY), given(SAM, 1, MORNING));

        assertEquals(3, store.erase(ALEX));

        assertEquals(Optional.empty(), store.current(ALEX));
        assertEquals(List.of(), store.history(ALEX));
        assertTrue(store.current(SAM).isPresent());
        assertEquals(1, store.history(SAM).size());
        assertEquals(0, store.erase(ALEX));
    }

    @Test
    public void retentionDeletesDeclarationsAndHistoryOlderThanTheCutoff() {
        Instant cutoff = MORNING.plus(Duration.ofDays(30));
        store.save(own(ALEX, 1, MORNING, Perspective.LIVED_EXPERIENCE), given(ALEX, 1, MORNING));
        store.save(own(SAM, 1, MORNING, Perspective.CARER_OR_FAMILY), given(SAM, 1, MORNING));
        store.save(own(SAM, 2, cutoff, Perspective.CARER_OR_FAMILY), given(SAM, 2, cutoff));

        assertEquals("Alex's declaration and event, Sam's first event", 3, store.deleteOlderThan(cutoff));

        assertEquals(Optional.empty(), store.current(ALEX));
        assertEquals(List.of(), store.history(ALEX));
        assertEquals(2, store.current(SAM).orElseThrow().version());
        assertEquals(List.of(given(SAM, 2, cutoff)), store.history(SAM));
    }

    @Test
    public void aRowChangedByHandToContradictItsConsentIsRefusedRatherThanMisread() {
        ActiveObjects ao = AO.activeObjects();
        store.save(own(ALEX, 1, MORNING, Perspective.LIVED_EXPERIENCE), given(ALEX, 1, MORNING));
        for (DeclarationEntity row : ao.find(DeclarationEntity.class, "SUBJECT_KEY = ?", ALEX.value())) {
            row.setConsentMethod("ON_BEHALF");
            row.save();
        }

        assertThrows(IllegalStateException.class, () -> store.current(ALEX));
    }

    @Test
    public void perspectiveCodesALaterVersionAddedAreLeftOut() {
        store.save(own(ALEX, 1, MORNING, Perspective.LIVED_EXPERIENCE), given(ALEX, 1, MORNING));
        for (DeclarationEntity row : AO.activeObjects().find(DeclarationEntity.class, "SUBJECT_KEY = ?",
                ALEX.value())) {
            row.setPerspectives("|lived-experience|something-new|");
            row.save();
        }

        assertEquals(Set.of(Perspective.LIVED_EXPERIENCE), store.current(ALEX).orElseThrow().perspectives());
    }

    private void save(SubjectKey subject, Perspective... perspectives) {
        store.save(own(subject, 1, MORNING, perspectives), given(subject, 1, MORNING));
    }
}
