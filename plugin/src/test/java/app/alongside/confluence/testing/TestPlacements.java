package app.alongside.confluence.testing;

import app.alongside.confluence.ladder.persistence.AoPlacementIndex;
import app.alongside.decision.register.DecisionIndex;
import app.alongside.ladder.Placements;
import app.alongside.participant.InMemoryParticipantIndex;
import app.alongside.participant.ParticipantSubjects;
import app.alongside.perspective.InMemoryPerspectiveStore;
import app.alongside.perspective.InvolvementTotals;
import app.alongside.settings.InMemorySettingsRepository;
import app.alongside.settings.SettingsService;
import com.atlassian.activeobjects.external.ActiveObjects;

import java.time.Clock;

/** Real placements into a real placement table, over an index, with nobody's perspective declared. */
public final class TestPlacements {

    private TestPlacements() {
    }

    public static Placements over(ActiveObjects ao, DecisionIndex index) {
        SettingsService settings = new SettingsService(new InMemorySettingsRepository());
        InvolvementTotals totals = new InvolvementTotals(new InMemoryPerspectiveStore(),
                new ParticipantSubjects(new InMemoryParticipantIndex()), index, settings);
        return new Placements(totals, settings, index, new AoPlacementIndex(ao), Clock.systemUTC());
    }
}
