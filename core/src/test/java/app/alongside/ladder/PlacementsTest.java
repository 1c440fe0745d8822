package app.alongside.ladder;

import app.alongside.decision.Contribution;
import app.alongside.decision.Decision;
import app.alongside.decision.DecisionStatus;
import app.alongside.decision.Response;
import app.alongside.decision.Stage;
import app.alongside.participant.ParticipantProfiles;
import app.alongside.people.PersonRef;
import app.alongside.perspective.SubjectKey;
import app.alongside.perspective.SuppressedCount;
import app.alongside.settings.SpaceOverride;
import app.alongside.settings.ParityFraction;
import app.alongside.signal.SignalKind;
import org.junit.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static app.alongside.ladder.PlacementWorld.decided;
import static app.alongside.ladder.PlacementWorld.decision;
import static app.alongside.ladder.PlacementWorld.page;
import static app.alongside.ladder.PlacementWorld.users;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class PlacementsTest {

    private static final String SPACE = "COPRO";
    private static final LocalDate MARCH = LocalDate.of(2026, 3, 10);

    private final PlacementWorld world = new PlacementWorld();

    private void threeWithLivedExperience() {
        world.declare("a", "lived-experience");
        world.declare("b", "carer-or-family");
        world.declare("c", "peer-worker");
    }

    @Test
    public void aSavedPageIsPlacedFromTheTotalsItsCardShows() {
        threeWithLivedExperience();
        Decision decision = decided("d1", MARCH, Map.of(Stage.AGENDA, users("a", "b", "c", "x"),
                Stage.DECIDING, users("a", "b", "c", "x", "y")));

        long id = world.save(page(1, SPACE), decision).get(0);

        StoredPlacement stored = world.store.get(id).placement();
        LadderPlacement expected = new LadderPlacer(LadderRules.DEFAULTS).place(decision,
                world.totals.atEachStage(decision, SPACE));
        assertEquals(LadderRung.CO_DESIGN, stored.rung());
        assertEquals(expected.rung(), stored.rung());
        assertEquals(expected.couldBe(), stored.couldBe());
    }

    @Test
    public void eachStageIsKeptAsWhatTheCardShows() {
        threeWithLivedExperience();
        world.declare("z", "lived-experience");
        Decision decision = decided("d1", MARCH, Map.of(Stage.AGENDA, users("a", "b", "c", "x"),
                Stage.OPTIONS, users("x", "y", "w"), Stage.DECIDING, users("a", "x"),
                Stage.DELIVERING, List.of(new PersonRef.Named("Jo"))));

        long id = world.save(page(1, SPACE), decision).get(0);

        Map<Stage, StageShown> stages = world.store.get(id).stages();
        assertEquals(StageShown.WITH_LIVED_EXPERIENCE, stages.get(Stage.AGENDA));
        assertEquals(StageShown.WITHOUT, stages.get(Stage.OPTIONS));
        assertEquals(StageShown.NOT_SHOWN, stages.get(Stage.DECIDING));
        assertEquals("a typed name is someone, but not someone with a total", StageShown.NOT_SHOWN,
                stages.get(Stage.DELIVERING));
        assertEquals(StageShown.NOBODY_RECORDED, stages.get(Stage.REVIEWING));
    }

    @Test
    public void storedSignalsLeaveOutTheUnansweredYouSaidAndKeepTheOldestDateInstead() {
        Decision decision = decision("d1", DecisionStatus.DECIDED, Optional.of(MARCH), Optional.of(LadderRung.CO_PRODUCTION),
                Map.of(Stage.DECIDING, users("x", "y", "w")), List.of(
                        said(Optional.of(LocalDate.of(2026, 4, 2)), Response.PENDING, ""),
                        said(Optional.empty(), Response.PENDING, ""),
                        said(Optional.of(LocalDate.of(2026, 1, 5)), Response.ADOPTED, ""),
                        said(Optional.of(LocalDate.of(2026, 2, 1)), Response.NOT_ADOPTED, "")));

        PlacedDecision placed = world.store.get(world.save(page(1, SPACE), decision).get(0));

        assertEquals(Set.of(SignalKind.DECIDED_WITHOUT_LIVED_EXPERIENCE, SignalKind.CLAIMED_ABOVE_EVIDENCE),
                placed.placement().signals());
        assertEquals("not adopted without a reason is not an answer; undated ones take the decision's date",
                List.of(LocalDate.of(2026, 2, 1), MARCH, LocalDate.of(2026, 4, 2)), placed.unansweredSaidOn());
        assertEquals(Optional.of(LocalDate.of(2026, 2, 1)), placed.placement().oldestUnansweredOn());
        assertTrue(placed.placement().signalsOn(PlacementWorld.TODAY, LadderRules.DEFAULTS)
                .contains(SignalKind.YOU_SAID_UNANSWERED));
    }

    @Test
    public void aPageOfManyDecisionsIsPlacedWithOneIndexReadOnePerspectiveReadAndOneWrite() {
        threeWithLivedExperience();
        List<Decision> many = new ArrayList<>();
        for (int n = 0; n < 150; n++) {
            many.add(decided("d" + n, MARCH, Map.of(Stage.DECIDING, users("a", "b", "c", "u" + n))));
        }
        world.index.add(page(1, SPACE), many.toArray(new Decision[0]));
        int perspectiveReads = world.perspectiveStore.statements();
        int writes = world.store.statements();

        world.placements.placePage(page(1, SPACE), many);

        assertEquals(150, world.store.size());
        assertEquals(1, world.perspectiveStore.statements() - perspectiveReads);
        assertEquals(1, world.store.statements() - writes);
    }

    @Test
    public void aPageWithoutDecisionsOnlyForgetsWhatItHad() {
        long id = world.save(page(1, SPACE), decided("d1", MARCH, Map.of())).get(0);
        world.index.replacePage(page(1, SPACE), List.of());

        world.placements.placePage(page(1, SPACE), List.of());

        assertEquals(null, world.store.get(id));
    }

    @Test
    public void declaringAPerspectiveRePlacesTheDecisionsInvolvingThatPerson() {
        world.declare("a", "lived-experience");
        world.declare("b", "lived-experience");
        Decision decision = decided("d1", MARCH, Map.of(Stage.AGENDA, users("a", "b", "c", "x"),
                Stage.DECIDING, users("a", "b", "c", "x", "y")));
        Decision other = decided("d2", MARCH, Map.of(Stage.DECIDING, users("x", "y", "w")));
        List<Long> ids = world.save(page(1, SPACE), decision, other);
        assertEquals(LadderRung.INFORMING, world.store.get(ids.get(0)).placement().rung());
        int writes = world.store.statements();

        world.declare("c", "peer-worker");

        assertEquals(LadderRung.CO_DESIGN, world.store.get(ids.get(0)).placement().rung());
        assertEquals(1, world.store.statements() - writes);
    }

    @Test
    public void withdrawingAndErasingRePlaceToo() {
        threeWithLivedExperience();
        long id = world.save(page(1, SPACE), decided("d1", MARCH, Map.of(Stage.AGENDA, users("a", "b", "c", "x"),
                Stage.DECIDING, users("a", "b", "c", "x", "y")))).get(0);
        assertEquals(LadderRung.CO_DESIGN, world.store.get(id).placement().rung());

        world.perspectives.withdraw("c", SubjectKey.user("c"));
        assertEquals(LadderRung.INFORMING, world.store.get(id).placement().rung());

        world.declare("c", "peer-worker");
        assertEquals(LadderRung.CO_DESIGN, world.store.get(id).placement().rung());
        world.perspectives.erase("admin", SubjectKey.user("c"));
        assertEquals(LadderRung.INFORMING, world.store.get(id).placement().rung());
    }

    @Test
    public void aPersonNamedByTheirParticipantPageIsFoundThroughIt() {
        world.participants.add(40, SPACE, "Sam", ParticipantProfiles.named("Sam"));
        world.declare("a", "lived-experience");
        world.declare("b", "lived-experience");
        List<PersonRef> deciding = new ArrayList<>(users("a", "b", "x", "y"));
        deciding.add(new PersonRef.Page("", "Sam"));
        long id = world.save(page(1, SPACE), decided("d1", MARCH, Map.of(Stage.AGENDA, deciding,
                Stage.DECIDING, deciding))).get(0);
        assertEquals(LadderRung.INFORMING, world.store.get(id).placement().rung());

        world.perspectives.declareOnBehalf("fran", SubjectKey.participantPage(40),
                new app.alongside.perspective.DeclarationForm(List.of("lived-experience"), true, null, false, "Sam",
                        "2026-11-01", "in person")).get();

        assertEquals(LadderRung.CO_DESIGN, world.store.get(id).placement().rung());
    }

    @Test
    public void aSpaceIsRePlacedWhenItsRulesChange() {
        threeWithLivedExperience();
        List<PersonRef> deciding = users("a", "b", "c", "x", "y", "z", "w", "v");
        long id = world.save(page(1, SPACE), decided("d1", MARCH, Map.of(Stage.AGENDA, deciding,
                Stage.DECIDING, deciding))).get(0);
        long elsewhere = world.save(page(2, "OTHER"), decided("d2", MARCH, Map.of(Stage.AGENDA, deciding,
                Stage.DECIDING, deciding))).get(0);
        assertEquals(LadderRung.CO_DESIGN, world.store.get(id).placement().rung());

        world.settingsRows.saveSpace(new SpaceOverride(SPACE, Optional.empty(), Optional.of(new ParityFraction(1, 2))));
        world.upkeep.settingsChanged(Optional.of(SPACE));

        assertEquals("3 of 8 is below half", LadderRung.ENGAGEMENT, world.store.get(id).placement().rung());
        assertEquals(LadderRung.CO_DESIGN, world.store.get(elsewhere).placement().rung());
        assertTrue(world.store.get(id).placement().signals().contains(SignalKind.FEW_SEATS));
    }

    @Test
    public void everySpaceIsRePlacedWhenTheGlobalRulesChange() {
        threeWithLivedExperience();
        List<PersonRef> deciding = users("a", "b", "c", "x", "y", "z", "w", "v");
        long one = world.save(page(1, SPACE), decided("d1", MARCH, Map.of(Stage.AGENDA, deciding,
                Stage.DECIDING, deciding))).get(0);
        long two = world.save(page(2, "OTHER"), decided("d2", MARCH, Map.of(Stage.AGENDA, deciding,
                Stage.DECIDING, deciding))).get(0);

        world.settingsRows.saveGlobal(new app.alongside.settings.InvolvementSettings(3, new ParityFraction(1, 2)));
        world.upkeep.settingsChanged(Optional.empty());

        assertEquals(LadderRung.ENGAGEMENT, world.store.get(one).placement().rung());
        assertEquals(LadderRung.ENGAGEMENT, world.store.get(two).placement().rung());
    }

    @Test
    public void rePlacingASpaceGoesInBatches() {
        threeWithLivedExperience();
        for (int page = 1; page <= 5; page++) {
            List<Decision> decisions = new ArrayList<>();
            for (int n = 0; n < 100; n++) {
                decisions.add(decided("d" + n, MARCH, Map.of(Stage.DECIDING, users("a", "b", "c", "u" + n))));
            }
            world.save(page(page, SPACE), decisions.toArray(new Decision[0]));
        }
        int writes = world.store.statements();
        int perspectiveReads = world.perspectiveStore.statements();

        assertEquals(500, world.placements.replaceSpace(SPACE));

        assertEquals("500 decisions, 200 at a time", 3, world.store.statements() - writes);
        assertEquals(3, world.perspectiveStore.statements() - perspectiveReads);
    }

    @Test
    public void trashAndRemoveReachTheStore() {
        long id = world.save(page(1, SPACE), decided("d1", MARCH, Map.of())).get(0);

        world.placements.setTrashed(1, true);
        assertEquals(List.of(), world.store.shown());
        world.placements.setTrashed(1, false);
        assertEquals(1, world.store.shown().size());
        world.placements.removePage(1);
        assertEquals(null, world.store.get(id));
    }

    @Test
    public void hiddenTotalsAreStoredAsHowHighTheDecisionCouldBe() {
        world.declare("a", "lived-experience");
        Decision decision = decided("d1", MARCH, Map.of(Stage.AGENDA, users("a", "x", "y"),
                Stage.DECIDING, users("a", "x", "y")));

        StoredPlacement stored = world.store.get(world.save(page(1, SPACE), decision).get(0)).placement();

        assertEquals(LadderRung.INFORMING, stored.rung());
        assertEquals(Optional.of(LadderRung.CO_DESIGN), stored.couldBe());
        assertEquals(new SuppressedCount.NotShown(SuppressedCount.Reason.FEWER_THAN_THRESHOLD, 3),
                world.totals.atStage(decision, Stage.DECIDING, SPACE));
    }

    private static Contribution said(Optional<LocalDate> on, Response response, String answer) {
        return new Contribution("Say it plainly", Optional.empty(), on, response, answer, Optional.empty());
    }

}
