package app.alongside.workbench.plugin.fake;

import com.atlassian.sal.api.message.I18nResolver;
import org.springframework.beans.factory.FactoryBean;

public final class GreetingFactory implements FactoryBean<Greeting> {

    private final I18nResolver i18n;

    public GreetingFactory(I18nResolver i18n) {
        this.i18n = i18n;
    }

    @Override
    public Greeting getObject() {
        return new Greeting(i18n.getText("fake.greeting"));
    }

    @Override
    public Class<?> getObjectType() {
        return Greeting.class;
    }
}
