package app.alongside.confluence.perspective;

import app.alongside.perspective.AuditLog;
import app.alongside.perspective.PerspectiveChanges;
import app.alongside.perspective.PerspectiveService;
import app.alongside.perspective.SubjectKey;
import jakarta.inject.Provider;
import app.alongside.perspective.PerspectiveStore;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.springframework.beans.factory.FactoryBean;

import java.time.Clock;

/**
 * Makes core's {@link PerspectiveService} a bean over the app's private store and audit log, on the server's clock,
 * telling {@link PerspectiveChanges} (the placement refresh) after every change.
 */
@Named
public final class PerspectiveServiceFactory implements FactoryBean<PerspectiveService> {

    private final PerspectiveService service;

    @Inject
    public PerspectiveServiceFactory(PerspectiveStore store, AuditLog audit, Clock clock,
                                     Provider<PerspectiveChanges> changes) {
        // Looked up when told, not when built: what listens (placements) itself counts perspectives.
        this.service = new PerspectiveService(store, audit, clock, new PerspectiveChanges() {
            @Override
            public void changed(SubjectKey subject) {
                changes.get().changed(subject);
            }

            @Override
            public void changedForMany() {
                changes.get().changedForMany();
            }
        });
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
