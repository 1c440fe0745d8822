package app.alongside.confluence.signal;

import app.alongside.insight.ChartersInSpaces;
import app.alongside.reciprocity.Ledger;
import app.alongside.signal.UnrecognisedSignals;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.springframework.beans.factory.FactoryBean;

/**
 * Makes core's {@link UnrecognisedSignals} a bean over the charters insights reads and the reciprocity
 * {@link Ledger}, the same ledger the charter's "recognised within N days" commitment is checked against.
 */
@Named
public final class UnrecognisedSignalsFactory implements FactoryBean<UnrecognisedSignals> {

    private final UnrecognisedSignals unrecognised;

    @Inject
    public UnrecognisedSignalsFactory(ChartersInSpaces charters, Ledger ledger) {
        this.unrecognised = new UnrecognisedSignals(charters, ledger);
    }

    @Override
    public UnrecognisedSignals getObject() {
        return unrecognised;
    }

    @Override
    public Class<?> getObjectType() {
        return UnrecognisedSignals.class;
    }
}
