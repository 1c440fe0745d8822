package app.alongside.confluence.time;

import jakarta.inject.Named;
import org.springframework.beans.factory.FactoryBean;

import java.time.Clock;

/**
 * The server's clock, in the server's time zone, as a bean: components that ask "what day is it?" (which reviews are
 * due) take a {@link Clock} so that tests can fix the day.
 */
@Named
public final class SystemClockFactory implements FactoryBean<Clock> {

    @Override
    public Clock getObject() {
        return Clock.systemDefaultZone();
    }

    @Override
    public Class<?> getObjectType() {
        return Clock.class;
    }
}
