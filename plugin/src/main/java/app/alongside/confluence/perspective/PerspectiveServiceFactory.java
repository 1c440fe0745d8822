package app.alongside.confluence.perspective;

import app.alongside.perspective.AuditLog;
import app.alongside.perspective.PerspectiveService;
import app.alongside.perspective.PerspectiveStore;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.springframework.beans.factory.FactoryBean;

import java.time.Clock;

/** Makes core's {@link PerspectiveService} a bean over the app's private store and audit log, on the server's clock. */
@Named
public final class PerspectiveServiceFactory implements FactoryBean<PerspectiveService> {

    private final PerspectiveService service;

    @Inject
    public PerspectiveServiceFactory(PerspectiveStore store, AuditLog audit, Clock clock) {
        this.service = new PerspectiveService(store, audit, clock);
    }

    @Override
    public PerspectiveService getObject() {
        return service;
    }

    @Override
    public Class<?> getObjectType() {
        return PerspectiveService.class;
    }
}
