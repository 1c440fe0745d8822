package app.alongside.confluence.participant;

import app.alongside.participant.ParticipantIndex;
import app.alongside.participant.ParticipantSubjects;
import app.alongside.people.PersonRef;
import app.alongside.perspective.SubjectKey;
import app.alongside.perspective.SubjectResolver;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Collection;
import java.util.Map;

/**
 * The app's {@link SubjectResolver}: core's {@link ParticipantSubjects} over the participant index. A plain bean
 * rather than a {@code FactoryBean} on purpose: Spring creates factory beans early to learn their type, and a factory
 * needing a resolver that another factory makes (the involvement totals need this one) is a cycle it cannot break.
 */
@Named
public final class ParticipantSubjectResolver implements SubjectResolver {

    private final ParticipantSubjects subjects;

    @Inject
    public ParticipantSubjectResolver(ParticipantIndex index) {
        this.subjects = new ParticipantSubjects(index);
    }

    @Override
    public Map<PersonRef, SubjectKey> resolve(Collection<PersonRef> people) {
        return subjects.resolve(people);
    }
}
