package app.alongside.confluence.participant;

import app.alongside.participant.ParticipantProfileReader;
import jakarta.inject.Named;
import org.springframework.beans.factory.FactoryBean;

/** Makes core's {@link ParticipantProfileReader} (stateless) a bean, so core needs no Spring annotation. */
@Named
public final class ParticipantProfileReaderFactory implements FactoryBean<ParticipantProfileReader> {

    private final ParticipantProfileReader reader = new ParticipantProfileReader();

    @Override
    public ParticipantProfileReader getObject() {
        return reader;
    }

    @Override
    public Class<?> getObjectType() {
        return ParticipantProfileReader.class;
    }
}
