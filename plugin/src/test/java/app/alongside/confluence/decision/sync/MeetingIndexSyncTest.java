package app.alongside.confluence.decision.sync;

import app.alongside.confluence.decision.persistence.AoDecisionIndex;
import app.alongside.confluence.decision.persistence.ContributionEntity;
import app.alongside.confluence.decision.persistence.DecisionEntity;
import app.alongside.confluence.decision.persistence.DecisionPersonEntity;
import app.alongside.confluence.meeting.persistence.AoMeetingIndex;
import app.alongside.confluence.meeting.persistence.MeetingChairEntity;
import app.alongside.confluence.meeting.persistence.MeetingEntity;
import app.alongside.confluence.meeting.sync.MeetingPageIndexer;
import app.alongside.confluence.participant.persistence.AoParticipantIndex;
import app.alongside.confluence.participant.persistence.ParticipantEntity;
import app.alongside.confluence.participant.sync.ParticipantPageIndexer;
import app.alongside.meeting.IndexedMeeting;
import app.alongside.participant.ParticipantProfileReader;
import app.alongside.people.PersonRef;
import app.alongside.testsupport.ao.ActiveObjectsRule;
import app.alongside.testsupport.ao.AoDatabase;
import app.alongside.testsupport.ao.EntityManagerActiveObjects;
import app.alongside.testsupport.ao.StatementCounter;
import com.atlassian.confluence.event.events.content.blogpost.BlogPostCreateEvent;
import com.atlassian.confluence.event.events.content.blogpost.BlogPostUpdateEvent;
import com.atlassian.confluence.event.events.content.page.PageCreateEvent;
import com.atlassian.confluence.event.events.content.page.PageMoveEvent;
import com.atlassian.confluence.event.events.content.page.PageRemoveEvent;
import com.atlassian.confluence.event.events.content.page.PageRestoreEvent;
import com.atlassian.confluence.event.events.content.page.PageTrashedEvent;
import com.atlassian.confluence.event.events.content.page.PageUpdateEvent;
import com.atlassian.confluence.pages.Page;
import com.atlassian.event.api.EventPublisher;
import net.java.ao.EntityManager;
import org.junit.After;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static app.alongside.confluence.decision.sync.TestContent.blogPost;
import static app.alongside.confluence.decision.sync.TestContent.page;
import static app.alongside.confluence.decision.sync.TestContent.space;
import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;

/**
 * Page events keep the meeting index in step, through core's reader and a real database, and pages that record no
 * meeting cost the meeting index no statement (counted at the JDBC level).
 */
public class MeetingIndexSyncTest {

    @ClassRule
    @Rule
    public static final ActiveObjectsRule AO = ActiveObjectsRule.forEntities(DecisionEntity.class,
            DecisionPersonEntity.class, ContributionEntity.class, ParticipantEntity.class, MeetingEntity.class,
            MeetingChairEntity.class, app.alongside.confluence.ladder.persistence.PlacementEntity.class,
            app.alongside.confluence.ladder.persistence.PlacementLoopEntity.class,
            app.alongside.confluence.charter.persistence.CharterPageEntity.class);

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    private final StatementCounter meetingStatements = new StatementCounter();
    private EntityManager countedManager;
    private AoMeetingIndex meetings;
    private DecisionIndexSync sync;

    @Before
    public void syncWithACountedMeetingIndex() {
        countedManager = AO.database().entityManager(AO.namespace(), meetingStatements);
        meetings = new AoMeetingIndex(new EntityManagerActiveObjects(countedManager));
        AoDecisionIndex decisions = new AoDecisionIndex(AO.activeObjects(), Clock.systemUTC());
        AoParticipantIndex participants = new AoParticipantIndex(AO.activeObjects());
        sync = new DecisionIndexSync(mock(EventPublisher.class), app.alongside.confluence.testing.TestPlacements.indexer(AO.activeObjects(), decisions),
                new ParticipantPageIndexer(participants, new ParticipantProfileReader()), participants,
                new MeetingPageIndexer(meetings), meetings,
                org.mockito.Mockito.mock(app.alongside.confluence.ladder.PlacementRefresh.class));
    }

    @After
    public void closeIt() {
        AoDatabase.dispose(countedManager);
    }

    private static String notes(String date, String chairs) {
        return "<p>Notes</p><ac:structured-macro ac:name=\"alongside-meeting\" ac:schema-version=\"1\">"
                + "<ac:parameter ac:name=\"date\">" + date + "</ac:parameter>"
                + "<ac:rich-text-body><p>" + chairs + "</p></ac:rich-text-body></ac:structured-macro>";
    }

    private List<IndexedMeeting> indexed() {
        return meetings.inSpaces(Set.of("RC", "PEER"), Optional.empty(), TODAY, 10);
    }

    @Test
    public void aNewMeetingPageIsIndexedAndAnEditChangesIt() {
        Page created = page(10, "RC", "October meeting", notes("8 October 2026", "Ann"));
        sync.onPageCreated(new PageCreateEvent(this, created, Map.of(), null));
        assertEquals(List.of(new PersonRef.Named("Ann")), indexed().get(0).meeting().chairs());

        sync.onPageUpdated(new PageUpdateEvent(this, page(10, "RC", "October meeting",
                notes("8 October 2026", "Ann and Bo")), created, null));

        assertEquals(List.of(new PersonRef.Named("Ann"), new PersonRef.Named("Bo")),
                indexed().get(0).meeting().chairs());
    }

    @Test
    public void removingTheMacroFromAPageForgetsItsMeeting() {
        Page created = page(10, "RC", "October meeting", notes("2026-10-08", "Ann"));
        sync.onPageCreated(new PageCreateEvent(this, created, Map.of(), null));

        sync.onPageUpdated(new PageUpdateEvent(this, page(10, "RC", "October meeting", "<p>No record now</p>"),
                created, null));

        assertEquals(List.of(), indexed());
    }

    @Test
    public void withoutThePreviousVersionAnUpdateStillForgetsARemovedMeeting() {
        sync.onPageCreated(new PageCreateEvent(this, page(10, "RC", "M", notes("2026-10-08", "Ann")), Map.of(), null));

        sync.onPageUpdated(new PageUpdateEvent(this, page(10, "RC", "M", "<p>Gone</p>"), null, null));

        assertEquals(List.of(), indexed());
    }

    @Test
    public void pagesThatNeverRecordAMeetingCostTheMeetingIndexNothing() {
        Page ordinary = page(20, "RC", "Ordinary", "<p>Just a page</p>");

        int statements = meetingStatements.countDuring(() -> {
            sync.onPageCreated(new PageCreateEvent(this, ordinary, Map.of(), null));
            sync.onPageUpdated(new PageUpdateEvent(this, page(20, "RC", "Ordinary", "<p>Edited</p>"), ordinary, null));
            sync.onPageMoved(new PageMoveEvent(this, page(20, "PEER", "Ordinary", "<p>Edited</p>"), List.of(),
                    space("RC"), null, null, null, false));
            sync.onPageTrashed(new PageTrashedEvent(this, ordinary, null, false));
            sync.onPageRestored(new PageRestoreEvent(this, ordinary));
            sync.onPageRemoved(new PageRemoveEvent(this, ordinary));
        });

        assertEquals(meetingStatements.describe(), 0, statements);
    }

    @Test
    public void trashHidesTheMeetingRestoreShowsItAndPurgeForgetsIt() {
        Page notes = page(10, "RC", "October meeting", notes("2026-10-08", "Ann"));
        sync.onPageCreated(new PageCreateEvent(this, notes, Map.of(), null));

        sync.onPageTrashed(new PageTrashedEvent(this, notes, null, false));
        assertEquals(List.of(), indexed());
        assertEquals(1, meetings.size());

        sync.onPageRestored(new PageRestoreEvent(this, notes));
        assertEquals(1, indexed().size());

        sync.onPageTrashed(new PageTrashedEvent(this, notes, null, false));
        sync.onPageRemoved(new PageRemoveEvent(this, notes));
        assertEquals(0, meetings.size());
    }

    @Test
    public void aMoveTakesTheMeetingToItsNewSpace() {
        sync.onPageCreated(new PageCreateEvent(this, page(10, "RC", "M", notes("2026-10-08", "Ann")), Map.of(), null));

        sync.onPageMoved(new PageMoveEvent(this, page(10, "PEER", "M", notes("2026-10-08", "Ann")), List.of(),
                space("RC"), null, null, null, false));

        assertEquals("PEER", indexed().get(0).spaceKey());
    }

    @Test
    public void aBlogPostCanRecordAMeetingToo() {
        var post = blogPost(30, "RC", "Write-up", notes("2026-10-08", "Ann"));
        sync.onBlogPostCreated(new BlogPostCreateEvent(this, post, Map.of(), null));
        assertEquals(1, indexed().size());

        sync.onBlogPostUpdated(new BlogPostUpdateEvent(this, blogPost(30, "RC", "Write-up", "<p>None</p>"), post,
                null));
        assertEquals(List.of(), indexed());
    }

    @Test
    public void brokenStorageKeepsWhatTheIndexHad() {
        Page notes = page(10, "RC", "M", notes("2026-10-08", "Ann"));
        sync.onPageCreated(new PageCreateEvent(this, notes, Map.of(), null));

        sync.onPageUpdated(new PageUpdateEvent(this, page(10, "RC", "M",
                "<ac:structured-macro ac:name=\"alongside-meeting\"><p>"), notes, null));

        assertEquals(1, indexed().size());
    }
}
