package app.alongside.charter;

import app.alongside.charter.Evaluation.State;
import app.alongside.decision.register.InMemoryDecisionIndex;
import app.alongside.decision.register.PageVisibility;
import app.alongside.decision.register.SpaceVisibility;
import app.alongside.evidence.Evidence;
import app.alongside.evidence.Reason;
import app.alongside.meeting.InMemoryMeetingIndex;
import app.alongside.meeting.Meeting;
import app.alongside.participant.InMemoryParticipantIndex;
import app.alongside.participant.ParticipantSubjects;
import app.alongside.people.PersonRef;
import app.alongside.perspective.InMemoryPerspectiveStore;
import app.alongside.perspective.InvolvementTotals;
import app.alongside.settings.InvolvementSettings;
import app.alongside.settings.SettingsRepository;
import app.alongside.settings.SettingsService;
import app.alongside.settings.SpaceOverride;
import org.junit.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** "The chair rotates", checked from the meetings the notes record, as the viewer may see them. */
public class ChairRotationTest {

    private static final String SPACE = "COPRO";
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final LocalDate AGREED = LocalDate.of(2026, 9, 1);
    private static final Commitment ROTATES = new Commitment.ChairRotates();
    private static final PageVisibility SEES_ALL_PAGES = ids -> ids;
    private static final SpaceVisibility SEES_ALL_SPACES = keys -> keys;

    private final InMemoryDecisionIndex decisions = new InMemoryDecisionIndex(TODAY);
    private final InMemoryMeetingIndex meetings = new InMemoryMeetingIndex();
    private final CommitmentEvaluator evaluator = new CommitmentEvaluator(decisions,
            new InvolvementTotals(new InMemoryPerspectiveStore(), new ParticipantSubjects(new InMemoryParticipantIndex()),
                    decisions, new SettingsService(new NoSettings())), meetings,
            app.alongside.reciprocity.RecognitionTimeliness.NONE);
    private long nextPage = 1;

    @Test
    public void aDifferentChairAtEachMeetingKeepsTheCommitmentWithTheMeetingsAsEvidence() {
        long first = meeting(LocalDate.of(2026, 9, 10), user("ann"));
        long second = meeting(LocalDate.of(2026, 10, 8), user("bo"));
        long third = meeting(LocalDate.of(2026, 11, 5), user("ann"));

        Evaluation evaluation = evaluate(charter(Optional.of(AGREED), SPACE));

        assertEquals(State.KEPT, evaluation.state());
        assertTrue(evaluation.reasons().contains(Reason.of("alongside.charter.reason.chair.kept", 3)));
        assertTrue(evaluation.reasons().contains(Reason.of("alongside.charter.reason.since", AGREED)));
        assertEquals(List.of(first, second, third), pageIds(evaluation));
        assertTrue(evaluation.evidence().stream().allMatch(e -> e.note().equals("alongside.charter.evidence.chair.rotated")));
    }

    @Test
    public void theSameChairTwiceInARowBreaksTheCommitmentWithBothMeetingsAsEvidence() {
        meeting(LocalDate.of(2026, 9, 10), user("ann"));
        long before = meeting(LocalDate.of(2026, 10, 8), user("bo"));
        long again = meeting(LocalDate.of(2026, 11, 5), user("bo"));

        Evaluation evaluation = evaluate(charter(Optional.of(AGREED), SPACE));

        assertEquals(State.BROKEN, evaluation.state());
        assertTrue(evaluation.reasons().contains(Reason.of("alongside.charter.reason.chair.broken")));
        assertEquals(List.of(
                Evidence.ofPage(before, "Meeting " + before, Optional.of(LocalDate.of(2026, 10, 8)),
                        "alongside.charter.evidence.chair.before"),
                Evidence.ofPage(again, "Meeting " + again, Optional.of(LocalDate.of(2026, 11, 5)),
                        "alongside.charter.evidence.chair.again")), evaluation.evidence());
    }

    @Test
    public void meetingsAreTakenInDateOrderWhateverTheOrderTheirPagesWereWritten() {
        meeting(LocalDate.of(2026, 11, 5), user("ann"));
        meeting(LocalDate.of(2026, 9, 10), user("ann"));
        meeting(LocalDate.of(2026, 10, 8), user("bo"));

        assertEquals(State.KEPT, evaluate(charter(Optional.of(AGREED), SPACE)).state());
    }

    @Test
    public void aCoChairWhoChairsTheNextMeetingBreaksTheCommitment() {
        meeting(LocalDate.of(2026, 9, 10), user("ann"), new PersonRef.Named("Cy Jones"));
        meeting(LocalDate.of(2026, 10, 8), new PersonRef.Named("Cy Jones"), user("bo"));

        assertEquals(State.BROKEN, evaluate(charter(Optional.of(AGREED), SPACE)).state());
    }

    @Test
    public void coChairsWhoAllChangeKeepTheCommitment() {
        meeting(LocalDate.of(2026, 9, 10), user("ann"), user("bo"));
        meeting(LocalDate.of(2026, 10, 8), user("cy"), new PersonRef.Page(SPACE, "Dee"));

        assertEquals(State.KEPT, evaluate(charter(Optional.of(AGREED), SPACE)).state());
    }

    @Test
    public void aMeetingThatDoesNotSayWhoChairedPutsTheCommitmentAtRisk() {
        meeting(LocalDate.of(2026, 9, 10), user("ann"));
        long silent = meeting(LocalDate.of(2026, 10, 8));
        meeting(LocalDate.of(2026, 11, 5), user("bo"));

        Evaluation evaluation = evaluate(charter(Optional.of(AGREED), SPACE));

        assertEquals(State.AT_RISK, evaluation.state());
        assertTrue(evaluation.reasons().contains(Reason.of("alongside.charter.reason.chair.notRecordedSome")));
        assertEquals(List.of(Evidence.ofPage(silent, "Meeting " + silent, Optional.of(LocalDate.of(2026, 10, 8)),
                "alongside.charter.evidence.chair.notRecorded")), evaluation.evidence());
    }

    @Test
    public void aSilentMeetingBetweenTwoWithTheSameChairCannotProveARepeat() {
        meeting(LocalDate.of(2026, 9, 10), user("ann"));
        meeting(LocalDate.of(2026, 10, 8));
        meeting(LocalDate.of(2026, 11, 5), user("ann"));

        assertEquals(State.AT_RISK, evaluate(charter(Optional.of(AGREED), SPACE)).state());
    }

    @Test
    public void aRepeatIsBrokenEvenWhenAnotherMeetingDoesNotSayWhoChaired() {
        meeting(LocalDate.of(2026, 9, 10));
        meeting(LocalDate.of(2026, 10, 8), user("ann"));
        meeting(LocalDate.of(2026, 11, 5), user("ann"));

        assertEquals(State.BROKEN, evaluate(charter(Optional.of(AGREED), SPACE)).state());
    }

    @Test
    public void aMeetingWithoutADateCannotBePlacedAndPutsTheCommitmentAtRisk() {
        meeting(LocalDate.of(2026, 9, 10), user("ann"));
        meeting(LocalDate.of(2026, 10, 8), user("bo"));
        long undated = nextPage;
        meetings.add(nextPage++, SPACE, "Meeting " + undated, new Meeting(Optional.empty(), List.of(user("bo"))));

        Evaluation evaluation = evaluate(charter(Optional.of(AGREED), SPACE));

        assertEquals(State.AT_RISK, evaluation.state());
        assertTrue(evaluation.reasons().contains(Reason.of("alongside.charter.reason.chair.undated")));
        assertEquals(List.of(Evidence.ofPage(undated, "Meeting " + undated, Optional.empty(),
                "alongside.charter.evidence.chair.undated")), evaluation.evidence());
    }

    @Test
    public void fewerThanTwoMeetingsThatRecordAChairCannotBeEvaluated() {
        meeting(LocalDate.of(2026, 9, 10), user("ann"));
        meeting(LocalDate.of(2026, 10, 8));

        Evaluation evaluation = evaluate(charter(Optional.of(AGREED), SPACE));

        assertEquals(State.CANNOT_EVALUATE, evaluation.state());
        assertTrue(evaluation.reasons().contains(Reason.of("alongside.charter.reason.chair.tooFew")));
        assertEquals(List.of(), evaluation.evidence());
    }

    @Test
    public void noMeetingsAtAllCannotBeEvaluated() {
        assertEquals(State.CANNOT_EVALUATE, evaluate(charter(Optional.of(AGREED), SPACE)).state());
    }

    @Test
    public void meetingsBeforeTheCharterWasAgreedDoNotCount() {
        meeting(LocalDate.of(2026, 8, 1), user("ann"));
        meeting(LocalDate.of(2026, 8, 20), user("ann"));
        meeting(LocalDate.of(2026, 9, 10), user("bo"));
        meeting(LocalDate.of(2026, 10, 8), user("ann"));

        assertEquals(State.KEPT, evaluate(charter(Optional.of(AGREED), SPACE)).state());
    }

    @Test
    public void withoutAnAgreedDateEveryMeetingUpToTodayCounts() {
        meeting(LocalDate.of(2020, 1, 1), user("ann"));
        meeting(LocalDate.of(2020, 2, 1), user("ann"));

        assertEquals(State.BROKEN, evaluate(charter(Optional.empty(), SPACE)).state());
    }

    @Test
    public void aMeetingDatedAfterTodayDoesNotCountYet() {
        meeting(LocalDate.of(2026, 9, 10), user("ann"));
        meeting(LocalDate.of(2026, 10, 8), user("bo"));
        meeting(LocalDate.of(2026, 12, 10), user("bo"));

        Evaluation evaluation = evaluate(charter(Optional.of(AGREED), SPACE));

        assertEquals(State.KEPT, evaluation.state());
        assertEquals(2, evaluation.evidence().size());
    }

    @Test
    public void aMeetingOnAPageTheViewerCannotSeeIsLeftOut() {
        meeting(LocalDate.of(2026, 9, 10), user("ann"));
        long hidden = meeting(LocalDate.of(2026, 10, 8), user("ann"));
        meeting(LocalDate.of(2026, 11, 5), user("bo"));
        PageVisibility notTheHidden = ids -> {
            Set<Long> visible = new HashSet<>(ids);
            visible.remove(hidden);
            return visible;
        };

        Evaluation evaluation = evaluator.evaluate(charter(Optional.of(AGREED), SPACE), SEES_ALL_SPACES, notTheHidden,
                TODAY).get(0);

        assertEquals(State.KEPT, evaluation.state());
        assertFalse(pageIds(evaluation).contains(hidden));
    }

    @Test
    public void meetingsInSpacesOutsideTheCharterDoNotCount() {
        meeting(LocalDate.of(2026, 9, 10), user("ann"));
        meetings.add(nextPage++, "OTHER", "Elsewhere", new Meeting(Optional.of(LocalDate.of(2026, 9, 20)),
                List.of(user("ann"))));
        meeting(LocalDate.of(2026, 10, 8), user("bo"));

        assertEquals(State.KEPT, evaluate(charter(Optional.of(AGREED), SPACE)).state());
    }

    @Test
    public void aHiddenSpaceIsNamedAndItsMeetingsLeftOut() {
        meeting(LocalDate.of(2026, 9, 10), user("ann"));
        meeting(LocalDate.of(2026, 10, 8), user("bo"));
        meetings.add(nextPage++, "SECRET", "Private", new Meeting(Optional.of(LocalDate.of(2026, 10, 20)),
                List.of(user("bo"))));
        SpaceVisibility notSecret = keys -> keys.stream().filter(k -> !k.equals("SECRET"))
                .collect(java.util.stream.Collectors.toSet());

        Evaluation evaluation = evaluator.evaluate(charter(Optional.of(AGREED), SPACE, "SECRET"), notSecret,
                SEES_ALL_PAGES, TODAY).get(0);

        assertEquals(State.KEPT, evaluation.state());
        assertTrue(evaluation.reasons().contains(Reason.of("alongside.charter.reason.space.hidden", "SECRET")));
    }

    @Test
    public void noVisibleSpaceCannotBeEvaluatedAndSaysSo() {
        meeting(LocalDate.of(2026, 9, 10), user("ann"));
        meeting(LocalDate.of(2026, 10, 8), user("bo"));

        Evaluation evaluation = evaluator.evaluate(charter(Optional.of(AGREED), SPACE), keys -> Set.of(),
                SEES_ALL_PAGES, TODAY).get(0);

        assertEquals(State.CANNOT_EVALUATE, evaluation.state());
        assertTrue(evaluation.reasons().contains(Reason.of("alongside.charter.reason.space.noneVisible")));
    }

    @Test
    public void aTrashedMeetingDoesNotCount() {
        meeting(LocalDate.of(2026, 9, 10), user("ann"));
        long trashed = meeting(LocalDate.of(2026, 10, 8), user("ann"));
        meeting(LocalDate.of(2026, 11, 5), user("bo"));
        meetings.setTrashed(trashed, true);

        assertEquals(State.KEPT, evaluate(charter(Optional.of(AGREED), SPACE)).state());
    }

    @Test
    public void aRegisterTooLargeToReadWholeDoesNotMakeTheMeetingsLookIncomplete() {
        for (int n = 0; n <= CommitmentEvaluator.MAX_DECISIONS; n++) {
            decisions.add(new app.alongside.decision.register.IndexedPage(10_000 + n, SPACE, "Decisions " + n,
                    app.alongside.decision.register.IndexedPage.ContentType.PAGE, List.of()),
                    new app.alongside.decision.Decision("d", "Decision " + n, app.alongside.decision.DecisionStatus.DECIDED,
                            Optional.empty(), Optional.of(LocalDate.of(2026, 10, 1)), Optional.empty(), Optional.empty(),
                            "", "", java.util.Map.of(), List.of()));
        }
        meeting(LocalDate.of(2026, 9, 10), user("ann"));
        meeting(LocalDate.of(2026, 10, 8), user("bo"));

        Evaluation evaluation = evaluate(charter(Optional.of(AGREED), SPACE));

        assertEquals(State.KEPT, evaluation.state());
        assertFalse(evaluation.reasons().stream().anyMatch(r -> r.messageKey().equals("alongside.charter.reason.truncated")));
    }

    @Test
    public void evidenceNeverNamesAPerson() {
        meeting(LocalDate.of(2026, 9, 10), new PersonRef.Named("Ann Example"));
        meeting(LocalDate.of(2026, 10, 8), new PersonRef.Named("Ann Example"));

        Evaluation evaluation = evaluate(charter(Optional.of(AGREED), SPACE));

        assertEquals(State.BROKEN, evaluation.state());
        for (Evidence evidence : evaluation.evidence()) {
            assertFalse(evidence.title().contains("Ann") || evidence.note().contains("Ann"));
        }
        evaluation.reasons().forEach(r -> assertFalse(r.arguments().toString().contains("Ann")));
    }

    private Evaluation evaluate(Charter charter) {
        List<Evaluation> evaluations = evaluator.evaluate(charter, SEES_ALL_SPACES, SEES_ALL_PAGES, TODAY);
        assertEquals(1, evaluations.size());
        return evaluations.get(0);
    }

    private long meeting(LocalDate on, PersonRef... chairs) {
        long page = nextPage++;
        meetings.add(page, SPACE, "Meeting " + page, new Meeting(Optional.of(on), Arrays.asList(chairs)));
        return page;
    }

    private static PersonRef user(String key) {
        return new PersonRef.User(key);
    }

    private static List<Long> pageIds(Evaluation evaluation) {
        return evaluation.evidence().stream().map(Evidence::pageId).toList();
    }

    private static Charter charter(Optional<LocalDate> agreedOn, String... spaces) {
        return new Charter("The group", Optional.empty(), Optional.empty(), Optional.empty(), CharterStatus.AGREED,
                agreedOn, Optional.empty(), List.of(spaces), List.of(ROTATES), "");
    }

    /** Chair rotation reads no totals: the defaults everywhere. */
    private static final class NoSettings implements SettingsRepository {
        @Override
        public Optional<InvolvementSettings> findGlobal() {
            return Optional.empty();
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
