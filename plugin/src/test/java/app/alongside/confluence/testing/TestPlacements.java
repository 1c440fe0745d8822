package app.alongside.confluence.testing;

import app.alongside.confluence.charter.persistence.AoCharterPageIndex;
import app.alongside.confluence.decision.sync.PageIndexer;
import app.alongside.confluence.ladder.PlacementRefresh;
import app.alongside.confluence.ladder.persistence.AoPlacementIndex;
import app.alongside.decision.register.DecisionIndex;
import app.alongside.ladder.AgreedCharters;
import app.alongside.ladder.Placements;
import app.alongside.participant.InMemoryParticipantIndex;
import app.alongside.participant.ParticipantSubjects;
import app.alongside.perspective.InMemoryPerspectiveStore;
import app.alongside.perspective.InvolvementTotals;
import app.alongside.settings.InMemorySettingsRepository;
import app.alongside.settings.SettingsService;
import com.atlassian.activeobjects.external.ActiveObjects;

import java.time.Clock;

/** Real placements into a real placement table, over an index, with nobody's perspective declared
 * and no charter. */
public final class TestPlacements {

    private TestPlacements() {
    }

    /** A page indexer as the app wires it, over these placements, the charter page index and a placement refresh. */
    public static PageIndexer indexer(ActiveObjects ao, DecisionIndex index) {
        Placements placements = over(ao, index);
        return new PageIndexer(index, placements, new AoCharterPageIndex(ao),
                new PlacementRefresh(placements, new InMemoryParticipantIndex()));
    }

    public static Placements over(ActiveObjects ao, DecisionIndex index) {
        SettingsService settings = new SettingsService(new InMemorySettingsRepository());
        InvolvementTotals totals = new InvolvementTotals(new InMemoryPerspectiveStore(),
                new ParticipantSubjects(new InMemoryParticipantIndex()), index, settings);
        return new Placements(totals, settings, AgreedCharters.NONE, index, new AoPlacementIndex(ao), Clock.systemUTC());
    }
}
