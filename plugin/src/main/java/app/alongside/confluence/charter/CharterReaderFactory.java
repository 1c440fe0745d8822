package app.alongside.confluence.charter;

import app.alongside.charter.CharterReader;
import jakarta.inject.Named;
import org.springframework.beans.factory.FactoryBean;

/** Makes core's {@link CharterReader} (stateless) a bean, so the macro and REST resource take it by injection. */
@Named
public final class CharterReaderFactory implements FactoryBean<CharterReader> {

    private final CharterReader reader = new CharterReader();

    @Override
    public CharterReader getObject() {
        return reader;
    }

    @Override
    public Class<?> getObjectType() {
        return CharterReader.class;
    }
}
