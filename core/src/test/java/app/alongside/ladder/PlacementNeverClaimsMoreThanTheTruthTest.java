package app.alongside.ladder;

import app.alongside.decision.Decision;
import app.alongside.decision.DecisionStatus;
import app.alongside.decision.Stage;
import app.alongside.people.PersonRef;
import app.alongside.perspective.SuppressedCount;
import app.alongside.perspective.Suppression;
import app.alongside.settings.ParityFraction;
import org.junit.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static org.junit.Assert.assertTrue;

/**
 * Over many random groups, thresholds and rules: the rung placed from suppressed totals is never above the rung the
 * exact (private) counts would give, and the exact rung is never above what the placement says it could be. So a
 * placement neither overclaims nor hides how far off it might be.
 */
public class PlacementNeverClaimsMoreThanTheTruthTest {

    private static final int ROUNDS = 5_000;

    @Test
    public void theEvidencedRungIsALowerBoundAndCouldBeAnUpperBound() {
        Random random = new Random(20261129L);
        for (int round = 0; round < ROUNDS; round++) {
            int k = 2 + random.nextInt(4);
            LadderRules rules = new LadderRules(new ParityFraction(1, 2 + random.nextInt(3)), 1 + random.nextInt(3),
                    30, 4);
            Map<Stage, List<PersonRef>> people = new EnumMap<>(Stage.class);
            Map<Stage, SuppressedCount> exact = new EnumMap<>(Stage.class);
            Map<Stage, SuppressedCount> suppressed = new EnumMap<>(Stage.class);
            for (Stage stage : Stage.values()) {
                int size = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(9);
                int livedExperience = size == 0 ? 0 : random.nextInt(size + 1);
                List<PersonRef> group = new ArrayList<>();
                for (int i = 0; i < size; i++) {
                    group.add(new PersonRef.User(stage.parameterValue() + i));
                }
                people.put(stage, group);
                exact.put(stage, new SuppressedCount.Shown(livedExperience, size));
                suppressed.put(stage, new Suppression(k).count(livedExperience, size));
            }
            Decision decision = new Decision("d" + round, "Random decision", DecisionStatus.DECIDED, Optional.empty(),
                    Optional.of(LocalDate.of(2026, 6, 1)), Optional.empty(), Optional.empty(), "", "", people,
                    List.of());
            LadderPlacer placer = new LadderPlacer(rules);

            LadderRung truth = placer.place(decision, exact).rung();
            LadderPlacement placed = placer.place(decision, suppressed);

            String context = "round " + round + " k=" + k + " " + suppressed + " truth " + truth;
            assertTrue("overclaimed: " + context + " placed " + placed.rung(), placed.rung().compareTo(truth) <= 0);
            assertTrue("could-be too low: " + context + " could be " + placed.couldBe(),
                    placed.couldBe().orElse(placed.rung()).compareTo(truth) >= 0);
        }
    }
}
