package app.alongside.confluence.signal;

import app.alongside.charter.ChartersInSpaces;
import app.alongside.reciprocity.Ledger;
import app.alongside.signal.UnrecognisedSignals;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Provider;
import org.springframework.beans.factory.FactoryBean;

/**
 * Makes core's {@link UnrecognisedSignals} a bean over the charters insights reads and the reciprocity
 * {@link Ledger}, the same ledger the charter's "recognised within N days" commitment is checked against.
 */
@Named
public final class UnrecognisedSignalsFactory implements FactoryBean<UnrecognisedSignals> {

    private final Provider<ChartersInSpaces> charters;
    private final Provider<Ledger> ledger;
    private UnrecognisedSignals unrecognised;

    /**
     * Both are asked for when the bean is first made, not when this factory is, so that Spring can learn this
     * factory's type without a cycle through the ledger's and settings' factories.
     */
    @Inject
    public UnrecognisedSignalsFactory(Provider<ChartersInSpaces> charters, Provider<Ledger> ledger) {
        this.charters = charters;
        this.ledger = ledger;
    }

    @Override
    public synchronized UnrecognisedSignals getObject() {
        if (unrecognised == null) {
            unrecognised = new UnrecognisedSignals(charters.get(), ledger.get());
        }
        return unrecognised;
    }

    @Override
    public Class<?> getObjectType() {
        return UnrecognisedSignals.class;
    }
}
