package app.alongside.confluence.insight.persistence;

import app.alongside.confluence.ladder.persistence.PlacementColumns;
import app.alongside.confluence.ladder.persistence.PlacementEntity;
import app.alongside.confluence.ladder.persistence.PlacementLoopEntity;
import app.alongside.decision.Stage;
import app.alongside.insight.InsightsIndex;
import app.alongside.ladder.LadderRung;
import app.alongside.ladder.StageShown;
import app.alongside.signal.SignalKind;
import com.atlassian.activeobjects.external.ActiveObjects;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.java.ao.Query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Core's {@link InsightsIndex} in Active Objects: each answer is one {@code SELECT … SUM(x) AS x … GROUP BY PAGE_ID …}
 * over the placement tables, restricted to the spaces, not trashed, decided in the period (the
 * {@code space_decided} index). Rows come back per page (and month and rung, or day said), never per decision.
 * Active Objects reads each sum through the entity column of the same name, so every summed column is an
 * {@code int} 0/1 flag or count ({@link PlacementEntity}).
 */
@Named
public final class AoInsightsIndex implements InsightsIndex {

    private static final String DECISIONS = PlacementEntity.DECISIONS;

    private final ActiveObjects ao;

    @Inject
    public AoInsightsIndex(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public void forEachRung(Set<String> spaceKeys, LocalDate from, LocalDate to, RungSink sink) {
        if (spaceKeys.isEmpty()) {
            return;
        }
        Query query = Query.select("PAGE_ID, DECIDED_MONTH, RUNG, " + sum(DECISIONS))
                .where(period(spaceKeys), parameters(spaceKeys, from, to))
                .group("PAGE_ID, DECIDED_MONTH, RUNG");
        ao.stream(PlacementEntity.class, query, row -> {
            Integer month = row.getDecidedMonth();
            int rung = row.getRung();
            if (month != null && rung >= 1 && rung <= LadderRung.values().length) {
                sink.accept(row.getPageId(), PlacementColumns.month(month), LadderRung.values()[rung - 1],
                        row.getDecisions());
            }
        });
    }

    @Override
    public void forEachPage(Set<String> spaceKeys, LocalDate from, LocalDate to, PageSink sink) {
        if (spaceKeys.isEmpty()) {
            return;
        }
        List<String> columns = new ArrayList<>();
        columns.add("PAGE_ID");
        columns.add(sum(DECISIONS));
        columns.add(sum(PlacementEntity.PARTLY_KNOWN));
        for (Stage stage : Stage.values()) {
            for (StageShown shown : StageShown.values()) {
                columns.add(sum(PlacementColumns.stageColumn(stage, shown)));
            }
        }
        PlacementColumns.SIGNALS.values().forEach(column -> columns.add(sum(column)));
        Query query = Query.select(String.join(", ", columns))
                .where(period(spaceKeys), parameters(spaceKeys, from, to))
                .group("PAGE_ID");
        ao.stream(PlacementEntity.class, query, row -> {
            Map<Stage, Map<StageShown, Integer>> stages = new EnumMap<>(Stage.class);
            stages.put(Stage.AGENDA, shown(row.getAgendaWith(), row.getAgendaWithout(), row.getAgendaHidden(),
                    row.getAgendaNobody()));
            stages.put(Stage.OPTIONS, shown(row.getOptionsWith(), row.getOptionsWithout(), row.getOptionsHidden(),
                    row.getOptionsNobody()));
            stages.put(Stage.DECIDING, shown(row.getDecidingWith(), row.getDecidingWithout(), row.getDecidingHidden(),
                    row.getDecidingNobody()));
            stages.put(Stage.DELIVERING, shown(row.getDeliveringWith(), row.getDeliveringWithout(), row.getDeliveringHidden(),
                    row.getDeliveringNobody()));
            stages.put(Stage.REVIEWING, shown(row.getReviewingWith(), row.getReviewingWithout(), row.getReviewingHidden(),
                    row.getReviewingNobody()));
            Map<SignalKind, Integer> signals = new EnumMap<>(SignalKind.class);
            signals.put(SignalKind.DECIDED_WITHOUT_LIVED_EXPERIENCE, row.getSigDecidedWithout());
            signals.put(SignalKind.JOINED_LATE, row.getSigJoinedLate());
            signals.put(SignalKind.FEW_SEATS, row.getSigFewSeats());
            signals.put(SignalKind.CLAIMED_ABOVE_EVIDENCE, row.getSigClaimedAbove());
            sink.accept(new PageCounts(row.getPageId(), row.getDecisions(), row.getPartlyKnown(), stages, signals));
        });
    }

    @Override
    public void forEachOverdue(Set<String> spaceKeys, LocalDate from, LocalDate to, LocalDate saidBefore,
                               CountSink sink) {
        if (spaceKeys.isEmpty()) {
            return;
        }
        Object[] parameters = parameters(spaceKeys, from, to);
        Object[] withCutOff = java.util.Arrays.copyOf(parameters, parameters.length + 1);
        withCutOff[parameters.length] = PlacementColumns.day(saidBefore);
        Query query = Query.select("PAGE_ID, " + sum(DECISIONS))
                .where(period(spaceKeys) + " AND OLDEST_UNANSWERED < ?", withCutOff)
                .group("PAGE_ID");
        ao.stream(PlacementEntity.class, query, row -> sink.accept(row.getPageId(), row.getDecisions()));
    }

    @Override
    public void forEachOpenLoop(Set<String> spaceKeys, LocalDate from, LocalDate to, LoopSink sink) {
        if (spaceKeys.isEmpty()) {
            return;
        }
        Query query = Query.select("PAGE_ID, SAID_ON, " + sum(PlacementLoopEntity.CONTRIBUTIONS))
                .where(period(spaceKeys), parameters(spaceKeys, from, to))
                .group("PAGE_ID, SAID_ON");
        ao.stream(PlacementLoopEntity.class, query, row -> PlacementColumns.date(row.getSaidOn())
                .ifPresent(day -> sink.accept(row.getPageId(), day, row.getContributions())));
    }

    private static Map<StageShown, Integer> shown(int with, int without, int hidden, int nobody) {
        Map<StageShown, Integer> shown = new EnumMap<>(StageShown.class);
        shown.put(StageShown.WITH_LIVED_EXPERIENCE, with);
        shown.put(StageShown.WITHOUT, without);
        shown.put(StageShown.NOT_SHOWN, hidden);
        shown.put(StageShown.NOBODY_RECORDED, nobody);
        return shown;
    }

    /** {@code SUM(C) AS C}: read back through the column of the same name. */
    private static String sum(String column) {
        return "SUM(" + column + ") AS " + column;
    }

    private static String period(Set<String> spaceKeys) {
        return "SPACE_KEY IN (" + String.join(",", Collections.nCopies(spaceKeys.size(), "?"))
                + ") AND TRASHED = ? AND DECIDED_ON >= ? AND DECIDED_ON <= ?";
    }

    private static Object[] parameters(Set<String> spaceKeys, LocalDate from, LocalDate to) {
        List<Object> parameters = new ArrayList<>(spaceKeys.stream().sorted().toList());
        parameters.add(Boolean.FALSE);
        parameters.add(PlacementColumns.day(from));
        parameters.add(PlacementColumns.day(to));
        return parameters.toArray();
    }
}
