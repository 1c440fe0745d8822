package app.alongside.ladder;

import app.alongside.charter.Charter;
import app.alongside.charter.CharterStatus;
import app.alongside.decision.Decision;
import app.alongside.decision.Stage;
import app.alongside.people.PersonRef;
import app.alongside.settings.InMemorySettingsRepository;
import app.alongside.settings.ParityFraction;
import app.alongside.settings.SettingsService;
import app.alongside.settings.SpaceOverride;
import org.junit.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static app.alongside.ladder.PlacementWorld.decided;
import static app.alongside.ladder.PlacementWorld.page;
import static app.alongside.ladder.PlacementWorld.users;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class CharterParityRulesTest {

    private static final String SPACE = "COPRO";
    private static final ParityFraction HALF = new ParityFraction(1, 2);
    private static final ParityFraction QUARTER = new ParityFraction(1, 4);

    private final InMemorySettingsRepository settingsRows = new InMemorySettingsRepository();
    private final List<Charter> charters = new ArrayList<>();
    private final List<String> asked = new ArrayList<>();
    private final SpaceRules rules = new CharterParityRules(new SettingsService(settingsRows), space -> {
        asked.add(space);
        return List.copyOf(charters);
    });

    static Charter charter(CharterStatus status, Optional<ParityFraction> parity, String... spaces) {
        return new Charter("The group", Optional.empty(), Optional.empty(), parity, status,
                Optional.of(LocalDate.of(2026, 1, 1)), Optional.empty(), List.of(spaces), List.of(), "");
    }

    @Test
    public void withoutACharterTheSpaceSettingsParityApplies() {
        LadderRules applied = rules.rulesFor(SPACE);

        assertEquals(ParityFraction.ONE_THIRD, applied.parity());
        assertFalse(applied.parityFromCharter());
        assertEquals(List.of(SPACE), asked);
    }

    @Test
    public void anAgreedCharterAskingMoreRaisesTheParity() {
        charters.add(charter(CharterStatus.AGREED, Optional.of(HALF), SPACE));

        LadderRules applied = rules.rulesFor(SPACE);

        assertEquals(HALF, applied.parity());
        assertTrue(applied.parityFromCharter());
        assertEquals(LadderRules.DEFAULT_MINIMUM_SEATS, applied.minimumSeats());
    }

    @Test
    public void theStricterOfSeveralAgreedChartersWins() {
        charters.add(charter(CharterStatus.AGREED, Optional.of(new ParityFraction(2, 5)), SPACE));
        charters.add(charter(CharterStatus.AGREED, Optional.of(HALF), SPACE, "OTHER"));
        charters.add(charter(CharterStatus.AGREED, Optional.empty(), SPACE));

        assertEquals(HALF, rules.rulesFor(SPACE).parity());
    }

    @Test
    public void aDraftCharterIsIgnored() {
        charters.add(charter(CharterStatus.DRAFT, Optional.of(HALF), SPACE));

        assertEquals(ParityFraction.ONE_THIRD, rules.rulesFor(SPACE).parity());
    }

    @Test
    public void aCharterUnderReviewIsIgnored() {
        charters.add(charter(CharterStatus.UNDER_REVIEW, Optional.of(HALF), SPACE));

        assertEquals(ParityFraction.ONE_THIRD, rules.rulesFor(SPACE).parity());
    }

    @Test
    public void anAgreedCharterDueForReviewStillHolds() {
        charters.add(new Charter("The group", Optional.empty(), Optional.empty(), Optional.of(HALF),
                CharterStatus.AGREED, Optional.of(LocalDate.of(2025, 1, 1)), Optional.of(LocalDate.of(2026, 1, 1)),
                List.of(SPACE), List.of(), ""));

        assertEquals(HALF, rules.rulesFor(SPACE).parity());
    }

    @Test
    public void aCharterLaxerThanTheSettingsNeverLowersTheBar() {
        settingsRows.saveSpace(new SpaceOverride(SPACE, Optional.empty(), Optional.of(HALF)));
        charters.add(charter(CharterStatus.AGREED, Optional.of(QUARTER), SPACE));

        LadderRules applied = rules.rulesFor(SPACE);

        assertEquals(HALF, applied.parity());
        assertFalse(applied.parityFromCharter());
    }

    @Test
    public void aCharterAskingTheSameShareLeavesTheSettingsReason() {
        charters.add(charter(CharterStatus.AGREED, Optional.of(ParityFraction.ONE_THIRD), SPACE));

        assertFalse(rules.rulesFor(SPACE).parityFromCharter());
    }

    @Test
    public void aCharterCoveringAnotherSpaceIsIgnored() {
        charters.add(charter(CharterStatus.AGREED, Optional.of(HALF), "OTHER"));

        assertEquals(ParityFraction.ONE_THIRD, rules.rulesFor(SPACE).parity());
    }

    @Test
    public void storedPlacementsFollowTheCharterParityAndSaySo() {
        PlacementWorld world = new PlacementWorld();
        world.declare("a", "lived-experience");
        world.declare("b", "carer-or-family");
        world.declare("c", "peer-worker");
        world.charters.add(charter(CharterStatus.AGREED, Optional.of(HALF), SPACE));
        List<PersonRef> deciding = users("a", "b", "c", "x", "y", "z", "w", "v");
        Decision decision = decided("d1", LocalDate.of(2026, 3, 10), Map.of(Stage.AGENDA, deciding,
                Stage.DECIDING, deciding));

        long id = world.save(page(1, SPACE), decision).get(0);

        assertEquals("3 of 8 is below the charter's half", LadderRung.ENGAGEMENT,
                world.store.get(id).placement().rung());
        LadderPlacement live = new LadderPlacer(new CharterParityRules(world.settings,
                space -> List.copyOf(world.charters)).rulesFor(SPACE)).place(decision,
                world.totals.atEachStage(decision, SPACE));
        assertEquals("alongside.ladder.reason.belowParity.charter", live.reasons().get(0).messageKey());
    }
}
