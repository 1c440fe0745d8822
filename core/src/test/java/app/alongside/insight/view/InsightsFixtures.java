package app.alongside.insight.view;

import app.alongside.charter.Commitment;
import app.alongside.charter.Evaluation;
import app.alongside.decision.Stage;
import app.alongside.insight.InsightsFigures;
import app.alongside.insight.InsightsQuery;
import app.alongside.ladder.LadderRung;
import app.alongside.reciprocity.ReciprocityTotals;
import app.alongside.signal.SignalKind;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** Hand-made figures for tests of what an insights page shows. */
public final class InsightsFixtures {

    private InsightsFixtures() {
    }

    public static InsightsQuery year2026(String... spaces) {
        return new InsightsQuery(Set.of(spaces), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    }

    /** Decisions at several rungs in most months, involvement, loops, signals, a charter and shown reciprocity. */
    public static InsightsFigures busy(InsightsQuery query, String charterTitle) {
        List<InsightsFigures.MonthRungs> months = new ArrayList<>();
        int decisions = 0;
        int i = 0;
        for (YearMonth month : query.months()) {
            Map<LadderRung, Integer> rungs = Map.of(LadderRung.INFORMING, i % 2, LadderRung.CONSULTATION, 1,
                    LadderRung.CO_DESIGN, i % 3, LadderRung.CO_PRODUCTION, i == 3 ? 2 : 0,
                    LadderRung.EDUCATING, i == 5 ? 1 : 0);
            InsightsFigures.MonthRungs row = new InsightsFigures.MonthRungs(month, rungs);
            decisions += row.total();
            months.add(row);
            i++;
        }
        List<InsightsFigures.StageInvolvement> stages = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            int with = Math.max(0, decisions / 2 - stage.ordinal() * 3);
            int notShown = 3;
            int nobody = stage == Stage.REVIEWING ? 4 : 0;
            stages.add(new InsightsFigures.StageInvolvement(stage, with, decisions - with - notShown - nobody, notShown,
                    nobody));
        }
        return new InsightsFigures(query, List.of(), decisions, months, 5, stages,
                new InsightsFigures.OpenLoops(4, 2, 1, 1, Optional.of(200)),
                List.of(new InsightsFigures.SignalTally(SignalKind.DECIDED_WITHOUT_LIVED_EXPERIENCE, 6, 2),
                        new InsightsFigures.SignalTally(SignalKind.JOINED_LATE, 3, 0),
                        new InsightsFigures.SignalTally(SignalKind.SAME_PEOPLE, 1, 1),
                        new InsightsFigures.SignalTally(SignalKind.FEW_SEATS, 0, 0)),
                List.of(new InsightsFigures.CharterCommitments(42, charterTitle, List.of(
                        new Evaluation(new Commitment.LivedExperienceInEveryDecision(2), Evaluation.State.AT_RISK,
                                List.of(), List.of()),
                        new Evaluation(new Commitment.ChairRotates(), Evaluation.State.CANNOT_EVALUATE, List.of(),
                                List.of())))),
                new ReciprocityTotals.Shown(5, 23, 2250, 123450, 4000, 2, OptionalInt.of(14)));
    }

    /** Nothing decided, nothing waiting, nothing raised; reciprocity not shown. */
    public static InsightsFigures nothing(InsightsQuery query) {
        List<InsightsFigures.MonthRungs> months = new ArrayList<>();
        for (YearMonth month : query.months()) {
            months.add(new InsightsFigures.MonthRungs(month, Map.of()));
        }
        List<InsightsFigures.StageInvolvement> stages = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            stages.add(new InsightsFigures.StageInvolvement(stage, 0, 0, 0, 0));
        }
        return new InsightsFigures(query, List.of(), 0, months, 0, stages,
                new InsightsFigures.OpenLoops(0, 0, 0, 0, Optional.empty()), List.of(), List.of(),
                new ReciprocityTotals.NotShown(3));
    }
}
