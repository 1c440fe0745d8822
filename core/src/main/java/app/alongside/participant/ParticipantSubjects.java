package app.alongside.participant;

import app.alongside.people.PersonRef;
import app.alongside.perspective.SubjectKey;
import app.alongside.perspective.SubjectResolver;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Whose private data the people on a page are, from the participant index: a user is that user; a participant page
 * is the account it names, if it names one (so a person and their page are one subject), otherwise the page; a
 * typed name, or a page the index does not know as a participant page, is nobody. One index query for any number of
 * page references. A page reference's space key is used as given: callers fill an empty one with
 * {@link PersonRef.Page#inSpace}.
 */
public final class ParticipantSubjects implements SubjectResolver {

    private final ParticipantIndex index;

    public ParticipantSubjects(ParticipantIndex index) {
        this.index = Objects.requireNonNull(index, "index");
    }

    @Override
    public Map<PersonRef, SubjectKey> resolve(Collection<PersonRef> people) {
        Set<ParticipantIndex.PageTitle> titles = new LinkedHashSet<>();
        for (PersonRef person : people) {
            if (person instanceof PersonRef.Page page) {
                titles.add(new ParticipantIndex.PageTitle(page.spaceKey(), page.title()));
            }
        }
        Map<String, IndexedParticipant> exact = new HashMap<>();
        Map<String, IndexedParticipant> ignoringCase = new HashMap<>();
        if (!titles.isEmpty()) {
            for (IndexedParticipant found : index.findByTitles(titles)) {
                exact.putIfAbsent(pageKey(found.spaceKey(), found.pageTitle()), found);
                ignoringCase.putIfAbsent(pageKey(found.spaceKey(), found.pageTitle()).toLowerCase(Locale.ROOT), found);
            }
        }
        Map<PersonRef, SubjectKey> subjects = new LinkedHashMap<>();
        for (PersonRef person : people) {
            Optional<SubjectKey> subject = Optional.empty();
            if (person instanceof PersonRef.User user) {
                subject = SubjectKey.parse("user:" + user.userKey());
            } else if (person instanceof PersonRef.Page page) {
                String key = pageKey(page.spaceKey(), page.title());
                IndexedParticipant found = exact.getOrDefault(key, ignoringCase.get(key.toLowerCase(Locale.ROOT)));
                subject = Optional.ofNullable(found).map(ParticipantSubjects::subjectOf);
            }
            subject.ifPresent(s -> subjects.put(person, s));
        }
        return subjects;
    }

    /** The subject a participant page stands for: its linked account if it names one, otherwise the page. */
    public static SubjectKey subjectOf(IndexedParticipant participant) {
        return participant.userKey().flatMap(key -> SubjectKey.parse("user:" + key))
                .orElseGet(() -> SubjectKey.participantPage(participant.pageId()));
    }

    private static String pageKey(String spaceKey, String title) {
        return spaceKey + "\n" + title;
    }
}
