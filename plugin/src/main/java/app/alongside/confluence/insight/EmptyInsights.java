package app.alongside.confluence.insight;

import app.alongside.decision.Stage;
import app.alongside.decision.register.PageVisibility;
import app.alongside.decision.register.SpaceVisibility;
import app.alongside.insight.Insights;
import app.alongside.insight.InsightsFigures;
import app.alongside.insight.InsightsQuery;
import app.alongside.reciprocity.ReciprocityTotals;
import app.alongside.settings.SettingsService;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * TEMPORARY, to be deleted when the SQL-backed {@link Insights} (branch insights-data) merges: the insights macro
 * needs an {@code Insights} bean for the app to start, and this one answers every query with nothing counted (but
 * still leaves out the spaces the viewer cannot view, as the contract says).
 */
@Named
public final class EmptyInsights implements Insights {

    private final SettingsService settings;

    @Inject
    public EmptyInsights(SettingsService settings) {
        this.settings = settings;
    }

    @Override
    public InsightsFigures figures(InsightsQuery query, SpaceVisibility spaces, PageVisibility pages, LocalDate today) {
        TreeSet<String> leftOut = new TreeSet<>(query.spaceKeys());
        leftOut.removeAll(spaces.visible(query.spaceKeys()));
        List<InsightsFigures.MonthRungs> months = new ArrayList<>();
        for (YearMonth month : query.months()) {
            months.add(new InsightsFigures.MonthRungs(month, Map.of()));
        }
        List<InsightsFigures.StageInvolvement> stages = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            stages.add(new InsightsFigures.StageInvolvement(stage, 0, 0, 0, 0));
        }
        int k = settings.effectiveFor(query.spaceKeys().iterator().next()).suppressionThreshold();
        return new InsightsFigures(query, List.copyOf(leftOut), 0, months, 0, stages,
                new InsightsFigures.OpenLoops(0, 0, 0, 0, Optional.empty()), List.of(), List.of(),
                new ReciprocityTotals.NotShown(k));
    }
}
