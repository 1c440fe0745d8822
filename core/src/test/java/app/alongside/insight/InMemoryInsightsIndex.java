package app.alongside.insight;

import app.alongside.decision.Stage;
import app.alongside.ladder.InMemoryPlacementStore;
import app.alongside.ladder.PlacedDecision;
import app.alongside.ladder.StageShown;
import app.alongside.signal.SignalKind;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A fake {@link InsightsIndex} grouping the placements of an {@link InMemoryPlacementStore} as the SQL does, counting
 * its "statements". Published in core's test jar.
 */
public final class InMemoryInsightsIndex implements InsightsIndex {

    private final InMemoryPlacementStore store;
    private int statements;

    public InMemoryInsightsIndex(InMemoryPlacementStore store) {
        this.store = store;
    }

    private List<PlacedDecision> rows(Set<String> spaceKeys, LocalDate from, LocalDate to) {
        statements++;
        return store.shown().stream().filter(row -> spaceKeys.contains(row.spaceKey()) && row.decidedOn()
                .map(d -> !d.isBefore(from) && !d.isAfter(to)).orElse(false)).toList();
    }

    @Override
    public void forEachRung(Set<String> spaceKeys, LocalDate from, LocalDate to, RungSink sink) {
        record Key(long pageId, YearMonth month, app.alongside.ladder.LadderRung rung) {
        }
        Map<Key, Integer> groups = new LinkedHashMap<>();
        for (PlacedDecision row : rows(spaceKeys, from, to)) {
            groups.merge(new Key(row.pageId(), YearMonth.from(row.decidedOn().orElseThrow()), row.placement().rung()),
                    1, Integer::sum);
        }
        groups.forEach((key, n) -> sink.accept(key.pageId(), key.month(), key.rung(), n));
    }

    @Override
    public void forEachPage(Set<String> spaceKeys, LocalDate from, LocalDate to, PageSink sink) {
        Map<Long, int[]> totals = new LinkedHashMap<>();
        Map<Long, Map<Stage, Map<StageShown, Integer>>> stages = new LinkedHashMap<>();
        Map<Long, Map<SignalKind, Integer>> signals = new LinkedHashMap<>();
        for (PlacedDecision row : rows(spaceKeys, from, to)) {
            int[] t = totals.computeIfAbsent(row.pageId(), id -> new int[2]);
            t[0]++;
            t[1] += row.placement().couldBe().isPresent() ? 1 : 0;
            row.stages().forEach((stage, shown) -> stages.computeIfAbsent(row.pageId(), id -> new EnumMap<>(Stage.class))
                    .computeIfAbsent(stage, s -> new EnumMap<>(StageShown.class)).merge(shown, 1, Integer::sum));
            Map<SignalKind, Integer> bySignal = signals.computeIfAbsent(row.pageId(), id -> new EnumMap<>(SignalKind.class));
            row.placement().signals().forEach(kind -> bySignal.merge(kind, 1, Integer::sum));
        }
        totals.forEach((pageId, t) -> sink.accept(new PageCounts(pageId, t[0], t[1], stages.get(pageId),
                signals.get(pageId))));
    }

    @Override
    public void forEachOverdue(Set<String> spaceKeys, LocalDate from, LocalDate to, LocalDate saidBefore,
                               CountSink sink) {
        Map<Long, Integer> counts = new LinkedHashMap<>();
        for (PlacedDecision row : rows(spaceKeys, from, to)) {
            if (row.placement().oldestUnansweredOn().map(d -> d.isBefore(saidBefore)).orElse(false)) {
                counts.merge(row.pageId(), 1, Integer::sum);
            }
        }
        counts.forEach(sink::accept);
    }

    @Override
    public void forEachOpenLoop(Set<String> spaceKeys, LocalDate from, LocalDate to, LoopSink sink) {
        record Key(long pageId, LocalDate saidOn) {
        }
        Map<Key, Integer> groups = new LinkedHashMap<>();
        for (PlacedDecision row : rows(spaceKeys, from, to)) {
            row.unansweredSaidOn().forEach(day -> groups.merge(new Key(row.pageId(), day), 1, Integer::sum));
        }
        groups.forEach((key, n) -> sink.accept(key.pageId(), key.saidOn(), n));
    }

    public int statements() {
        return statements;
    }
}
