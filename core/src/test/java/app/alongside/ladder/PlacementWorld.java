package app.alongside.ladder;

import app.alongside.charter.Charter;
import app.alongside.decision.Contribution;
import app.alongside.decision.Decision;
import app.alongside.decision.DecisionStatus;
import app.alongside.decision.Stage;
import app.alongside.decision.register.InMemoryDecisionIndex;
import app.alongside.decision.register.IndexedPage;
import app.alongside.participant.InMemoryParticipantIndex;
import app.alongside.participant.ParticipantSubjects;
import app.alongside.people.PersonRef;
import app.alongside.perspective.DeclarationForm;
import app.alongside.perspective.InMemoryAuditLog;
import app.alongside.perspective.InMemoryPerspectiveStore;
import app.alongside.perspective.InvolvementTotals;
import app.alongside.perspective.MutableClock;
import app.alongside.perspective.PerspectiveService;
import app.alongside.settings.InMemorySettingsRepository;
import app.alongside.settings.SettingsService;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Everything placement needs, in memory and wired as the app wires it: perspectives declared through the real
 * service re-place the decisions involving the person. Published in core's test jar.
 */
public final class PlacementWorld {

    public static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    public final InMemoryPerspectiveStore perspectiveStore = new InMemoryPerspectiveStore();
    public final InMemoryParticipantIndex participants = new InMemoryParticipantIndex();
    public final InMemoryDecisionIndex index = new InMemoryDecisionIndex(TODAY);
    public final InMemorySettingsRepository settingsRows = new InMemorySettingsRepository();
    public final SettingsService settings = new SettingsService(settingsRows);
    public final InvolvementTotals totals = new InvolvementTotals(perspectiveStore,
            new ParticipantSubjects(participants), index, settings);
    public final InMemoryPlacementStore store = new InMemoryPlacementStore();
    public final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T10:00:00Z"));
    /** The charters covering spaces, as a charter page save leaves them; none unless a test adds one. */
    public final List<Charter> charters = new ArrayList<>();
    public final Placements placements = new Placements(totals, settings, space -> List.copyOf(charters), index,
            store, clock);
    public final PlacementUpkeep upkeep = new PlacementUpkeep(placements, participants);
    public final PerspectiveService perspectives = new PerspectiveService(perspectiveStore, new InMemoryAuditLog(),
            clock, new Random(1), upkeep);

    /** Indexes and places the page's decisions, as saving a page does; returns their ids. */
    public List<Long> save(IndexedPage page, Decision... decisions) {
        List<Long> ids = index.add(page, decisions);
        placements.placePage(page, List.of(decisions));
        return ids;
    }

    public void declare(String userKey, String code) {
        perspectives.declareOwn(userKey, DeclarationForm.own(List.of(code), true, null, false)).get();
    }

    public static IndexedPage page(long id, String space) {
        return new IndexedPage(id, space, "Meeting " + id, IndexedPage.ContentType.PAGE, List.of());
    }

    public static List<PersonRef> users(String... keys) {
        List<PersonRef> people = new ArrayList<>();
        for (String key : keys) {
            people.add(new PersonRef.User(key));
        }
        return people;
    }

    public static Decision decided(String id, LocalDate on, Map<Stage, List<PersonRef>> stages) {
        return decision(id, DecisionStatus.DECIDED, Optional.of(on), Optional.empty(), stages, List.of());
    }

    public static Decision decision(String id, DecisionStatus status, Optional<LocalDate> on,
                                    Optional<LadderRung> claimed, Map<Stage, List<PersonRef>> stages,
                                    List<Contribution> contributions) {
        return new Decision(id, "Decision " + id, status, Optional.empty(), on, Optional.empty(), claimed, "", "",
                stages.isEmpty() ? new EnumMap<>(Stage.class) : new EnumMap<>(stages), contributions);
    }
}
