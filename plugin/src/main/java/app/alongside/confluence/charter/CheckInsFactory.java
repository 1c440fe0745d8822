package app.alongside.confluence.charter;

import app.alongside.charter.checkin.CheckInStore;
import app.alongside.charter.checkin.CheckIns;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.springframework.beans.factory.FactoryBean;

/** Makes core's {@link CheckIns} a bean over the app's check-in store. */
@Named
public final class CheckInsFactory implements FactoryBean<CheckIns> {

    private final CheckIns checkIns;

    @Inject
    public CheckInsFactory(CheckInStore store) {
        this.checkIns = new CheckIns(store);
    }

    @Override
    public CheckIns getObject() {
        return checkIns;
    }

    @Override
    public Class<?> getObjectType() {
        return CheckIns.class;
    }
}
