package app.alongside.ladder;

import app.alongside.decision.Decision;
import app.alongside.decision.DecisionStatus;
import app.alongside.decision.Stage;
import app.alongside.evidence.Reason;
import app.alongside.people.PersonRef;
import app.alongside.perspective.SuppressedCount;
import app.alongside.perspective.Suppression;
import app.alongside.signal.SignalKind;
import org.junit.Test;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class LadderPlacementExplainsItselfTest {

    private final LadderPlacer placer = new LadderPlacer(LadderRules.DEFAULTS);

    @Test
    public void coDesignSaysWhyThenEveryStageInOrder() {
        LadderPlacement placement = placer.place(decision(6, 6, 6, 0, 0).decided(),
                shown(3, 6, 3, 6, 3, 6));

        assertEquals(List.of(Reason.of("alongside.ladder.reason.shapedAndDecided"),
                Reason.of("alongside.ladder.stage.agenda.some", 3, 6),
                Reason.of("alongside.ladder.stage.options.some", 3, 6),
                Reason.of("alongside.ladder.stage.deciding.some", 3, 6),
                Reason.of("alongside.ladder.stage.delivering.nobody"),
                Reason.of("alongside.ladder.stage.reviewing.nobody")), placement.reasons());
        assertEquals(LadderRung.Band.DOING_WITH, placement.band());
    }

    @Test
    public void aHiddenTotalIsSaidToBeNotKnownWithTheThresholdAndHowHighItCouldBe() {
        Map<Stage, SuppressedCount> totals = shown(3, 6, 3, 6, 0, 0);
        totals.put(Stage.DECIDING, new SuppressedCount.NotShown(SuppressedCount.Reason.FEWER_THAN_THRESHOLD, 3));

        LadderPlacement placement = placer.place(decision(6, 6, 5, 0, 0).decided(), totals);

        assertEquals(List.of(Reason.of("alongside.ladder.unknown.deciding", 3),
                Reason.of("alongside.ladder.unknown.couldBe.co-design")), placement.unknowns());
        assertTrue(placement.reasons().contains(Reason.of("alongside.ladder.stage.deciding.hidden")));
    }

    @Test
    public void theTwoHiddenReasonsPlaceTheSameSoThePlacementCannotTellThemApart() {
        Map<Stage, SuppressedCount> few = shown(3, 6, 3, 6, 0, 0);
        few.put(Stage.DECIDING, new SuppressedCount.NotShown(SuppressedCount.Reason.FEWER_THAN_THRESHOLD, 3));
        Map<Stage, SuppressedCount> everyone = shown(3, 6, 3, 6, 0, 0);
        everyone.put(Stage.DECIDING, new SuppressedCount.NotShown(SuppressedCount.Reason.WOULD_DESCRIBE_EVERYONE, 3));

        Decision decision = decision(6, 6, 5, 0, 0).decided();
        assertEquals(placer.place(decision, few), placer.place(decision, everyone));
    }

    @Test
    public void realSuppressionOfOnePersonDecidingLeavesTheDecisionAtEngagementNotCoDesign() {
        Suppression suppression = new Suppression(3);
        Map<Stage, SuppressedCount> totals = new EnumMap<>(Stage.class);
        totals.put(Stage.AGENDA, suppression.count(3, 6));
        totals.put(Stage.OPTIONS, suppression.count(3, 6));
        totals.put(Stage.DECIDING, suppression.count(1, 6));
        totals.put(Stage.DELIVERING, suppression.count(0, 0));
        totals.put(Stage.REVIEWING, suppression.count(0, 0));

        LadderPlacement placement = placer.place(decision(6, 6, 6, 0, 0).decided(), totals);

        assertEquals(LadderRung.ENGAGEMENT, placement.rung());
        assertEquals(Optional.of(LadderRung.CO_DESIGN), placement.couldBe());
    }

    @Test
    public void theClaimIsKeptBesideTheEvidence() {
        LadderPlacement placement = placer.place(decision(6, 6, 6, 0, 0).withClaim(LadderRung.CO_PRODUCTION),
                shown(3, 6, 3, 6, 3, 6));

        assertEquals(Optional.of(LadderRung.CO_PRODUCTION), placement.claimed());
        assertTrue(placement.claimedAboveEvidence());
    }

    @Test(expected = IllegalArgumentException.class)
    public void aPlacementCannotSayItCouldBeLowerThanItIs() {
        new LadderPlacement(LadderRung.CO_DESIGN, ArnsteinRung.PARTNERSHIP, Optional.of(LadderRung.ENGAGEMENT),
                false, List.of(), List.of(), List.of(), Optional.empty());
    }

    @Test
    public void aStoredPlacementAddsYouSaidUnansweredOnceTheOldestHasWaitedTooLong() {
        LocalDate said = LocalDate.of(2026, 10, 1);
        StoredPlacement stored = new StoredPlacement(7, LadderRung.CO_DESIGN, Optional.empty(),
                Set.of(SignalKind.JOINED_LATE), Optional.of(said));

        assertEquals(Set.of(SignalKind.JOINED_LATE), stored.signalsOn(said.plusDays(30), LadderRules.DEFAULTS));
        assertEquals(Set.of(SignalKind.JOINED_LATE, SignalKind.YOU_SAID_UNANSWERED),
                stored.signalsOn(said.plusDays(31), LadderRules.DEFAULTS));
    }

    @Test(expected = IllegalArgumentException.class)
    public void aStoredPlacementRefusesTheDaySignalWhichDependsOnToday() {
        new StoredPlacement(7, LadderRung.CO_DESIGN, Optional.empty(), Set.of(SignalKind.YOU_SAID_UNANSWERED),
                Optional.empty());
    }

    @Test
    public void signalCodesArePermanentAndReadBack() {
        assertEquals(List.of("decided-without-lived-experience", "joined-late", "few-seats", "you-said-unanswered",
                        "claimed-above-evidence", "same-people", "unrecognised"),
                java.util.Arrays.stream(SignalKind.values()).map(SignalKind::code).toList());
        for (SignalKind kind : SignalKind.values()) {
            assertEquals(Optional.of(kind), SignalKind.fromCode(kind.code().toUpperCase(java.util.Locale.ROOT)));
        }
        assertFalse(SignalKind.fromCode("tokenism").isPresent());
    }

    private static Map<Stage, SuppressedCount> shown(int... pairs) {
        Map<Stage, SuppressedCount> totals = new EnumMap<>(Stage.class);
        Stage[] stages = Stage.values();
        for (int i = 0; i < stages.length; i++) {
            totals.put(stages[i], 2 * i + 1 < pairs.length && pairs[2 * i + 1] > 0
                    ? new SuppressedCount.Shown(pairs[2 * i], pairs[2 * i + 1])
                    : new SuppressedCount.NotShown(SuppressedCount.Reason.GROUP_TOO_SMALL, 3));
        }
        return totals;
    }

    private static Claimable decision(int... peopleAtStages) {
        Map<Stage, List<PersonRef>> people = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            int n = stage.ordinal() < peopleAtStages.length ? peopleAtStages[stage.ordinal()] : 0;
            people.put(stage, java.util.stream.IntStream.range(0, n)
                    .mapToObj(i -> (PersonRef) new PersonRef.User("u" + i)).toList());
        }
        return new Claimable(people);
    }

    /** A decided decision with these people, optionally with a claimed rung. */
    private record Claimable(Map<Stage, List<PersonRef>> people) {
        Decision decided() {
            return build(Optional.empty());
        }

        Decision withClaim(LadderRung claimed) {
            return build(Optional.of(claimed));
        }

        Decision build(Optional<LadderRung> claimed) {
            return new Decision("d1", "Evening meetings", DecisionStatus.DECIDED, Optional.empty(),
                    Optional.of(LocalDate.of(2026, 9, 1)), Optional.empty(), claimed, "", "", people, List.of());
        }
    }
}
