package app.alongside.confluence.settings;

import app.alongside.settings.SettingsRepository;
import app.alongside.settings.SettingsService;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.springframework.beans.factory.FactoryBean;

/** Makes core's {@link SettingsService} a bean, so core needs no Spring annotation. */
@Named
public final class SettingsServiceFactory implements FactoryBean<SettingsService> {

    private final SettingsService service;

    @Inject
    public SettingsServiceFactory(SettingsRepository repository) {
        this.service = new SettingsService(repository);
    }

    @Override
    public SettingsService getObject() {
        return service;
    }

    @Override
    public Class<?> getObjectType() {
        return SettingsService.class;
    }
}
