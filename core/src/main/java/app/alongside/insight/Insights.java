package app.alongside.insight;

import app.alongside.decision.register.PageVisibility;
import app.alongside.decision.register.SpaceVisibility;

import java.time.LocalDate;

/** The figures of an insights page, for the person asking (what they may see) on {@code today}. */
@FunctionalInterface
public interface Insights {

    /** Spaces in the query the viewer may not view are left out, never an error. */
    InsightsFigures figures(InsightsQuery query, SpaceVisibility spaces, PageVisibility pages, LocalDate today);
}
