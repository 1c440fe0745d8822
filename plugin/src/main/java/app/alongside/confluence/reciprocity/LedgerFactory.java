package app.alongside.confluence.reciprocity;

import app.alongside.perspective.AuditLog;
import app.alongside.reciprocity.Ledger;
import app.alongside.reciprocity.LedgerStore;
import app.alongside.settings.SettingsService;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.springframework.beans.factory.FactoryBean;

import java.time.Clock;

/**
 * Makes core's {@link Ledger} a bean over the ledger's store, the one private-data audit log (so ledger reads and
 * changes sit beside perspective ones for administrators) and the settings that give k, on the server's clock.
 */
@Named
public final class LedgerFactory implements FactoryBean<Ledger> {

    private final Ledger ledger;

    @Inject
    public LedgerFactory(LedgerStore store, AuditLog audit, SettingsService settings, Clock clock) {
        this.ledger = new Ledger(store, audit, settings, clock);
    }

    @Override
    public Ledger getObject() {
        return ledger;
    }

    @Override
    public Class<?> getObjectType() {
        return Ledger.class;
    }
}
