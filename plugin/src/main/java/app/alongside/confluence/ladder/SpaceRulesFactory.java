package app.alongside.confluence.ladder;

import app.alongside.ladder.AgreedCharters;
import app.alongside.ladder.CharterParityRules;
import app.alongside.ladder.SpaceRules;
import app.alongside.settings.SettingsService;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.springframework.beans.factory.FactoryBean;

/** Makes core's {@link CharterParityRules} the app's {@link SpaceRules}: settings parity, raised by an agreed charter. */
@Named
public final class SpaceRulesFactory implements FactoryBean<SpaceRules> {

    private final SpaceRules rules;

    @Inject
    public SpaceRulesFactory(SettingsService settings, AgreedCharters charters) {
        this.rules = new CharterParityRules(settings, charters);
    }

    @Override
    public SpaceRules getObject() {
        return rules;
    }

    @Override
    public Class<?> getObjectType() {
        return SpaceRules.class;
    }
}
