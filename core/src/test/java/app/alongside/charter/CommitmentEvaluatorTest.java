package app.alongside.charter;

import app.alongside.reciprocity.RecognitionTimeliness;
import app.alongside.decision.register.SpaceVisibility;
import app.alongside.evidence.Evidence;
import app.alongside.evidence.Reason;
import app.alongside.charter.Evaluation.State;
import app.alongside.decision.Contribution;
import app.alongside.decision.Decision;
import app.alongside.decision.DecisionStatus;
import app.alongside.decision.Response;
import app.alongside.decision.Stage;
import app.alongside.decision.register.InMemoryDecisionIndex;
import app.alongside.decision.register.IndexedPage;
import app.alongside.decision.register.PageVisibility;
import app.alongside.meeting.InMemoryMeetingIndex;
import app.alongside.participant.InMemoryParticipantIndex;
import app.alongside.participant.ParticipantSubjects;
import app.alongside.people.PersonRef;
import app.alongside.perspective.DeclarationForm;
import app.alongside.perspective.InMemoryAuditLog;
import app.alongside.perspective.InMemoryPerspectiveStore;
import app.alongside.perspective.InvolvementTotals;
import app.alongside.perspective.MutableClock;
import app.alongside.perspective.PerspectiveService;
import app.alongside.settings.InvolvementSettings;
import app.alongside.settings.ParityFraction;
import app.alongside.settings.SettingsRepository;
import app.alongside.settings.SettingsService;
import app.alongside.settings.SpaceOverride;
import org.junit.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class CommitmentEvaluatorTest {

    private static final String SPACE = "COPRO";
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final LocalDate AGREED = LocalDate.of(2026, 9, 1);
    private static final PageVisibility SEES_ALL_PAGES = ids -> ids;
    private static final SpaceVisibility SEES_ALL_SPACES = keys -> keys;
    private static final Commitment EVERY_TWO = new Commitment.LivedExperienceInEveryDecision(2);
    private static final Commitment AT_AGENDA = new Commitment.LivedExperienceAtAgenda();
    private static final Commitment ANSWERED_30 = new Commitment.YouSaidAnsweredWithin(30);

    private final Fixture fixture = new Fixture(3);
    private long nextPage = 1;

    // --- at least N people with lived experience in every decision

    @Test
    public void everyDecisionWithEnoughLivedExperienceShownKeepsTheCommitment() {
        fixture.declareLivedExperience("a", "b", "c");
        add(decided("d1", LocalDate.of(2026, 10, 1), Map.of(Stage.DECIDING, users("a", "b", "c", "d", "e"))));

        Evaluation evaluation = only(EVERY_TWO);

        assertEquals(State.KEPT, evaluation.state());
        assertTrue(evaluation.reasons().contains(Reason.of("alongside.charter.reason.every.kept", 2)));
        assertEquals(List.of(), evaluation.evidence());
    }

    @Test
    public void aDecisionWhoseShownTotalIsBelowNBreaksTheCommitmentWithThatDecisionAsEvidence() {
        fixture.declareLivedExperience("a", "b", "c");
        add(decided("d1", LocalDate.of(2026, 10, 1), Map.of(Stage.DECIDING, users("a", "b", "c", "d", "e"))));
        long page = nextPage;
        long broken = add(decided("d2", LocalDate.of(2026, 10, 8), Map.of(Stage.DECIDING, users("d", "e", "f", "g"))));

        Evaluation evaluation = only(EVERY_TWO);

        assertEquals(State.BROKEN, evaluation.state());
        assertEquals(List.of(Evidence.ofDecision(broken, page, "Decision d2", Optional.of(LocalDate.of(2026, 10, 8)),
                "alongside.charter.evidence.below")), evaluation.evidence());
        assertTrue(evaluation.reasons().contains(Reason.of("alongside.charter.reason.every.broken", 2)));
    }

    @Test
    public void aTotalNotShownPutsTheCommitmentAtRiskAndSaysWhyWithoutANumber() {
        fixture.declareLivedExperience("a");
        long page = nextPage;
        long hidden = add(decided("d1", LocalDate.of(2026, 10, 1), Map.of(Stage.DECIDING, users("a", "b", "c", "d"))));

        Evaluation evaluation = only(EVERY_TWO);

        assertEquals(State.AT_RISK, evaluation.state());
        assertEquals(List.of(Evidence.ofDecision(hidden, page, "Decision d1", Optional.of(LocalDate.of(2026, 10, 1)),
                "alongside.totals.notshown.could-identify")), evaluation.evidence());
        assertTrue(evaluation.reasons().contains(Reason.of("alongside.charter.reason.notShownBelow", 3)));
    }

    @Test
    public void noDecisionsSinceTheCharterWasAgreedCannotBeEvaluated() {
        fixture.declareLivedExperience("a", "b", "c");
        add(decided("before", LocalDate.of(2026, 8, 1), Map.of(Stage.DECIDING, users("d", "e", "f"))));
        add(decision("proposed", DecisionStatus.PROPOSED, Optional.empty(), Map.of(Stage.AGENDA, users("d", "e", "f")),
                List.of()));

        Evaluation evaluation = only(EVERY_TWO);

        assertEquals(State.CANNOT_EVALUATE, evaluation.state());
        assertTrue(evaluation.reasons().contains(Reason.of("alongside.charter.reason.noDecisions")));
    }

    @Test
    public void aCharterWithoutAnAgreedDateIsCheckedAgainstEveryDecisionUpToToday() {
        fixture.declareLivedExperience("a", "b", "c");
        add(decided("old", LocalDate.of(2020, 1, 1), Map.of(Stage.DECIDING, users("d", "e", "f"))));
        add(decided("future", LocalDate.of(2027, 1, 1), Map.of(Stage.DECIDING, users("g", "h", "i"))));

        Evaluation evaluation = new CommitmentEvaluator(fixture.index, fixture.totals, fixture.meetings,
                RecognitionTimeliness.NONE).evaluate(
                charter(Optional.empty(), List.of(SPACE), EVERY_TWO), SEES_ALL_SPACES, SEES_ALL_PAGES, TODAY).get(0);

        assertEquals(State.BROKEN, evaluation.state());
        assertEquals(List.of("Decision old"), evaluation.evidence().stream().map(Evidence::title).toList());
    }

    // --- lived experience at the agenda stage

    @Test
    public void livedExperienceShownAtEveryAgendaKeepsTheCommitment() {
        fixture.declareLivedExperience("a", "b", "c");
        add(decided("d1", LocalDate.of(2026, 10, 1), Map.of(Stage.AGENDA, users("a", "b", "c", "d"))));

        assertEquals(State.KEPT, only(AT_AGENDA).state());
    }

    @Test
    public void anAgendaSetWithNoLivedExperienceBreaksTheCommitment() {
        fixture.declareLivedExperience("a", "b", "c");
        add(decided("d1", LocalDate.of(2026, 10, 1),
                Map.of(Stage.AGENDA, users("d", "e", "f"), Stage.DECIDING, users("a", "b", "c", "d"))));

        Evaluation evaluation = only(AT_AGENDA);

        assertEquals(State.BROKEN, evaluation.state());
        assertEquals("alongside.charter.evidence.noneAtAgenda", evaluation.evidence().get(0).note());
    }

    @Test
    public void anAgendaTooSmallToShowPutsTheCommitmentAtRisk() {
        fixture.declareLivedExperience("a");
        add(decided("d1", LocalDate.of(2026, 10, 1), Map.of(Stage.AGENDA, users("a", "b"))));

        Evaluation evaluation = only(AT_AGENDA);

        assertEquals(State.AT_RISK, evaluation.state());
        assertEquals("alongside.totals.notshown.group-too-small", evaluation.evidence().get(0).note());
    }

    @Test
    public void noDecisionsMeansTheAgendaCommitmentCannotBeEvaluated() {
        assertEquals(State.CANNOT_EVALUATE, only(AT_AGENDA).state());
    }

    // --- every "you said" answered within D days

    @Test
    public void everyYouSaidAnsweredKeepsTheCommitment() {
        add(decided("d1", LocalDate.of(2026, 10, 1), Map.of(),
                said(Optional.of(LocalDate.of(2026, 9, 20)), Response.ADOPTED, "")));

        Evaluation evaluation = only(ANSWERED_30);

        assertEquals(State.KEPT, evaluation.state());
        assertTrue(evaluation.reasons().contains(Reason.of("alongside.charter.reason.youSaid.kept", 30)));
    }

    @Test
    public void noYouSaidYetKeepsTheCommitmentAndSaysSo() {
        add(decided("d1", LocalDate.of(2026, 10, 1), Map.of()));

        Evaluation evaluation = only(ANSWERED_30);

        assertEquals(State.KEPT, evaluation.state());
        assertTrue(evaluation.reasons().contains(Reason.of("alongside.charter.reason.youSaid.none")));
    }

    @Test
    public void aYouSaidPendingPastTheDeadlineBreaksTheCommitmentWithItsDate() {
        LocalDate said = LocalDate.of(2026, 10, 1);
        long page = nextPage;
        long id = add(decided("d1", LocalDate.of(2026, 10, 20), Map.of(), said(Optional.of(said), Response.PENDING, ""),
                said(Optional.of(said), Response.ADOPTED, "")));

        Evaluation evaluation = only(ANSWERED_30);

        assertEquals(State.BROKEN, evaluation.state());
        assertEquals(List.of(Evidence.ofDecision(id, page, "Decision d1", Optional.of(said), "alongside.charter.evidence.overdue")),
                evaluation.evidence());
    }

    @Test
    public void weCouldNotWithoutBecauseIsNotAnAnswer() {
        add(decided("d1", LocalDate.of(2026, 10, 20), Map.of(),
                said(Optional.of(LocalDate.of(2026, 10, 1)), Response.NOT_ADOPTED, "")));

        assertEquals(State.BROKEN, only(ANSWERED_30).state());
    }

    @Test
    public void aYouSaidPendingInTheLastWeekBeforeItsDeadlineIsAtRisk() {
        add(decided("d1", LocalDate.of(2026, 11, 6), Map.of(),
                said(Optional.of(LocalDate.of(2026, 11, 5)), Response.PENDING, "")));

        Evaluation evaluation = only(ANSWERED_30);

        assertEquals(State.AT_RISK, evaluation.state());
        assertEquals("alongside.charter.evidence.dueSoon", evaluation.evidence().get(0).note());
    }

    @Test
    public void aYouSaidPendingWellWithinItsTimeIsKept() {
        add(decided("d1", LocalDate.of(2026, 11, 25), Map.of(),
                said(Optional.of(LocalDate.of(2026, 11, 25)), Response.PENDING, "")));

        assertEquals(State.KEPT, only(ANSWERED_30).state());
    }

    @Test
    public void aYouSaidWithoutItsOwnDateIsDatedByItsDecision() {
        add(decided("d1", LocalDate.of(2026, 10, 1), Map.of(), said(Optional.empty(), Response.PENDING, "")));

        Evaluation evaluation = only(ANSWERED_30);

        assertEquals(State.BROKEN, evaluation.state());
        assertEquals(Optional.of(LocalDate.of(2026, 10, 1)), evaluation.evidence().get(0).date());
    }

    @Test
    public void aYouSaidThatCannotBeDatedIsSaidPlainlyAndNotCalledKept() {
        add(decision("d1", DecisionStatus.UNDER_DISCUSSION, Optional.empty(), Map.of(),
                List.of(said(Optional.empty(), Response.PENDING, ""))));

        Evaluation evaluation = only(ANSWERED_30);

        assertEquals(State.AT_RISK, evaluation.state());
        assertTrue(evaluation.reasons().contains(Reason.of("alongside.charter.reason.youSaid.undated")));
        assertEquals(Optional.empty(), evaluation.evidence().get(0).date());
    }

    @Test
    public void youSaidBeforeTheCharterWasAgreedIsNotHeldAgainstIt() {
        add(decided("d1", LocalDate.of(2026, 7, 1), Map.of(),
                said(Optional.of(LocalDate.of(2026, 7, 1)), Response.PENDING, "")));

        Evaluation evaluation = only(ANSWERED_30);

        assertEquals(State.KEPT, evaluation.state());
        assertTrue(evaluation.reasons().contains(Reason.of("alongside.charter.reason.youSaid.none")));
    }

    @Test
    public void aYouSaidCommitmentWithNoVisibleSpaceCannotBeEvaluated() {
        Evaluation evaluation = evaluator().evaluate(charter(Optional.of(AGREED), List.of(SPACE), ANSWERED_30),
                keys -> Set.of(), SEES_ALL_PAGES, TODAY).get(0);

        assertEquals(State.CANNOT_EVALUATE, evaluation.state());
    }

    // --- commitments with no data yet

    @Test
    public void recognitionCannotBeEvaluatedWhileTheLedgerHoldsNothing() {
        Evaluation evaluation = only(new Commitment.RecognisedWithin(30));

        assertEquals(State.CANNOT_EVALUATE, evaluation.state());
        assertEquals(List.of(Reason.of("alongside.charter.reason.since", AGREED),
                Reason.of("alongside.charter.reason.recognised.none")), evaluation.reasons());
    }

    // --- what the viewer may see

    @Test
    public void decisionsOnPagesTheViewerCannotSeeAreLeftOut() {
        fixture.declareLivedExperience("a", "b", "c");
        add(decided("seen", LocalDate.of(2026, 10, 1), Map.of(Stage.DECIDING, users("a", "b", "c", "d"))));
        long hiddenPage = nextPage;
        add(decided("restricted", LocalDate.of(2026, 10, 2), Map.of(Stage.DECIDING, users("d", "e", "f"))));
        PageVisibility notTheRestricted = ids -> {
            Set<Long> visible = new HashSet<>(ids);
            visible.remove(hiddenPage);
            return visible;
        };

        List<Evaluation> evaluations = evaluator().evaluate(charter(Optional.of(AGREED), List.of(SPACE), EVERY_TWO),
                SEES_ALL_SPACES, notTheRestricted, TODAY);

        assertEquals(State.KEPT, evaluations.get(0).state());
        assertEquals(State.BROKEN, only(EVERY_TWO).state());
    }

    @Test
    public void aSpaceTheViewerCannotSeeIsNamedAndOnlyVisibleSpacesAreUsed() {
        fixture.declareLivedExperience("a", "b", "c");
        add(decided("seen", LocalDate.of(2026, 10, 1), Map.of(Stage.DECIDING, users("a", "b", "c", "d"))));
        addIn("SECRET", decided("other", LocalDate.of(2026, 10, 2), Map.of(Stage.DECIDING, users("d", "e", "f"))));

        Evaluation evaluation = evaluator().evaluate(charter(Optional.of(AGREED), List.of(SPACE, "SECRET"), EVERY_TWO),
                keys -> Set.of(SPACE), SEES_ALL_PAGES, TODAY).get(0);

        assertEquals(State.KEPT, evaluation.state());
        assertTrue(evaluation.reasons().contains(Reason.of("alongside.charter.reason.space.hidden", "SECRET")));
    }

    @Test
    public void noVisibleSpaceMeansNothingCanBeEvaluated() {
        add(decided("d1", LocalDate.of(2026, 10, 1), Map.of(Stage.DECIDING, users("d", "e", "f"))));

        List<Evaluation> evaluations = evaluator().evaluate(
                charter(Optional.of(AGREED), List.of(SPACE), EVERY_TWO, AT_AGENDA), keys -> Set.of(), SEES_ALL_PAGES, TODAY);

        for (Evaluation evaluation : evaluations) {
            assertEquals(State.CANNOT_EVALUATE, evaluation.state());
            assertTrue(evaluation.reasons().contains(Reason.of("alongside.charter.reason.space.hidden", SPACE)));
            assertTrue(evaluation.reasons().contains(Reason.of("alongside.charter.reason.space.noneVisible")));
            assertEquals(List.of(), evaluation.evidence());
        }
    }

    @Test
    public void moreDecisionsThanTheLimitAreCutAndTheEvaluationSaysSo() {
        for (int i = 0; i < CommitmentEvaluator.MAX_DECISIONS + 1; i++) {
            add(decided("d" + i, LocalDate.of(2026, 10, 1).plusDays(i % 50), Map.of()));
        }

        Evaluation evaluation = only(EVERY_TWO);

        assertTrue(evaluation.reasons().contains(Reason.of("alongside.charter.reason.truncated",
                CommitmentEvaluator.MAX_DECISIONS)));
        assertEquals(CommitmentEvaluator.MAX_DECISIONS, evaluation.evidence().size());
    }

    @Test
    public void exactlyTheLimitIsNotCalledCut() {
        for (int i = 0; i < CommitmentEvaluator.MAX_DECISIONS; i++) {
            add(decided("d" + i, LocalDate.of(2026, 10, 1), Map.of()));
        }

        assertFalse(only(EVERY_TWO).reasons().stream()
                .anyMatch(r -> r.messageKey().equals("alongside.charter.reason.truncated")));
    }

    @Test
    public void aCharterWithoutCommitmentsHasNothingToEvaluate() {
        assertEquals(List.of(), evaluator().evaluate(charter(Optional.of(AGREED), List.of(SPACE)),
                SEES_ALL_SPACES, SEES_ALL_PAGES, TODAY));
    }

    // --- suppression, over many random groups

    @Test
    public void aSuppressedTotalIsNeverTurnedIntoANumberOrABreach() {
        Random random = new Random(20261129L);
        Set<State> seen = new HashSet<>();
        for (int trial = 0; trial < 200; trial++) {
            int k = 3 + random.nextInt(3);
            Fixture world = new Fixture(k);
            List<String> pool = new ArrayList<>();
            for (int p = 0; p < 12; p++) {
                pool.add("u" + p);
                if (random.nextInt(10) < 4) {
                    world.declareLivedExperience("u" + p);
                }
            }
            Map<Long, Integer> trueEvery = new java.util.HashMap<>();
            Map<Long, Integer> trueAgenda = new java.util.HashMap<>();
            int decisions = 1 + random.nextInt(6);
            for (int d = 0; d < decisions; d++) {
                List<String> agenda = pick(pool, random);
                List<String> deciding = pick(pool, random);
                EnumMap<Stage, List<PersonRef>> stages = new EnumMap<>(Stage.class);
                stages.put(Stage.AGENDA, users(agenda.toArray(String[]::new)));
                stages.put(Stage.DECIDING, users(deciding.toArray(String[]::new)));
                long page = 1000L + d;
                long id = world.index.add(new IndexedPage(page, SPACE, "Meeting", IndexedPage.ContentType.PAGE, List.of()),
                        decided("d" + d, LocalDate.of(2026, 10, 1).plusDays(d), stages)).get(0);
                Set<String> everyone = new HashSet<>(agenda);
                everyone.addAll(deciding);
                trueEvery.put(id, (int) everyone.stream().filter(world.livedExperience::contains).count());
                trueAgenda.put(id, (int) agenda.stream().filter(world.livedExperience::contains).count());
            }
            int atLeast = 1 + random.nextInt(k + 2);
            List<Evaluation> evaluations = new CommitmentEvaluator(world.index, world.totals,
                    new InMemoryMeetingIndex(), RecognitionTimeliness.NONE).evaluate(
                    charter(Optional.of(AGREED), List.of(SPACE), new Commitment.LivedExperienceInEveryDecision(atLeast),
                            AT_AGENDA), SEES_ALL_SPACES, SEES_ALL_PAGES, TODAY);

            assertNoCountLeaks(evaluations.get(0), trueEvery, k, new HashSet<>(List.of(String.valueOf(atLeast), String.valueOf(k))));
            assertNoCountLeaks(evaluations.get(1), trueAgenda, k, Set.of("1", String.valueOf(k)));
            evaluations.forEach(e -> seen.add(e.state()));
        }
        // The random groups reach every state a register can give, so the checks above are not vacuous.
        assertEquals(Set.of(State.KEPT, State.AT_RISK, State.BROKEN), seen);
    }

    private static void assertNoCountLeaks(Evaluation evaluation, Map<Long, Integer> truth, int k, Set<String> allowed) {
        for (Evidence evidence : evaluation.evidence()) {
            assertFalse("a note carries a number: " + evidence.note(), evidence.note().matches(".*\\d.*"));
            int count = truth.get(evidence.decisionId().getAsLong());
            boolean suppressed = count > 0 && count < k;
            if (suppressed) {
                assertTrue("a suppressed total was used as a breach: " + evidence,
                        evidence.note().startsWith("alongside.totals.notshown."));
            }
        }
        for (Reason reason : evaluation.reasons()) {
            for (String argument : reason.arguments()) {
                if (argument.matches("\\d+") && Integer.parseInt(argument) >= 1 && Integer.parseInt(argument) < k) {
                    assertTrue("a reason carries a small number: " + reason, allowed.contains(argument));
                }
            }
        }
        if (evaluation.state() == State.BROKEN) {
            assertTrue(evaluation.evidence().stream().anyMatch(e -> !e.note().startsWith("alongside.totals.notshown.")));
        }
    }

    private static List<String> pick(List<String> pool, Random random) {
        List<String> chosen = new ArrayList<>();
        for (String person : pool) {
            if (random.nextInt(10) < 3) {
                chosen.add(person);
            }
        }
        return chosen;
    }

    // --- fixtures

    private Evaluation only(Commitment commitment) {
        List<Evaluation> evaluations = evaluator().evaluate(charter(Optional.of(AGREED), List.of(SPACE), commitment),
                SEES_ALL_SPACES, SEES_ALL_PAGES, TODAY);
        assertEquals(1, evaluations.size());
        assertEquals(commitment, evaluations.get(0).commitment());
        return evaluations.get(0);
    }

    private CommitmentEvaluator evaluator() {
        return new CommitmentEvaluator(fixture.index, fixture.totals, fixture.meetings, RecognitionTimeliness.NONE);
    }

    private static Charter charter(Optional<LocalDate> agreedOn, List<String> spaces, Commitment... commitments) {
        return new Charter("The group", Optional.empty(), Optional.empty(), Optional.empty(), CharterStatus.AGREED,
                agreedOn, Optional.empty(), spaces, List.of(commitments), "");
    }

    private long add(Decision decision) {
        return addIn(SPACE, decision);
    }

    private long addIn(String space, Decision decision) {
        long page = nextPage++;
        return fixture.index.add(new IndexedPage(page, space, "Meeting " + page, IndexedPage.ContentType.PAGE, List.of()),
                decision).get(0);
    }

    private static Decision decided(String id, LocalDate on, Map<Stage, List<PersonRef>> stages, Contribution... said) {
        return decision(id, DecisionStatus.DECIDED, Optional.of(on), stages, List.of(said));
    }

    private static Decision decision(String id, DecisionStatus status, Optional<LocalDate> on,
                                     Map<Stage, List<PersonRef>> stages, List<Contribution> contributions) {
        EnumMap<Stage, List<PersonRef>> copy = new EnumMap<>(Stage.class);
        copy.putAll(stages);
        return new Decision(id, "Decision " + id, status, Optional.empty(), on, Optional.empty(), Optional.empty(), "", "",
                copy, contributions);
    }

    private static Contribution said(Optional<LocalDate> on, Response response, String answer) {
        return new Contribution("Meet somewhere with step-free access", Optional.empty(), on, response, answer,
                Optional.empty());
    }

    private static List<PersonRef> users(String... keys) {
        List<PersonRef> people = new ArrayList<>();
        for (String key : keys) {
            people.add(new PersonRef.User(key));
        }
        return people;
    }

    /** The real totals over the in-memory stores, with threshold k everywhere. */
    private static final class Fixture {
        final InMemoryDecisionIndex index = new InMemoryDecisionIndex(TODAY);
        final InMemoryMeetingIndex meetings = new InMemoryMeetingIndex();
        final InMemoryPerspectiveStore store = new InMemoryPerspectiveStore();
        final PerspectiveService perspectives = new PerspectiveService(store, new InMemoryAuditLog(),
                new MutableClock(Instant.parse("2026-11-29T10:00:00Z")), new Random(1));
        final InvolvementTotals totals;
        final Set<String> livedExperience = new HashSet<>();

        Fixture(int k) {
            InvolvementSettings global = new InvolvementSettings(k, ParityFraction.ONE_THIRD);
            totals = new InvolvementTotals(store, new ParticipantSubjects(new InMemoryParticipantIndex()), index,
                    new SettingsService(new GlobalOnly(global)));
        }

        void declareLivedExperience(String... userKeys) {
            for (String key : userKeys) {
                perspectives.declareOwn(key, DeclarationForm.own(List.of("lived-experience"), true, null, false)).get();
                livedExperience.add(key);
            }
        }
    }

    private record GlobalOnly(InvolvementSettings global) implements SettingsRepository {
        @Override
        public Optional<InvolvementSettings> findGlobal() {
            return Optional.of(global);
        }

        @Override
        public void saveGlobal(InvolvementSettings settings) {
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
    }
}
