package app.alongside.confluence.signal;

import app.alongside.decision.Decision;
import app.alongside.decision.Stage;
import app.alongside.ladder.LadderPlacement;
import app.alongside.ladder.LadderPlacer;
import app.alongside.ladder.LadderRules;
import app.alongside.ladder.SpaceRules;
import app.alongside.perspective.SuppressedCount;
import app.alongside.signal.DecisionSignals;
import app.alongside.signal.Signal;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A decision's placement and signals worked out now, from the totals the card already shows, by its space's rules
 * (the space's parity, raised by an agreed charter's) and today's date: what the card and the API's single decision give, live.
 */
@Named
public class LivePlacements {

    private final SpaceRules rules;
    private final Clock clock;

    @Inject
    public LivePlacements(SpaceRules rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    /** The space's rules: the defaults with the space's parity, or its agreed charter's when that is higher. */
    public LadderRules rulesFor(String spaceKey) {
        return rules.rulesFor(spaceKey);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** {@code livedExperience}: each stage's total as {@code InvolvementTotals.atEachStage} gave it. */
    public Placed place(Decision decision, Map<Stage, SuppressedCount> livedExperience, String spaceKey) {
        return place(decision, livedExperience, rulesFor(spaceKey));
    }

    /** The same, by rules already read: for callers placing many decisions of one space (one charter read). */
    public Placed place(Decision decision, Map<Stage, SuppressedCount> livedExperience, LadderRules rules) {
        LadderPlacement placement = new LadderPlacer(rules).place(decision, livedExperience);
        List<Signal> signals = new DecisionSignals(rules).of(decision, livedExperience, placement, today());
        return new Placed(placement, signals);
    }

    /** A placement with its signals. */
    public record Placed(LadderPlacement placement, List<Signal> signals) {
        public Placed {
            signals = List.copyOf(signals);
        }
    }
}
