package app.alongside.confluence.perspective;

import app.alongside.decision.register.DecisionIndex;
import app.alongside.perspective.InvolvementTotals;
import app.alongside.perspective.PerspectiveStore;
import app.alongside.perspective.SubjectResolver;
import app.alongside.settings.SettingsService;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.springframework.beans.factory.FactoryBean;

/**
 * Makes core's {@link InvolvementTotals} a bean: the one way every feature asks how many people with lived
 * experience took part, over the private store, the participant index (who is whom) and the decision index.
 */
@Named
public final class InvolvementTotalsFactory implements FactoryBean<InvolvementTotals> {

    private final InvolvementTotals totals;

    @Inject
    public InvolvementTotalsFactory(PerspectiveStore store, SubjectResolver resolver, DecisionIndex index,
                                    SettingsService settings) {
        this.totals = new InvolvementTotals(store, resolver, index, settings);
    }

    @Override
    public InvolvementTotals getObject() {
        return totals;
    }

    @Override
    public Class<?> getObjectType() {
        return InvolvementTotals.class;
    }
}
