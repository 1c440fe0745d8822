package app.alongside.confluence.participant;

import app.alongside.participant.ParticipantDirectory;
import app.alongside.participant.ParticipantIndex;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.springframework.beans.factory.FactoryBean;

/** Makes core's {@link ParticipantDirectory} a bean over the app's participant index. */
@Named
public final class ParticipantDirectoryFactory implements FactoryBean<ParticipantDirectory> {

    private final ParticipantDirectory directory;

    @Inject
    public ParticipantDirectoryFactory(ParticipantIndex index) {
        this.directory = new ParticipantDirectory(index);
    }

    @Override
    public ParticipantDirectory getObject() {
        return directory;
    }

    @Override
    public Class<?> getObjectType() {
        return ParticipantDirectory.class;
    }
}
