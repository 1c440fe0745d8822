package app.alongside.ladder;

import app.alongside.decision.Contribution;
import app.alongside.decision.Decision;
import app.alongside.decision.Stage;
import app.alongside.decision.register.DecisionIndex;
import app.alongside.decision.register.DecisionRegister;
import app.alongside.decision.register.IndexedDecision;
import app.alongside.decision.register.IndexedPage;
import app.alongside.decision.register.RegisterQuery;
import app.alongside.perspective.InvolvementTotals;
import app.alongside.perspective.SuppressedCount;
import app.alongside.settings.InvolvementSettings;
import app.alongside.settings.SettingsService;
import app.alongside.signal.DecisionSignals;
import app.alongside.signal.Signal;
import app.alongside.signal.SignalKind;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Places decisions on the ladder and keeps the stored placements current (ADR "placement is stored and re-placed on
 * change"): when a page's decisions are indexed, when a perspective changes (the decisions involving that person),
 * and when a space's rules change (the whole space). Every placement comes from the totals as a decision card shows
 * them ({@link InvolvementTotals#atEachStage(List, String)}), so a stored placement never knows more than a reader.
 *
 * <p>Cost: decisions are placed {@value #BATCH} at a time, each batch costing the same few statements whatever its
 * size — one settings read, one read of the agreed charters covering the space, one resolver call, one perspective
 * read, and the store's writes.</p>
 */
public final class Placements {

    /** How many decisions are placed together. */
    public static final int BATCH = 200;
    /** The most decisions one person's change re-places at once; a rebuild catches up with any beyond. */
    public static final int MAX_INVOLVING = 10_000;

    private final InvolvementTotals totals;
    private final SettingsService settings;
    private final AgreedCharters charters;
    private final DecisionIndex index;
    private final PlacementStore store;
    private final Clock clock;

    /** {@code charters}: read once per space per batch, so an agreed charter's parity raises the space's. */
    public Placements(InvolvementTotals totals, SettingsService settings, AgreedCharters charters, DecisionIndex index,
                      PlacementStore store, Clock clock) {
        this.totals = Objects.requireNonNull(totals, "totals");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.charters = Objects.requireNonNull(charters, "charters");
        this.index = Objects.requireNonNull(index, "index");
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Places these decisions of one space (with details: people and contributions), in the same order. */
    public List<PlacedDecision> place(String spaceKey, List<IndexedDecision> decisions) {
        if (decisions.isEmpty()) {
            return List.of();
        }
        InvolvementSettings inForce = settings.effectiveFor(spaceKey);
        LadderRules rules = CharterParityRules.rules(spaceKey, inForce, charters.covering(spaceKey));
        LadderPlacer placer = new LadderPlacer(rules);
        DecisionSignals signals = new DecisionSignals(rules);
        LocalDate today = LocalDate.now(clock);
        List<Map<Stage, SuppressedCount>> shown = totals.atEachStage(
                decisions.stream().map(IndexedDecision::decision).toList(), spaceKey, inForce);
        List<PlacedDecision> placed = new ArrayList<>(decisions.size());
        for (int i = 0; i < decisions.size(); i++) {
            IndexedDecision row = decisions.get(i);
            Map<Stage, SuppressedCount> stageTotals = shown.get(i);
            LadderPlacement placement = placer.place(row.decision(), stageTotals);
            List<Signal> raised = signals.of(row.decision(), stageTotals, placement, today);
            placed.add(placed(row.id(), row.page().pageId(), spaceKey, row.decision(), placement, raised,
                    stageTotals));
        }
        return placed;
    }

    /**
     * After the index replaced the page's decisions: places them again from the page's own record ({@code decisions}
     * as given to {@link DecisionIndex#replacePage}), so no detail is read back. A page without decisions costs the
     * store's delete only.
     */
    public void placePage(IndexedPage page, List<Decision> decisions) {
        if (decisions.isEmpty()) {
            store.replacePage(page.pageId(), List.of());
            return;
        }
        List<Long> ids = index.idsOnPage(page.pageId());
        if (ids.size() != decisions.size()) {
            throw new IllegalStateException("the index holds " + ids.size() + " decisions for page " + page.pageId()
                    + ", the page " + decisions.size() + ": saved again meanwhile?");
        }
        List<IndexedDecision> rows = new ArrayList<>(decisions.size());
        for (int i = 0; i < decisions.size(); i++) {
            rows.add(new IndexedDecision(ids.get(i), page, decisions.get(i), true));
        }
        List<PlacedDecision> placed = new ArrayList<>(rows.size());
        for (int from = 0; from < rows.size(); from += BATCH) {
            placed.addAll(place(page.spaceKey(), rows.subList(from, Math.min(rows.size(), from + BATCH))));
        }
        store.replacePage(page.pageId(), placed);
    }

    public void setTrashed(long pageId, boolean trashed) {
        store.setTrashed(pageId, trashed);
    }

    public void removePage(long pageId) {
        store.removePage(pageId);
    }

    public void clear() {
        store.clear();
    }

    /**
     * Re-places every decision (not trashed) in which any of these person keys took part, up to
     * {@value #MAX_INVOLVING}: after someone's perspective was declared, withdrawn or erased. Returns how many.
     */
    public int replaceInvolving(Collection<String> personKeys) {
        List<IndexedDecision> involved = index.involving(personKeys, MAX_INVOLVING);
        for (int from = 0; from < involved.size(); from += BATCH) {
            List<IndexedDecision> batch = index.withDetails(involved.subList(from, Math.min(involved.size(),
                    from + BATCH)));
            Map<String, List<IndexedDecision>> bySpace = new LinkedHashMap<>();
            batch.forEach(row -> bySpace.computeIfAbsent(row.page().spaceKey(), k -> new ArrayList<>()).add(row));
            List<PlacedDecision> placed = new ArrayList<>();
            bySpace.forEach((spaceKey, rows) -> placed.addAll(place(spaceKey, rows)));
            store.replace(placed);
        }
        return involved.size();
    }

    /** Re-places every decision of the space (not trashed), a batch at a time: after its rules changed. */
    public int replaceSpace(String spaceKey) {
        List<IndexedDecision> batch = new ArrayList<>();
        int[] count = {0};
        new DecisionRegister(index).forEachVisible(RegisterQuery.allIn(Set.of(spaceKey)), ids -> ids,
                Integer.MAX_VALUE, row -> {
                    batch.add(row);
                    count[0]++;
                    if (batch.size() == BATCH) {
                        store.replace(place(spaceKey, batch));
                        batch.clear();
                    }
                });
        if (!batch.isEmpty()) {
            store.replace(place(spaceKey, batch));
        }
        return count[0];
    }

    /** Re-places every space that has placements: after the global rules changed. */
    public int replaceAll() {
        int count = 0;
        for (String spaceKey : store.spaceKeys().stream().sorted().toList()) {
            count += replaceSpace(spaceKey);
        }
        return count;
    }

    private static PlacedDecision placed(long id, long pageId, String spaceKey, Decision decision,
                                         LadderPlacement placement, List<Signal> raised,
                                         Map<Stage, SuppressedCount> stageTotals) {
        EnumSet<SignalKind> kinds = EnumSet.noneOf(SignalKind.class);
        raised.forEach(signal -> kinds.add(signal.kind()));
        // Whether a "you said" waited too long depends on the day: stored as the date, decided when read.
        kinds.remove(SignalKind.YOU_SAID_UNANSWERED);
        List<LocalDate> unanswered = unansweredSaidOn(decision);
        StoredPlacement stored = new StoredPlacement(id, placement.rung(), placement.couldBe(), kinds,
                unanswered.stream().findFirst());
        Map<Stage, StageShown> stages = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            stages.put(stage, StageShown.of(decision.peopleAt(stage).size(), stageTotals.get(stage)));
        }
        return new PlacedDecision(pageId, spaceKey, decision.decidedOn(), decision.status().isMade(), stored, stages,
                unanswered);
    }

    /** The day each unanswered contribution was said (its own date, else the decision's), oldest first. */
    static List<LocalDate> unansweredSaidOn(Decision decision) {
        List<LocalDate> dates = new ArrayList<>();
        for (Contribution contribution : decision.contributions()) {
            if (!contribution.isAnswered()) {
                Optional<LocalDate> said = contribution.saidOn().or(decision::decidedOn);
                said.ifPresent(dates::add);
            }
        }
        dates.sort(null);
        return dates;
    }
}
