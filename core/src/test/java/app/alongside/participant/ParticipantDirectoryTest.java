package app.alongside.participant;

import app.alongside.decision.register.PageVisibility;
import org.junit.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;

/** The directory's search through the in-memory index: the port's matching and order, then permissions. */
public class ParticipantDirectoryTest {

    private static final PageVisibility SEES_ALL = ids -> ids;

    private final InMemoryParticipantIndex index = new InMemoryParticipantIndex();
    private final ParticipantDirectory directory = new ParticipantDirectory(index);

    @Test
    public void peopleAreListedAlphabeticallyByTheNameTheyGoByIgnoringCase() {
        index.add(1, "COPRO", ParticipantProfiles.named("zoe Adams"));
        index.add(2, "COPRO", ParticipantProfiles.preferring(ParticipantProfiles.named("Robert Jones"), "Bob"));
        index.add(3, "COPRO", ParticipantProfiles.named("Ama Mensah"));
        index.add(4, "COPRO", ParticipantProfiles.named("ama mensah"));

        assertEquals(List.of(3L, 4L, 2L, 1L), ids(directory.search(query(), SEES_ALL)));
    }

    @Test
    public void aSkillMatchesAWholeItemOrAWordInItIgnoringCase() {
        index.add(1, "COPRO", withSkills("Ann", "Peer support", "Easy-read writing"));
        index.add(2, "COPRO", withSkills("Ben", "Supporting others"));
        index.add(3, "COPRO", withSkills("Cat", "BSL"));
        index.add(4, "COPRO", withSkills("Dan", "writing"));

        assertEquals(List.of(1L), ids(directory.search(skill("peer support"), SEES_ALL)));
        assertEquals(List.of(1L), ids(directory.search(skill("SUPPORT"), SEES_ALL)));
        assertEquals(List.of(1L, 4L), ids(directory.search(skill("Writing"), SEES_ALL)));
        assertEquals(List.of(1L), ids(directory.search(skill("easy-read writing"), SEES_ALL)));
        assertEquals(List.of(3L), ids(directory.search(skill("bsl"), SEES_ALL)));
        assertEquals("part of a word is not a word", List.of(), ids(directory.search(skill("supp"), SEES_ALL)));
    }

    @Test
    public void anInterestMatchesLikeASkillAndBothMustMatchWhenBothAreAsked() {
        index.add(1, "COPRO", ParticipantProfiles.profile("Ann", Optional.empty(), List.of("Art"),
                List.of("Housing", "Mental health law")));
        index.add(2, "COPRO", ParticipantProfiles.profile("Ben", Optional.empty(), List.of("Cooking"),
                List.of("housing")));

        assertEquals(List.of(1L, 2L), ids(directory.search(interest("HOUSING"), SEES_ALL)));
        assertEquals(List.of(1L), ids(directory.search(interest("law"), SEES_ALL)));
        DirectoryQuery both = new DirectoryQuery(Set.of("COPRO"), Optional.of("cooking"), Optional.of("housing"),
                Optional.empty(), 50);
        assertEquals(List.of(2L), ids(directory.search(both, SEES_ALL)));
    }

    @Test
    public void skillsInAnyScriptAreFound() {
        index.add(1, "COPRO", withSkills("Layla", "الترجمة العربية"));
        index.add(2, "COPRO", withSkills("Wei", "普通话"));

        assertEquals(List.of(1L), ids(directory.search(skill("العربية"), SEES_ALL)));
        assertEquals(List.of(2L), ids(directory.search(skill("普通话"), SEES_ALL)));
    }

    @Test
    public void textMatchesTheNameOrThePreferredName() {
        index.add(1, "COPRO", ParticipantProfiles.named("Priya Shah"));
        index.add(2, "COPRO", ParticipantProfiles.preferring(ParticipantProfiles.named("Robert Jones"), "Bob"));
        index.add(3, "COPRO", withSkills("Carl", "shah-style cooking"));

        assertEquals(List.of(1L), ids(directory.search(text("SHAH"), SEES_ALL)));
        assertEquals(List.of(2L), ids(directory.search(text("bob"), SEES_ALL)));
        assertEquals(List.of(2L), ids(directory.search(text("jones"), SEES_ALL)));
    }

    @Test
    public void onlyTheChosenSpacesAndNoTrashedPages() {
        index.add(1, "COPRO", ParticipantProfiles.named("Ann"));
        index.add(2, "OTHER", ParticipantProfiles.named("Ben"));
        index.add(3, "THIRD", ParticipantProfiles.named("Cat"));
        index.add(4, "COPRO", ParticipantProfiles.named("Dan"));
        index.setTrashed(4, true);

        DirectoryQuery two = new DirectoryQuery(Set.of("COPRO", "OTHER"), Optional.empty(), Optional.empty(),
                Optional.empty(), 50);
        assertEquals(List.of(1L, 2L), ids(directory.search(two, SEES_ALL)));

        index.setTrashed(4, false);
        assertEquals(List.of(1L, 2L, 4L), ids(directory.search(two, SEES_ALL)));
    }

    @Test
    public void pagesTheViewerCannotSeeAreLeftOutAndTheOrderIsKept() {
        for (int i = 1; i <= 6; i++) {
            index.add(i, "COPRO", ParticipantProfiles.named("Person " + (char) ('A' + 6 - i)));
        }
        List<Set<Long>> asked = new ArrayList<>();
        PageVisibility evenOnly = ids -> {
            asked.add(ids);
            return ids.stream().filter(id -> id % 2 == 0).collect(Collectors.toSet());
        };

        assertEquals(List.of(6L, 4L, 2L), ids(directory.search(query(), evenOnly)));
        assertEquals("one permission check", List.of(Set.of(1L, 2L, 3L, 4L, 5L, 6L)), asked);
    }

    @Test
    public void noMatchesMeansNoPermissionCheck() {
        assertEquals(List.of(), directory.search(query(), ids -> {
            throw new AssertionError("nothing to check");
        }));
    }

    @Test
    public void theLimitIsTheIndexs() {
        for (int i = 1; i <= 10; i++) {
            index.add(i, "COPRO", ParticipantProfiles.named("Person " + i));
        }

        assertEquals(3, directory.search(new DirectoryQuery(Set.of("COPRO"), Optional.empty(), Optional.empty(),
                Optional.empty(), 3), SEES_ALL).size());
    }

    @Test
    public void theIndexFindsPagesByTitleAndByAccountButNotWhenTrashed() {
        index.add(1, "COPRO", ParticipantProfiles.withAccount("Ann", "u-ann"));
        index.add(2, "COPRO", "Ben’s page", ParticipantProfiles.named("Ben"));
        assertEquals(List.of(2L), ids(index.findByTitles(List.of(new ParticipantIndex.PageTitle("COPRO", "Ben’s page"),
                new ParticipantIndex.PageTitle("OTHER", "Ann")))));
        assertEquals(List.of(1L), ids(index.findByUserKey("u-ann")));

        index.setTrashed(1, true);
        assertEquals(List.of(), index.findByUserKey("u-ann"));
        assertEquals(Optional.empty(), index.findByPageId(1));

        index.replacePage(2, "COPRO", "Ben’s page", Optional.empty());
        assertEquals("a page without a profile is not a participant page", Optional.empty(), index.findByPageId(2));
    }

    private static ParticipantProfile withSkills(String name, String... skills) {
        return ParticipantProfiles.profile(name, Optional.empty(), List.of(skills), List.of());
    }

    private static DirectoryQuery query() {
        return new DirectoryQuery(Set.of("COPRO"), Optional.empty(), Optional.empty(), Optional.empty(), 50);
    }

    private static DirectoryQuery skill(String skill) {
        return new DirectoryQuery(Set.of("COPRO"), Optional.of(skill), Optional.empty(), Optional.empty(), 50);
    }

    private static DirectoryQuery interest(String interest) {
        return new DirectoryQuery(Set.of("COPRO"), Optional.empty(), Optional.of(interest), Optional.empty(), 50);
    }

    private static DirectoryQuery text(String text) {
        return new DirectoryQuery(Set.of("COPRO"), Optional.empty(), Optional.empty(), Optional.of(text), 50);
    }

    private static List<Long> ids(List<IndexedParticipant> participants) {
        return participants.stream().map(IndexedParticipant::pageId).toList();
    }
}
