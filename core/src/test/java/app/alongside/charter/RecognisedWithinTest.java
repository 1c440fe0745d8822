package app.alongside.charter;

import app.alongside.charter.Evaluation.State;
import app.alongside.decision.register.InMemoryDecisionIndex;
import app.alongside.evidence.Reason;
import app.alongside.participant.InMemoryParticipantIndex;
import app.alongside.participant.ParticipantSubjects;
import app.alongside.perspective.InMemoryAuditLog;
import app.alongside.perspective.InMemoryPerspectiveStore;
import app.alongside.perspective.InvolvementTotals;
import app.alongside.perspective.MutableClock;
import app.alongside.perspective.SubjectKey;
import app.alongside.reciprocity.InMemoryLedgerStore;
import app.alongside.reciprocity.Ledger;
import app.alongside.reciprocity.LedgerActor;
import app.alongside.reciprocity.RecognitionForm;
import app.alongside.reciprocity.RecognitionTimeliness;
import app.alongside.reciprocity.TimeForm;
import app.alongside.settings.InvolvementSettings;
import app.alongside.settings.SettingsRepository;
import app.alongside.settings.SettingsService;
import app.alongside.settings.SpaceOverride;
import org.junit.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** "Contributions are recognised within N days", checked against the real ledger over its in-memory store; k = 3. */
public class RecognisedWithinTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final LocalDate AGREED = LocalDate.of(2026, 9, 1);
    private static final Commitment.RecognisedWithin THIRTY = new Commitment.RecognisedWithin(30);

    private final InMemoryDecisionIndex index = new InMemoryDecisionIndex(TODAY);
    private final SettingsService settings = new SettingsService(new SettingsRepository() {
        @Override
        public Optional<InvolvementSettings> findGlobal() {
            return Optional.empty();
        }

        @Override
        public void saveGlobal(InvolvementSettings value) {
        }

        @Override
        public Optional<SpaceOverride> findSpace(String spaceKey) {
            return Optional.empty();
        }

        @Override
        public void saveSpace(SpaceOverride override) {
        }
    });
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T10:00:00Z"));
    private final Ledger ledger = new Ledger(new InMemoryLedgerStore(), new InMemoryAuditLog(), settings, clock,
            new SplittableRandom(3));
    private final CommitmentEvaluator evaluator = new CommitmentEvaluator(index, new InvolvementTotals(
            new InMemoryPerspectiveStore(), new ParticipantSubjects(new InMemoryParticipantIndex()), index, settings),
            new app.alongside.meeting.InMemoryMeetingIndex(), ledger);

    @Test
    public void withNothingRecordedItCannotBeEvaluated() {
        Evaluation evaluation = evaluate(Optional.of(AGREED), "RC");

        assertEquals(State.CANNOT_EVALUATE, evaluation.state());
        assertEquals(List.of(Reason.of("alongside.charter.reason.since", AGREED),
                Reason.of("alongside.charter.reason.recognised.none")), evaluation.reasons());
    }

    @Test
    public void everythingRecognisedInTimeKeepsIt() {
        give("RC", List.of("a", "b"), "2026-10-01", "paid", "2026-10-31"); // exactly 30 days
        give("RC", List.of("c"), "2026-10-05", "declined", "");

        Evaluation evaluation = evaluate(Optional.of(AGREED), "RC");

        assertEquals(State.KEPT, evaluation.state());
        assertTrue(evaluation.reasons().contains(Reason.of("alongside.charter.reason.recognised.kept", 30)));
    }

    @Test
    public void anOwedContributionDueWithinSevenDaysPutsItAtRisk() {
        give("RC", List.of("a"), "2026-11-01", "owed", ""); // due 1 December

        Evaluation evaluation = evaluate(Optional.of(AGREED), "RC");

        assertEquals(State.AT_RISK, evaluation.state());
        assertEquals(List.of(Reason.of("alongside.charter.reason.recognised.dueSoon", 7),
                Reason.of("alongside.charter.reason.recognised.month.dueSoon.some", YearMonth.of(2026, 11))),
                evaluation.reasons().subList(evaluation.reasons().size() - 2, evaluation.reasons().size()));
    }

    @Test
    public void anOwedContributionNotYetNearItsDeadlineKeepsIt() {
        give("RC", List.of("a"), "2026-11-20", "owed", ""); // due 20 December

        assertEquals(State.KEPT, evaluate(Optional.of(AGREED), "RC").state());
    }

    @Test
    public void anOverdueContributionBreaksIt() {
        give("RC", List.of("a", "b", "c"), "2026-09-15", "owed", "");

        Evaluation evaluation = evaluate(Optional.of(AGREED), "RC");

        assertEquals(State.BROKEN, evaluation.state());
        assertTrue(evaluation.reasons().contains(Reason.of("alongside.charter.reason.recognised.broken", 30)));
        assertTrue(evaluation.reasons().contains(Reason.of("alongside.charter.reason.recognised.month.overdue",
                YearMonth.of(2026, 9), 3)));
    }

    @Test
    public void recognitionGivenLateBreaksItEvenOnceSettled() {
        give("RC", List.of("a"), "2026-09-15", "paid", "2026-11-01");

        Evaluation evaluation = evaluate(Optional.of(AGREED), "RC");

        assertEquals(State.BROKEN, evaluation.state());
        assertTrue(evaluation.reasons().contains(Reason.of("alongside.charter.reason.recognised.month.late.some",
                YearMonth.of(2026, 9))));
    }

    @Test
    public void aCountBelowKIsSaidAsSomeAndNoReasonOrEvidenceNamesAnyone() {
        give("RC", List.of("alex-key"), "2026-09-15", "owed", "");
        give("RC", List.of("a", "b", "c"), "2026-10-10", "owed", "");

        Evaluation evaluation = evaluate(Optional.of(AGREED), "RC");

        assertTrue(evaluation.reasons().contains(Reason.of(
                "alongside.charter.reason.recognised.month.overdue.some", YearMonth.of(2026, 9))));
        assertEquals(List.of(), evaluation.evidence());
        assertFalse(evaluation.reasons().toString().contains("alex-key"));
    }

    @Test
    public void onlyContributionsSinceTheCharterWasAgreedAndInItsVisibleSpacesCount() {
        give("RC", List.of("a"), "2026-08-01", "owed", ""); // before agreement
        give("OTHER", List.of("a"), "2026-10-01", "owed", ""); // a space the charter does not cover
        give("HIDDEN", List.of("a"), "2026-10-01", "owed", ""); // covered but not visible to the reader

        Charter charter = new Charter("The group", Optional.empty(), Optional.empty(), Optional.empty(),
                CharterStatus.AGREED, Optional.of(AGREED), Optional.empty(), List.of("RC", "HIDDEN"), List.of(THIRTY),
                "");
        Evaluation evaluation = evaluator.evaluate(charter, keys -> Set.of("RC"), ids -> ids, TODAY).get(0);

        assertEquals(State.CANNOT_EVALUATE, evaluation.state());
    }

    @Test
    public void aCharterWithoutAnAgreedDateChecksTheWholeLedger() {
        give("RC", List.of("a"), "2026-01-15", "owed", "");

        assertEquals(State.BROKEN, evaluate(Optional.empty(), "RC").state());
    }

    @Test
    public void noVisibleSpaceCannotBeEvaluated() {
        give("RC", List.of("a"), "2026-10-15", "owed", "");
        Charter charter = new Charter("The group", Optional.empty(), Optional.empty(), Optional.empty(),
                CharterStatus.AGREED, Optional.of(AGREED), Optional.empty(), List.of("RC"), List.of(THIRTY), "");

        Evaluation evaluation = evaluator.evaluate(charter, keys -> Set.of(), ids -> ids, TODAY).get(0);

        assertEquals(State.CANNOT_EVALUATE, evaluation.state());
        assertTrue(evaluation.reasons().contains(Reason.of("alongside.charter.reason.space.noneVisible")));
    }

    @Test
    public void withNoLedgerAtAllItSaysNothingIsRecorded() {
        CommitmentEvaluator without = new CommitmentEvaluator(index, new InvolvementTotals(
                new InMemoryPerspectiveStore(), new ParticipantSubjects(new InMemoryParticipantIndex()), index,
                settings), new app.alongside.meeting.InMemoryMeetingIndex(), RecognitionTimeliness.NONE);
        Charter charter = new Charter("The group", Optional.empty(), Optional.empty(), Optional.empty(),
                CharterStatus.AGREED, Optional.of(AGREED), Optional.empty(), List.of("RC"), List.of(THIRTY), "");

        assertEquals(State.CANNOT_EVALUATE, without.evaluate(charter, keys -> keys, ids -> ids, TODAY).get(0)
                .state());
    }

    private Evaluation evaluate(Optional<LocalDate> agreedOn, String space) {
        Charter charter = new Charter("The group", Optional.empty(), Optional.empty(), Optional.empty(),
                CharterStatus.AGREED, agreedOn, Optional.empty(), List.of(space), List.of(THIRTY), "");
        return evaluator.evaluate(charter, keys -> keys, ids -> ids, TODAY).get(0);
    }

    private void give(String space, List<String> users, String on, String state, String paidOn) {
        String type = "declined".equals(state) ? "declined" : "payment";
        assertTrue(ledger.record(LedgerActor.facilitator("fran"), space, users.stream().map(SubjectKey::user)
                        .toList(), new TimeForm(on, "Group meeting", "2 hours", ""),
                new RecognitionForm(type, "declined".equals(state) ? "" : "£20", "declined".equals(state) ? ""
                        : state, paidOn, false)).isValid());
    }
}
