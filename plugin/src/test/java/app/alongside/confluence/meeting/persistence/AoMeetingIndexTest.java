package app.alongside.confluence.meeting.persistence;

import app.alongside.decision.register.IndexedPage;
import app.alongside.meeting.IndexedMeeting;
import app.alongside.meeting.Meeting;
import app.alongside.people.PersonRef;
import app.alongside.testsupport.ao.ActiveObjectsRule;
import app.alongside.testsupport.ao.AoDatabase;
import app.alongside.testsupport.ao.EntityManagerActiveObjects;
import app.alongside.testsupport.ao.StatementCounter;
import net.java.ao.EntityManager;
import org.junit.After;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.Assert.assertEquals;

/**
 * The meeting index on a real database (H2, and PostgreSQL with {@code -Dalongside.db=postgres}), with its
 * statements counted at the JDBC level.
 */
public class AoMeetingIndexTest {

    @ClassRule
    @Rule
    public static final ActiveObjectsRule AO = ActiveObjectsRule.forEntities(MeetingEntity.class,
            MeetingChairEntity.class);

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    private final StatementCounter counter = new StatementCounter();
    private EntityManager countedManager;
    private AoMeetingIndex index;

    @Before
    public void openACountedIndex() {
        countedManager = AO.database().entityManager(AO.namespace(), counter);
        index = new AoMeetingIndex(new EntityManagerActiveObjects(countedManager));
    }

    @After
    public void closeIt() {
        AoDatabase.dispose(countedManager);
    }

    @Test
    public void aMeetingComesBackWithItsChairsInTheOrderWritten() {
        PersonRef user = new PersonRef.User("u-ann");
        PersonRef named = new PersonRef.Named("Bo: \"the\" <b>");
        PersonRef page = new PersonRef.Page("", "Cy Page");
        index.replacePage(page(1, "RC", "October meeting"), meeting(LocalDate.of(2026, 10, 8), user, named, page));

        List<IndexedMeeting> found = index.inSpaces(Set.of("RC"), Optional.empty(), TODAY, 10);

        assertEquals(List.of(new IndexedMeeting(1, "RC", "October meeting", meeting(LocalDate.of(2026, 10, 8), user,
                named, new PersonRef.Page("RC", "Cy Page")))), found);
    }

    @Test
    public void meetingsComeOldestFirstWithinTheDatesAndSpacesThenTheUndated() {
        index.replacePage(page(1, "RC", "Third"), meeting(LocalDate.of(2026, 11, 5), new PersonRef.User("a")));
        index.replacePage(page(2, "RC", "First"), meeting(LocalDate.of(2026, 9, 10), new PersonRef.User("b")));
        index.replacePage(page(3, "PEER", "Second"), meeting(LocalDate.of(2026, 10, 8)));
        index.replacePage(page(4, "RC", "Undated"), new Meeting(Optional.empty(), List.of(new PersonRef.User("c"))));
        index.replacePage(page(5, "RC", "Too early"), meeting(LocalDate.of(2026, 8, 1), new PersonRef.User("d")));
        index.replacePage(page(6, "RC", "Future"), meeting(LocalDate.of(2026, 12, 1), new PersonRef.User("e")));
        index.replacePage(page(7, "OTHER", "Elsewhere"), meeting(LocalDate.of(2026, 10, 1), new PersonRef.User("f")));

        counter.reset();
        List<IndexedMeeting> found = index.inSpaces(Set.of("RC", "PEER"), Optional.of(LocalDate.of(2026, 9, 1)),
                TODAY, 10);

        assertEquals("meetings, then their chairs: " + counter.describe(), 2, counter.count());
        assertEquals(List.of("First", "Second", "Third", "Undated"), found.stream().map(IndexedMeeting::title).toList());
        assertEquals(List.of(), found.get(1).meeting().chairs());
        assertEquals(List.of("First", "Second"), index.inSpaces(Set.of("RC", "PEER"),
                Optional.of(LocalDate.of(2026, 9, 1)), TODAY, 2).stream().map(IndexedMeeting::title).toList());
    }

    @Test
    public void replacingAPageKeepsOneMeetingForIt() {
        index.replacePage(page(1, "RC", "Meeting"), meeting(LocalDate.of(2026, 10, 8), new PersonRef.User("a")));
        index.replacePage(page(1, "RC", "Meeting renamed"), meeting(LocalDate.of(2026, 10, 9), new PersonRef.User("b"),
                new PersonRef.User("c")));

        List<IndexedMeeting> found = index.inSpaces(Set.of("RC"), Optional.empty(), TODAY, 10);

        assertEquals(1, index.size());
        assertEquals(List.of(new IndexedMeeting(1, "RC", "Meeting renamed", meeting(LocalDate.of(2026, 10, 9),
                new PersonRef.User("b"), new PersonRef.User("c")))), found);
    }

    @Test
    public void resavingAnUnchangedMeetingCostsOneReadAndWritesNothing() {
        index.replacePage(page(1, "RC", "Meeting"), meeting(LocalDate.of(2026, 10, 8), new PersonRef.User("a")));

        int statements = counter.countDuring(() -> index.replacePage(page(1, "RC", "Meeting"),
                meeting(LocalDate.of(2026, 10, 8), new PersonRef.User("a"))));

        assertEquals("1 read of the fingerprint: " + counter.describe(), 1, statements);
    }

    @Test
    public void aNewMeetingCostsAReadAndTwoInserts() {
        int statements = counter.countDuring(() -> index.replacePage(page(1, "RC", "Meeting"),
                meeting(LocalDate.of(2026, 10, 8), new PersonRef.User("a"), new PersonRef.User("b"))));

        assertEquals("1 read, 1 insert of the meeting, 1 batched insert of its chairs: " + counter.describe(), 3,
                statements);
    }

    @Test
    public void forgettingAPageWithoutAMeetingCostsOneStatement() {
        int statements = counter.countDuring(() -> index.removePage(77));

        assertEquals(counter.describe(), 1, statements);
    }

    @Test
    public void aTrashedMeetingIsHiddenAndARestoreShowsItAgain() {
        index.replacePage(page(1, "RC", "Meeting"), meeting(LocalDate.of(2026, 10, 8), new PersonRef.User("a")));

        index.setTrashed(1, true);
        assertEquals(List.of(), index.inSpaces(Set.of("RC"), Optional.empty(), TODAY, 10));
        assertEquals(1, index.size());

        index.setTrashed(1, false);
        assertEquals(1, index.inSpaces(Set.of("RC"), Optional.empty(), TODAY, 10).size());
    }

    @Test
    public void aRestoredPageReindexedWithTheSameMeetingIsShownAgain() {
        index.replacePage(page(1, "RC", "Meeting"), meeting(LocalDate.of(2026, 10, 8), new PersonRef.User("a")));
        index.setTrashed(1, true);

        index.replacePage(page(1, "RC", "Meeting"), meeting(LocalDate.of(2026, 10, 8), new PersonRef.User("a")));

        assertEquals(1, index.inSpaces(Set.of("RC"), Optional.empty(), TODAY, 10).size());
    }

    @Test
    public void removingAPageForgetsItsMeetingAndChairs() {
        index.replacePage(page(1, "RC", "Meeting"), meeting(LocalDate.of(2026, 10, 8), new PersonRef.User("a")));

        index.removePage(1);

        assertEquals(0, index.size());
        assertEquals(0, AO.activeObjects().count(MeetingChairEntity.class, "PAGE_ID = ?", 1L));
    }

    @Test
    public void clearForgetsEverything() {
        index.replacePage(page(1, "RC", "One"), meeting(LocalDate.of(2026, 10, 8), new PersonRef.User("a")));
        index.replacePage(page(2, "RC", "Two"), meeting(LocalDate.of(2026, 10, 9), new PersonRef.User("b")));

        index.clear();

        assertEquals(0, index.size());
        assertEquals(0, AO.activeObjects().count(MeetingChairEntity.class, net.java.ao.Query.select()));
    }

    @Test
    public void pagesNotMetSinceARebuildBeganAreForgottenExceptThoseKept() {
        index.replacePage(page(1, "RC", "Still there"), meeting(LocalDate.of(2026, 10, 8), new PersonRef.User("a")));
        index.replacePage(page(2, "RC", "Macro removed"), meeting(LocalDate.of(2026, 10, 9), new PersonRef.User("b")));
        index.replacePage(page(3, "PEER", "Other space"), meeting(LocalDate.of(2026, 10, 9), new PersonRef.User("b")));
        long before = index.highestId();

        int forgotten = index.forgetPagesIndexedUpTo(before, Set.of(1L), Optional.of("RC"));

        assertEquals(1, forgotten);
        assertEquals(List.of("Still there", "Other space"), index.inSpaces(Set.of("RC", "PEER"), Optional.empty(),
                TODAY, 10).stream().map(IndexedMeeting::title).toList());
    }

    @Test
    public void aLongTitleIsCutToTheColumn() {
        index.replacePage(page(1, "RC", "T".repeat(400)), meeting(LocalDate.of(2026, 10, 8), new PersonRef.User("a")));

        assertEquals(255, index.inSpaces(Set.of("RC"), Optional.empty(), TODAY, 10).get(0).title().length());
    }

    private static IndexedPage page(long id, String space, String title) {
        return new IndexedPage(id, space, title, IndexedPage.ContentType.PAGE, List.of());
    }

    private static Meeting meeting(LocalDate on, PersonRef... chairs) {
        return new Meeting(Optional.of(on), List.of(chairs));
    }
}
