package app.alongside.confluence.insight;

import app.alongside.charter.CommitmentEvaluator;
import app.alongside.decision.register.DecisionIndex;
import app.alongside.charter.ChartersInSpaces;
import app.alongside.insight.Insights;
import app.alongside.insight.InsightsIndex;
import app.alongside.insight.RegisterInsights;
import app.alongside.reciprocity.LedgerTotals;
import app.alongside.signal.AcknowledgedSignals;
import app.alongside.signal.UnrecognisedSignals;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Provider;
import org.springframework.beans.factory.FactoryBean;

/**
 * Makes core's {@link Insights} a bean ({@link RegisterInsights}): aggregates in SQL over the stored placements, the
 * register for the space signals, charters evaluated as the charter macro evaluates them, the ledger's totals, and the ledger against
 * charters' promises of recognition for the "unrecognised" space signal.
 * The insights macro and the REST resource take {@code app.alongside.insight.Insights} by injection.
 */
@Named
public final class InsightsFactory implements FactoryBean<Insights> {

    private final InsightsIndex index;
    private final DecisionIndex decisions;
    private final AcknowledgedSignals acknowledged;
    private final ChartersInSpaces charters;
    private final Provider<CommitmentEvaluator> evaluator;
    private final LedgerTotals ledger;
    private final Provider<UnrecognisedSignals> unrecognised;
    private Insights insights;

    /**
     * The evaluator and the unrecognised signal come from other factories: asked for when the bean is first made,
     * not when this factory is, so that Spring can learn this factory's type without a cycle through the charter
     * and ledger beans.
     */
    @Inject
    public InsightsFactory(InsightsIndex index, DecisionIndex decisions, AcknowledgedSignals acknowledged,
                           ChartersInSpaces charters, Provider<CommitmentEvaluator> evaluator, LedgerTotals ledger,
                           Provider<UnrecognisedSignals> unrecognised) {
        this.index = index;
        this.decisions = decisions;
        this.acknowledged = acknowledged;
        this.charters = charters;
        this.evaluator = evaluator;
        this.ledger = ledger;
        this.unrecognised = unrecognised;
    }

    @Override
    public synchronized Insights getObject() {
        if (insights == null) {
            insights = new RegisterInsights(index, decisions, acknowledged, charters, evaluator.get(), ledger,
                    unrecognised.get());
        }
        return insights;
    }

    @Override
    public Class<?> getObjectType() {
        return Insights.class;
    }
}
