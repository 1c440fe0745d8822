package app.alongside.confluence.charter.persistence;

import app.alongside.charter.Charter;
import app.alongside.charter.CharterStatus;
import app.alongside.charter.Commitment;
import app.alongside.charter.CommitmentEvaluator;
import app.alongside.charter.Evaluation;
import app.alongside.charter.Evaluation.State;
import app.alongside.confluence.decision.persistence.AoDecisionIndex;
import app.alongside.confluence.decision.persistence.ContributionEntity;
import app.alongside.confluence.decision.persistence.DecisionEntity;
import app.alongside.confluence.decision.persistence.DecisionPersonEntity;
import app.alongside.confluence.meeting.persistence.AoMeetingIndex;
import app.alongside.confluence.meeting.persistence.MeetingChairEntity;
import app.alongside.confluence.meeting.persistence.MeetingEntity;
import app.alongside.confluence.participant.persistence.AoParticipantIndex;
import app.alongside.confluence.participant.persistence.ParticipantEntity;
import app.alongside.confluence.perspective.persistence.AoAuditLog;
import app.alongside.confluence.perspective.persistence.AoPerspectiveStore;
import app.alongside.confluence.perspective.persistence.AuditEntryEntity;
import app.alongside.confluence.perspective.persistence.ConsentEventEntity;
import app.alongside.confluence.perspective.persistence.DeclarationEntity;
import app.alongside.decision.Contribution;
import app.alongside.decision.Decision;
import app.alongside.decision.DecisionStatus;
import app.alongside.decision.Response;
import app.alongside.decision.Stage;
import app.alongside.decision.register.IndexedPage;
import app.alongside.meeting.Meeting;
import app.alongside.participant.ParticipantSubjects;
import app.alongside.people.PersonRef;
import app.alongside.perspective.DeclarationForm;
import app.alongside.perspective.InvolvementTotals;
import app.alongside.perspective.PerspectiveService;
import app.alongside.settings.InvolvementSettings;
import app.alongside.settings.SettingsRepository;
import app.alongside.settings.SettingsService;
import app.alongside.settings.SpaceOverride;
import app.alongside.confluence.reciprocity.persistence.AoLedgerStore;
import app.alongside.confluence.reciprocity.persistence.LedgerEntryEntity;
import app.alongside.perspective.SubjectKey;
import app.alongside.reciprocity.Ledger;
import app.alongside.reciprocity.LedgerActor;
import app.alongside.reciprocity.RecognitionForm;
import app.alongside.reciprocity.TimeForm;
import app.alongside.testsupport.ao.ActiveObjectsRule;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Every commitment type evaluated by core over the real stores — the decision index, the private perspective store
 * and the participant index in Active Objects — on H2, and on PostgreSQL with {@code -Dalongside.db=postgres}.
 * k is 3 (the default).
 */
public class CommitmentsOverActiveObjectsTest {

    @ClassRule
    @Rule
    public static final ActiveObjectsRule AO = ActiveObjectsRule.forEntities(DecisionEntity.class,
            DecisionPersonEntity.class, ContributionEntity.class, ParticipantEntity.class, DeclarationEntity.class,
            ConsentEventEntity.class, AuditEntryEntity.class, MeetingEntity.class, MeetingChairEntity.class,
            LedgerEntryEntity.class);

    private static final String SPACE = "RC";
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    private final AoDecisionIndex decisions = new AoDecisionIndex(AO.activeObjects(), CLOCK);
    private final AoPerspectiveStore store = new AoPerspectiveStore(AO.activeObjects());
    private final PerspectiveService perspectives = new PerspectiveService(store, new AoAuditLog(AO.activeObjects()),
            CLOCK);
    private final SettingsService settings = new SettingsService(new SettingsRepository() {
        @Override
        public Optional<InvolvementSettings> findGlobal() {
            return Optional.empty();
        }

        @Override
        public void saveGlobal(InvolvementSettings value) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<SpaceOverride> findSpace(String spaceKey) {
            return Optional.empty();
        }

        @Override
        public void saveSpace(SpaceOverride override) {
            throw new UnsupportedOperationException();
        }
    });
    private final InvolvementTotals totals = new InvolvementTotals(store,
            new ParticipantSubjects(new AoParticipantIndex(AO.activeObjects())), decisions, settings);
    private final AoMeetingIndex meetings = new AoMeetingIndex(AO.activeObjects());
        private final Ledger ledger = new Ledger(new AoLedgerStore(AO.activeObjects()),
            new AoAuditLog(AO.activeObjects()), settings, CLOCK);
    private final CommitmentEvaluator evaluator = new CommitmentEvaluator(decisions, totals, meetings, ledger);
    private long nextPage = 1;

    private void declareLivedExperience(String... users) {
        for (String user : users) {
            assertTrue(perspectives.declareOwn(user, DeclarationForm.own(List.of("lived-experience"), true, "", false))
                    .isValid());
        }
    }

    private static List<PersonRef> users(String... keys) {
        return Arrays.stream(keys).<PersonRef>map(PersonRef.User::new).toList();
    }

    private void decided(String title, LocalDate on, Map<Stage, List<PersonRef>> stages,
                         Contribution... contributions) {
        long page = nextPage++;
        decisions.replacePage(new IndexedPage(page, SPACE, "Meeting " + page, IndexedPage.ContentType.PAGE,
                List.of()), List.of(new Decision("d" + page, title, DecisionStatus.DECIDED, Optional.empty(),
                Optional.of(on), Optional.empty(), Optional.empty(), "", "", stages, List.of(contributions))));
    }

    private Evaluation evaluate(Commitment commitment) {
        Charter charter = new Charter("The group", Optional.empty(), Optional.empty(), Optional.empty(),
                CharterStatus.AGREED, Optional.of(LocalDate.of(2026, 9, 1)), Optional.empty(), List.of(SPACE),
                List.of(commitment), "");
        return evaluator.evaluate(charter, keys -> keys, ids -> ids, TODAY).get(0);
    }

    private static List<String> titles(Evaluation evaluation) {
        List<String> titles = new ArrayList<>();
        evaluation.evidence().forEach(e -> titles.add(e.title()));
        return titles;
    }

    @Test
    public void livedExperienceInEveryDecisionIsKeptBrokenOrAtRiskFromTheStores() {
        declareLivedExperience("a", "b", "c");
        decided("With lived experience", LocalDate.of(2026, 10, 1), Map.of(Stage.DECIDING,
                users("a", "b", "c", "d", "e")));
        assertEquals(State.KEPT, evaluate(new Commitment.LivedExperienceInEveryDecision(2)).state());

        decided("Too small to show", LocalDate.of(2026, 10, 8), Map.of(Stage.DECIDING, users("a", "d")));
        Evaluation atRisk = evaluate(new Commitment.LivedExperienceInEveryDecision(2));
        assertEquals(State.AT_RISK, atRisk.state());
        assertEquals(List.of("Too small to show"), titles(atRisk));

        decided("Without lived experience", LocalDate.of(2026, 10, 15), Map.of(Stage.DECIDING,
                users("d", "e", "f", "g")));
        Evaluation broken = evaluate(new Commitment.LivedExperienceInEveryDecision(2));
        assertEquals(State.BROKEN, broken.state());
        assertTrue(titles(broken).contains("Without lived experience"));
    }

    @Test
    public void withdrawingAPerspectiveChangesTheCommitmentAtOnce() {
        declareLivedExperience("a", "b", "c");
        decided("Shaped together", LocalDate.of(2026, 10, 1), Map.of(Stage.AGENDA, users("a", "b", "c", "d", "e")));
        assertEquals(State.KEPT, evaluate(new Commitment.LivedExperienceAtAgenda()).state());

        perspectives.withdraw("c", app.alongside.perspective.SubjectKey.user("c"));

        assertEquals("2 of 5 is not shown", State.AT_RISK, evaluate(new Commitment.LivedExperienceAtAgenda()).state());
    }

    @Test
    public void livedExperienceAtTheAgendaIsBrokenByAnAgendaSetWithoutIt() {
        declareLivedExperience("a", "b", "c");
        decided("Set by others", LocalDate.of(2026, 10, 1), Map.of(Stage.AGENDA, users("d", "e", "f"),
                Stage.DECIDING, users("a", "b", "c", "d")));

        Evaluation evaluation = evaluate(new Commitment.LivedExperienceAtAgenda());

        assertEquals(State.BROKEN, evaluation.state());
        assertEquals(List.of("Set by others"), titles(evaluation));
    }

    @Test
    public void youSaidLeftUnansweredPastItsDaysBreaksTheCommitment() {
        decided("Answered", LocalDate.of(2026, 10, 1), Map.of(), new Contribution("Meet in the evening",
                Optional.empty(), Optional.of(LocalDate.of(2026, 10, 1)), Response.ADOPTED, "",
                Optional.of(LocalDate.of(2026, 10, 5))));
        assertEquals(State.KEPT, evaluate(new Commitment.YouSaidAnsweredWithin(30)).state());

        decided("Waiting", LocalDate.of(2026, 9, 20), Map.of(), new Contribution("Pay people for their time",
                Optional.empty(), Optional.of(LocalDate.of(2026, 9, 20)), Response.PENDING, "", Optional.empty()));
        Evaluation evaluation = evaluate(new Commitment.YouSaidAnsweredWithin(30));

        assertEquals(State.BROKEN, evaluation.state());
        assertEquals(List.of("Waiting"), titles(evaluation));
    }

    @Test
public void theChairRotatesIsKeptBrokenOrAtRiskFromTheMeetingIndex() {
        assertEquals("no meetings yet", State.CANNOT_EVALUATE, evaluate(new Commitment.ChairRotates()).state());

        meeting("September meeting", LocalDate.of(2026, 9, 10), new PersonRef.User("ann"));
        meeting("October meeting", LocalDate.of(2026, 10, 8), new PersonRef.User("bo"), new PersonRef.Named("Cy"));
        meeting("Before the charter", LocalDate.of(2026, 8, 1), new PersonRef.User("bo"));
        meeting("Next year", LocalDate.of(2027, 1, 10), new PersonRef.Named("Cy"));
        Evaluation kept = evaluate(new Commitment.ChairRotates());
        assertEquals(State.KEPT, kept.state());
        assertEquals(List.of("September meeting", "October meeting"), titles(kept));

        long silent = meeting("November meeting", LocalDate.of(2026, 11, 5));
        Evaluation atRisk = evaluate(new Commitment.ChairRotates());
        assertEquals(State.AT_RISK, atRisk.state());
        assertEquals(List.of("November meeting"), titles(atRisk));

        meetings.replacePage(page(silent, "November meeting"), new Meeting(Optional.of(LocalDate.of(2026, 11, 5)),
                List.of(new PersonRef.Named("Cy"))));
        Evaluation broken = evaluate(new Commitment.ChairRotates());
        assertEquals(State.BROKEN, broken.state());
        assertEquals(List.of("October meeting", "November meeting"), titles(broken));

        meetings.setTrashed(silent, true);
        assertEquals(State.KEPT, evaluate(new Commitment.ChairRotates()).state());
    }

    private long meeting(String title, LocalDate on, PersonRef... chairs) {
        long page = nextPage++;
        meetings.replacePage(page(page, title), new Meeting(Optional.of(on), List.of(chairs)));
        return page;
    }

    private static IndexedPage page(long id, String title) {
        return new IndexedPage(id, SPACE, title, IndexedPage.ContentType.PAGE, List.of());
    }

    // --- recognised within N days, from the ledger in Active Objects

    @Test
    public void recognitionIsKeptAtRiskAndBrokenFromTheLedgerWithMonthsNotPeople() {
        assertEquals(State.CANNOT_EVALUATE, evaluate(new Commitment.RecognisedWithin(30)).state());

        give(List.of("a", "b", "c"), "2026-09-10", "paid", "2026-09-20");
        assertEquals(State.KEPT, evaluate(new Commitment.RecognisedWithin(30)).state());

        give(List.of("d"), "2026-11-01", "owed", ""); // due 1 December: within 7 days of 29 November
        Evaluation atRisk = evaluate(new Commitment.RecognisedWithin(30));
        assertEquals(State.AT_RISK, atRisk.state());
        assertTrue(atRisk.reasons().contains(app.alongside.evidence.Reason.of(
                "alongside.charter.reason.recognised.month.dueSoon.some", java.time.YearMonth.of(2026, 11))));

        give(List.of("a", "b", "c"), "2026-10-01", "owed", ""); // due 31 October: overdue
        Evaluation broken = evaluate(new Commitment.RecognisedWithin(30));
        assertEquals(State.BROKEN, broken.state());
        assertTrue(broken.reasons().contains(app.alongside.evidence.Reason.of(
                "alongside.charter.reason.recognised.month.overdue", java.time.YearMonth.of(2026, 10), 3)));
        assertEquals("no evidence row: a ledger entry is a person's", List.of(), broken.evidence());
        assertTrue(broken.reasons().stream().flatMap(r -> r.arguments().stream())
                .noneMatch(argument -> argument.startsWith("user:") || List.of("a", "b", "c", "d")
                        .contains(argument)));
    }

    @Test
    public void recognitionGivenBeforeTheCharterWasAgreedDoesNotCount() {
        give(List.of("a"), "2026-08-01", "owed", "");

        assertEquals(State.CANNOT_EVALUATE, evaluate(new Commitment.RecognisedWithin(30)).state());
    }

    private void give(List<String> users, String on, String state, String paidOn) {
        assertTrue(ledger.record(LedgerActor.facilitator("fran"), SPACE,
                users.stream().map(SubjectKey::user).toList(), new TimeForm(on, "Group meeting", "2 hours", ""),
                new RecognitionForm("payment", "£20", state, paidOn, false)).isValid());
    }
}
