package app.alongside.participant;

import app.alongside.people.PersonRef;
import app.alongside.perspective.SubjectKey;
import org.junit.Test;

import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;

public class ParticipantSubjectsTest {

    private final InMemoryParticipantIndex index = new InMemoryParticipantIndex();
    private final ParticipantSubjects subjects = new ParticipantSubjects(index);

    @Test
    public void aUserIsThatUser() {
        assertEquals(Map.of(new PersonRef.User("u1"), SubjectKey.user("u1")),
                subjects.resolve(List.of(new PersonRef.User("u1"))));
    }

    @Test
    public void aParticipantPageThatNamesAnAccountIsThatAccount() {
        index.add(10, "COPRO", ParticipantProfiles.withAccount("Alice Smith", "u-alice"));

        assertEquals(Map.of(new PersonRef.Page("COPRO", "Alice Smith"), SubjectKey.user("u-alice")),
                subjects.resolve(List.of(new PersonRef.Page("COPRO", "Alice Smith"))));
    }

    @Test
    public void aParticipantPageWithoutAnAccountIsThePage() {
        index.add(20, "COPRO", ParticipantProfiles.named("Sam"));

        assertEquals(Map.of(new PersonRef.Page("COPRO", "Sam"), SubjectKey.participantPage(20)),
                subjects.resolve(List.of(new PersonRef.Page("COPRO", "Sam"))));
    }

    @Test
    public void aTypedNameAnUnknownPageAndATrashedPageAreNobody() {
        index.add(20, "COPRO", ParticipantProfiles.named("Sam"));
        index.add(21, "COPRO", ParticipantProfiles.named("Rae"));
        index.setTrashed(21, true);

        assertEquals(Map.of(), subjects.resolve(List.of(new PersonRef.Named("Sam"),
                new PersonRef.Page("COPRO", "Meeting notes"), new PersonRef.Page("OTHER", "Sam"),
                new PersonRef.Page("COPRO", "Rae"))));
    }

    @Test
    public void anEmptySpaceKeyIsUsedAsGivenSoCallersFillItIn() {
        index.add(20, "COPRO", ParticipantProfiles.named("Sam"));

        assertEquals(Map.of(), subjects.resolve(List.of(new PersonRef.Page("", "Sam"))));
        assertEquals(Map.of(new PersonRef.Page("COPRO", "Sam"), SubjectKey.participantPage(20)),
                subjects.resolve(List.of(new PersonRef.Page("", "Sam").inSpace("COPRO"))));
    }

    @Test
    public void aTitleTheIndexMatchedIgnoringCaseStillResolves() {
        IndexedParticipant sam = IndexedParticipant.of(20, "COPRO", "Sam Okafor", ParticipantProfiles.named("Sam"));
        // An index whose database compares titles ignoring case, as Confluence does.
        ParticipantIndex ignoringCase = (ParticipantIndex) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {ParticipantIndex.class}, (proxy, method, args) -> {
                    if (method.getName().equals("findByTitles")) {
                        return List.of(sam);
                    }
                    throw new AssertionError(method.getName());
                });

        assertEquals(Map.of(new PersonRef.Page("COPRO", "sam okafor"), SubjectKey.participantPage(20)),
                new ParticipantSubjects(ignoringCase).resolve(List.of(new PersonRef.Page("COPRO", "sam okafor"))));
    }

    @Test
    public void anyNumberOfPagesCostsOneIndexQuery() {
        for (int i = 1; i <= 50; i++) {
            index.add(i, "COPRO", ParticipantProfiles.named("Person " + i));
        }
        List<PersonRef> people = new java.util.ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            people.add(new PersonRef.Page("COPRO", "Person " + i));
            people.add(new PersonRef.User("u" + i));
            people.add(new PersonRef.Named("Name " + i));
        }
        int before = index.statements();

        Map<PersonRef, SubjectKey> resolved = subjects.resolve(people);

        assertEquals(1, index.statements() - before);
        assertEquals(110, resolved.size());
    }

    @Test
    public void noPagesMeansNoIndexQuery() {
        subjects.resolve(List.of(new PersonRef.User("u1"), new PersonRef.Named("Jo")));

        assertEquals(0, index.statements());
    }

    @Test
    public void aUserKeyTooLongToBeASubjectIsNobody() {
        assertEquals(Map.of(), subjects.resolve(List.of(new PersonRef.User("k".repeat(300)))));
    }
}
