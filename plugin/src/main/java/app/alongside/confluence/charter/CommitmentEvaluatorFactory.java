package app.alongside.confluence.charter;

import app.alongside.charter.CommitmentEvaluator;
import app.alongside.decision.register.DecisionIndex;
import app.alongside.meeting.MeetingIndex;
import app.alongside.perspective.InvolvementTotals;
import app.alongside.reciprocity.Ledger;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.springframework.beans.factory.FactoryBean;

/**
 * Makes core's {@link CommitmentEvaluator} a bean over the decision index and the one {@link InvolvementTotals}, so
 * a charter's totals about lived experience are suppressed exactly as the register's are, over the meeting index
 * for "the chair rotates", and over the reciprocity {@link Ledger} for "contributions are recognised within N days".
 */
@Named
public final class CommitmentEvaluatorFactory implements FactoryBean<CommitmentEvaluator> {

    private final CommitmentEvaluator evaluator;

    @Inject
    public CommitmentEvaluatorFactory(DecisionIndex index, InvolvementTotals totals, MeetingIndex meetings,
                                      Ledger ledger) {
        this.evaluator = new CommitmentEvaluator(index, totals, meetings, ledger);
    }

    @Override
    public CommitmentEvaluator getObject() {
        return evaluator;
    }

    @Override
    public Class<?> getObjectType() {
        return CommitmentEvaluator.class;
    }
}
