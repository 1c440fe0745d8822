package app.alongside.confluence.signal;

import app.alongside.decision.Decision;
import app.alongside.decision.Stage;
import app.alongside.ladder.LadderPlacement;
import app.alongside.ladder.LadderPlacer;
import app.alongside.ladder.LadderRules;
import app.alongside.perspective.SuppressedCount;
import app.alongside.settings.SettingsService;
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
 * (the space's parity) and today's date: what the card and the API's single decision give, live.
 */
@Named
public class LivePlacements {

    private final SettingsService settings;
    private final Clock clock;

    @Inject
    public LivePlacements(SettingsService settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** The space's rules: the defaults with the space's parity fraction. */
    public LadderRules rulesFor(String spaceKey) {
        return LadderRules.from(settings.effectiveFor(spaceKey));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** {@code livedExperience}: each stage's total as {@code InvolvementTotals.atEachStage} gave it. */
    public Placed place(Decision decision, Map<Stage, SuppressedCount> livedExperience, String spaceKey) {
        LadderRules rules = rulesFor(spaceKey);
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
