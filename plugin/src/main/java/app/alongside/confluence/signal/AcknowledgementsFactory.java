package app.alongside.confluence.signal;

import app.alongside.signal.AcknowledgementStore;
import app.alongside.signal.Acknowledgements;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.springframework.beans.factory.FactoryBean;

import java.time.Clock;

/** Makes core's {@link Acknowledgements} a bean over the app's acknowledgement store. */
@Named
public final class AcknowledgementsFactory implements FactoryBean<Acknowledgements> {

    private final Acknowledgements acknowledgements;

    @Inject
    public AcknowledgementsFactory(AcknowledgementStore store, Clock clock) {
        this.acknowledgements = new Acknowledgements(store, clock);
    }

    @Override
    public Acknowledgements getObject() {
        return acknowledgements;
    }

    @Override
    public Class<?> getObjectType() {
        return Acknowledgements.class;
    }
}
