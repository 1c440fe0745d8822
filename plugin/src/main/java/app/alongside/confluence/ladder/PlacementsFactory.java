package app.alongside.confluence.ladder;

import app.alongside.decision.register.DecisionIndex;
import app.alongside.ladder.AgreedCharters;
import app.alongside.ladder.PlacementStore;
import app.alongside.ladder.Placements;
import app.alongside.perspective.InvolvementTotals;
import app.alongside.settings.SettingsService;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.springframework.beans.factory.FactoryBean;

import java.time.Clock;

/**
 * Makes core's {@link Placements} a bean: decisions placed from the one {@link InvolvementTotals}, so a stored
 * placement is suppressed exactly as the decision card is, by the same rules (settings parity, raised by an agreed
 * charter), and written to the placement table.
 */
@Named
public final class PlacementsFactory implements FactoryBean<Placements> {

    private final Placements placements;

    @Inject
    public PlacementsFactory(InvolvementTotals totals, SettingsService settings, AgreedCharters charters,
                             DecisionIndex index, PlacementStore store, Clock clock) {
        this.placements = new Placements(totals, settings, charters, index, store, clock);
    }

    @Override
    public Placements getObject() {
        return placements;
    }

    @Override
    public Class<?> getObjectType() {
        return Placements.class;
    }
}
