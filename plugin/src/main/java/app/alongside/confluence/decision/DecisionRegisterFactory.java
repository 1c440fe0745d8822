package app.alongside.confluence.decision;

import app.alongside.decision.register.DecisionIndex;
import app.alongside.decision.register.DecisionRegister;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.springframework.beans.factory.FactoryBean;

/** Makes core's {@link DecisionRegister} a bean over the app's index, so core needs no Spring annotation. */
@Named
public final class DecisionRegisterFactory implements FactoryBean<DecisionRegister> {

    private final DecisionRegister register;

    @Inject
    public DecisionRegisterFactory(DecisionIndex index) {
        this.register = new DecisionRegister(index);
    }

    @Override
    public DecisionRegister getObject() {
        return register;
    }

    @Override
    public Class<?> getObjectType() {
        return DecisionRegister.class;
    }
}
