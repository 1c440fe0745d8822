package app.alongside.confluence.charter;

import app.alongside.charter.signing.SignatureStore;
import app.alongside.charter.signing.Signing;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.springframework.beans.factory.FactoryBean;

import java.time.Clock;

/** Makes core's {@link Signing} a bean over the app's signature store, on the server's clock. */
@Named
public final class SigningFactory implements FactoryBean<Signing> {

    private final Signing signing;

    @Inject
    public SigningFactory(SignatureStore store, Clock clock) {
        this.signing = new Signing(store, clock);
    }

    @Override
    public Signing getObject() {
        return signing;
    }

    @Override
    public Class<?> getObjectType() {
        return Signing.class;
    }
}
