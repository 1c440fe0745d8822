package app.alongside.confluence.decision.sync;

import app.alongside.confluence.meeting.persistence.AoMeetingIndex;
import app.alongside.confluence.meeting.persistence.MeetingChairEntity;
import app.alongside.confluence.meeting.persistence.MeetingEntity;
import app.alongside.confluence.meeting.sync.MeetingPageIndexer;
import app.alongside.confluence.charter.persistence.AoCharterPageIndex;
import app.alongside.confluence.charter.persistence.CharterPageEntity;
import app.alongside.confluence.ladder.persistence.PlacementEntity;
import app.alongside.confluence.ladder.persistence.PlacementLoopEntity;
import app.alongside.confluence.testing.TestPlacements;

import app.alongside.confluence.decision.persistence.AoDecisionIndex;
import app.alongside.confluence.decision.persistence.ContributionEntity;
import app.alongside.confluence.decision.persistence.DecisionEntity;
import app.alongside.confluence.decision.persistence.DecisionPersonEntity;
import app.alongside.confluence.participant.persistence.AoParticipantIndex;
import app.alongside.confluence.participant.persistence.ParticipantEntity;
import app.alongside.confluence.participant.sync.ParticipantPageIndexer;
import app.alongside.decision.register.DecisionIndex;
import app.alongside.participant.ParticipantIndex;
import app.alongside.participant.ParticipantProfileReader;
import app.alongside.decision.register.IndexedDecision;
import app.alongside.decision.register.IndexedPage;
import app.alongside.decision.register.RegisterQuery;
import app.alongside.decision.register.RegisterSort;
import app.alongside.people.PersonRef;
import app.alongside.decision.Stage;
import app.alongside.testsupport.ao.ActiveObjectsRule;
import com.atlassian.confluence.event.events.content.blogpost.BlogPostCreateEvent;
import com.atlassian.confluence.event.events.content.blogpost.BlogPostRemoveEvent;
import com.atlassian.confluence.event.events.content.blogpost.BlogPostTrashedEvent;
import com.atlassian.confluence.event.events.content.page.PageCreateEvent;
import com.atlassian.confluence.event.events.content.page.PageMoveEvent;
import com.atlassian.confluence.event.events.content.page.PageRemoveEvent;
import com.atlassian.confluence.event.events.content.page.PageRestoreEvent;
import com.atlassian.confluence.event.events.content.page.PageTrashedEvent;
import com.atlassian.confluence.event.events.content.page.PageUpdateEvent;
import com.atlassian.confluence.event.events.label.LabelAddEvent;
import com.atlassian.confluence.event.events.label.LabelRemoveEvent;
import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.labels.Namespace;
import com.atlassian.confluence.pages.BlogPost;
import com.atlassian.confluence.pages.Page;
import com.atlassian.event.api.EventPublisher;
import net.java.ao.ActiveObjectsException;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static app.alongside.confluence.decision.sync.TestContent.decisions;
import static app.alongside.confluence.decision.sync.TestContent.page;
import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

/** Page and blog-post events keep the index in step, through the real reader and a real database. */
public class DecisionIndexSyncTest {

    @ClassRule
    @Rule
    public static final ActiveObjectsRule AO = ActiveObjectsRule.forEntities(
            DecisionEntity.class, DecisionPersonEntity.class, ContributionEntity.class, ParticipantEntity.class,
            MeetingEntity.class, MeetingChairEntity.class,
            PlacementEntity.class, PlacementLoopEntity.class, CharterPageEntity.class);

    private final EventPublisher events = mock(EventPublisher.class);
    private final AoDecisionIndex index = new AoDecisionIndex(AO.activeObjects(), Clock.systemUTC());
    private final AoParticipantIndex participants = new AoParticipantIndex(AO.activeObjects());
    private final AoMeetingIndex meetings = new AoMeetingIndex(AO.activeObjects());
    private final DecisionIndexSync sync = new DecisionIndexSync(events, TestPlacements.indexer(AO.activeObjects(), index),
            new ParticipantPageIndexer(participants, new ParticipantProfileReader()), participants,
            new MeetingPageIndexer(meetings), meetings,
            org.mockito.Mockito.mock(app.alongside.confluence.ladder.PlacementRefresh.class));

    @Test
    public void listensFromStartUntilStop() {
        sync.afterPropertiesSet();
        verify(events).register(sync);

        sync.destroy();
        verify(events).unregister(sync);
    }

    @Test
    public void aNewPagesDecisionsAppearWithTheirPageAndPeople() {
        Page meeting = page(10, "RC", "Group meeting", decisions("Evening meetings", "Paid time"),
                new Label("Budget"), new Label("peer-support"));

        sync.onPageCreated(new PageCreateEvent(this, meeting, Map.of(), null));

        List<IndexedDecision> rows = register("RC");
        assertEquals(List.of("Evening meetings", "Paid time"), titles(rows));
        assertEquals(new IndexedPage(10, "RC", "Group meeting", IndexedPage.ContentType.PAGE,
                List.of("budget", "peer-support")), rows.get(0).page());
        assertEquals(List.of(new PersonRef.User("u-alex"), new PersonRef.Named("Sam")),
                rows.get(0).decision().peopleAt(Stage.DECIDING));
        assertEquals(1, rows.get(0).decision().contributions().size());
    }

    @Test
    public void placementsFollowThePagesDecisionsThroughEditsTrashRestoreAndRemoval() {
        Page meeting = page(10, "RC", "Meeting", decisions("First", "Second"));

        sync.onPageCreated(new PageCreateEvent(this, meeting, Map.of(), null));
        assertEquals(2, placements(false));
        assertEquals(index.idsOnPage(10).stream().sorted().toList(), placedIds());

        Page edited = page(10, "RC", "Meeting", decisions("Only one now"));
        sync.onPageUpdated(new PageUpdateEvent(this, edited, null, null));
        assertEquals(1, placements(false));
        assertEquals(index.idsOnPage(10), placedIds());

        sync.onPageTrashed(new PageTrashedEvent(this, edited, null, false));
        assertEquals(1, placements(true));
        sync.onPageRestored(new PageRestoreEvent(this, edited));
        assertEquals(1, placements(false));
        assertEquals(index.idsOnPage(10), placedIds());

        sync.onPageRemoved(new PageRemoveEvent(this, edited));
        assertEquals(0, placements(false) + placements(true));
    }

    @Test
    public void pagesHoldingACharterAreIndexedByTheirSpace() {
        AoCharterPageIndex charters = new AoCharterPageIndex(AO.activeObjects());
        Page charter = page(20, "RC", "Our charter", """
                <ac:structured-macro ac:name="alongside-charter" ac:schema-version="1">
                  <ac:parameter ac:name="group">Recovery College group</ac:parameter>
                </ac:structured-macro>""");

        sync.onPageCreated(new PageCreateEvent(this, charter, Map.of(), null));
        assertEquals(List.of(new AoCharterPageIndex.CharterPageRow(20, "Our charter")), charters.pagesIn(Set.of("RC")));

        sync.onPageTrashed(new PageTrashedEvent(this, charter, null, false));
        assertEquals(List.of(), charters.pagesIn(Set.of("RC")));
        sync.onPageRestored(new PageRestoreEvent(this, charter));
        assertEquals(1, charters.pagesIn(Set.of("RC")).size());

        sync.onPageUpdated(new PageUpdateEvent(this, page(20, "RC", "Our charter", "<p>Moved elsewhere</p>"), null,
                null));
        assertEquals(List.of(), charters.pagesIn(Set.of("RC")));
    }

    private int placements(boolean trashed) {
        return AO.activeObjects().count(PlacementEntity.class, "TRASHED = ?", trashed);
    }

    private List<Long> placedIds() {
        List<Long> ids = new java.util.ArrayList<>();
        for (PlacementEntity row : AO.activeObjects().find(PlacementEntity.class, net.java.ao.Query.select()
                .order("DECISION_ID ASC"))) {
            ids.add((long) row.getDecisionId());
        }
        return ids;
    }

    @Test
    public void anEditReplacesThePagesDecisionsHoweverOftenItArrives() {
        sync.onPageCreated(new PageCreateEvent(this, page(10, "RC", "Meeting", decisions("First", "Second")), Map.of(), null));
        Page edited = page(10, "RC", "Meeting", decisions("Second, reworded"));

        sync.onPageUpdated(new PageUpdateEvent(this, edited, null, null));
        sync.onPageUpdated(new PageUpdateEvent(this, edited, null, null));

        assertEquals(List.of("Second, reworded"), titles(register("RC")));
        assertEquals(1, index.size());
    }

    @Test
    public void deletingTheLastMacroFromAPageForgetsItsDecisions() {
        sync.onPageCreated(new PageCreateEvent(this, page(10, "RC", "Meeting", decisions("Gone soon")), Map.of(), null));

        sync.onPageUpdated(new PageUpdateEvent(this, page(10, "RC", "Meeting", "<p>No decisions now</p>"), null, null));

        assertEquals(0, index.size());
    }

    @Test
    public void trashedPagesDisappearAndComeBackFromTheirStorageWhenRestored() {
        Page meeting = page(10, "RC", "Meeting", decisions("Kept in the trash"));
        sync.onPageCreated(new PageCreateEvent(this, meeting, Map.of(), null));

        sync.onPageTrashed(new PageTrashedEvent(this, meeting, null, false));
        assertEquals(List.of(), register("RC"));
        assertEquals(1, index.size());

        index.removePage(10); // even if the rows were lost meanwhile, the restore re-reads the page
        sync.onPageRestored(new PageRestoreEvent(this, meeting));
        assertEquals(List.of("Kept in the trash"), titles(register("RC")));
    }

    @Test
    public void anUpdateOfContentAlreadyInTheTrashKeepsItHidden() {
        sync.onPageCreated(new PageCreateEvent(this, page(10, "RC", "Meeting", decisions("Hidden")), Map.of(), null));

        sync.onPageUpdated(new PageUpdateEvent(this, TestContent.trashedPage(10, "RC", decisions("Hidden")), null, null));

        assertEquals(List.of(), register("RC"));
    }

    @Test
    public void removedPagesAreForgotten() {
        Page meeting = page(10, "RC", "Meeting", decisions("Removed for good"));
        sync.onPageCreated(new PageCreateEvent(this, meeting, Map.of(), null));

        sync.onPageRemoved(new PageRemoveEvent(this, meeting));

        assertEquals(0, index.size());
    }

    @Test
    public void blogPostsHoldDecisionsToo() {
        BlogPost notes = TestContent.blogPost(20, "RC", "Notes, 14 October", decisions("From a blog post"));

        sync.onBlogPostCreated(new BlogPostCreateEvent(this, notes, Map.of(), null));
        assertEquals(IndexedPage.ContentType.BLOGPOST, register("RC").get(0).page().type());

        sync.onBlogPostTrashed(new BlogPostTrashedEvent(this, notes, null, false));
        assertEquals(List.of(), register("RC"));

        sync.onBlogPostRemoved(new BlogPostRemoveEvent(this, notes));
        assertEquals(0, index.size());
    }

    @Test
    public void personalLabelsNeverReachTheIndex() {
        Page meeting = page(10, "RC", "Meeting", decisions("Labelled"), new Label("Shared"),
                new Label("mine-only", Namespace.PERSONAL), new Label("team-thing", Namespace.TEAM));

        sync.onPageCreated(new PageCreateEvent(this, meeting, Map.of(), null));

        assertEquals(List.of("shared"), register("RC").get(0).page().labels());
    }

    @Test
    public void addingOrRemovingAGlobalLabelUpdatesTheRegistersFilter() {
        sync.onPageCreated(new PageCreateEvent(this, page(10, "RC", "Meeting", decisions("Labelled later")), Map.of(), null));

        Label budget = new Label("budget");
        sync.onLabelAdded(new LabelAddEvent(budget, page(10, "RC", "Meeting", decisions("Labelled later"), budget)));
        assertEquals(List.of("budget"), register("RC").get(0).page().labels());

        sync.onLabelRemoved(new LabelRemoveEvent(budget, page(10, "RC", "Meeting", decisions("Labelled later"))));
        assertEquals(List.of(), register("RC").get(0).page().labels());
    }

    @Test
    public void aPersonalLabelChangesNothing() {
        Page meeting = page(10, "RC", "Meeting", decisions("Not re-read"));

        sync.onLabelAdded(new LabelAddEvent(new Label("favourite", Namespace.PERSONAL), meeting));

        assertEquals("the page was not read for a personal label", 0, index.size());
    }

    @Test
    public void aPageMovedToAnotherSpaceMovesInTheRegister() {
        sync.onPageCreated(new PageCreateEvent(this, page(10, "RC", "Meeting", decisions("Moving")), Map.of(), null));

        sync.onPageMoved(new PageMoveEvent(this, page(10, "PEER", "Meeting", decisions("Moving")), List.of(),
                TestContent.space("RC"), null, null, null, false));

        assertEquals(List.of(), register("RC"));
        assertEquals(List.of("Moving"), titles(register("PEER")));
    }

    @Test
    public void aBrokenEditKeepsWhatTheRegisterKnewAndTheSaveGoesOn() {
        sync.onPageCreated(new PageCreateEvent(this, page(10, "RC", "Meeting", decisions("Still listed")), Map.of(), null));

        sync.onPageUpdated(new PageUpdateEvent(this,
                page(10, "RC", "Meeting", "<ac:structured-macro ac:name=\"alongside-decision\"><p>unclosed"), null, null));

        assertEquals(List.of("Still listed"), titles(register("RC")));
    }

    @Test
    public void hostileStorageNeverBreaksTheSave() {
        List<String> hostile = List.of(
                "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><p>&e;</p><ac:structured-macro ac:name=\"alongside-decision\"/>",
                "<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;\">]><p>&lol2; alongside-decision</p>",
                "alongside-decision" + "<p>".repeat(10_000),
                "<ac:structured-macro ac:name=\"alongside-decision\"><ac:parameter ac:name=\"title\">"
                        + "&lt;script&gt;alert(1)&lt;/script&gt;" + "</ac:parameter></ac:structured-macro>",
                "\u0000\uFFFF alongside-decision");
        long id = 30;
        for (String storage : hostile) {
            sync.onPageCreated(new PageCreateEvent(this, page(id++, "RC", "Hostile", storage), Map.of(), null));
        }

        assertEquals(List.of("<script>alert(1)</script>"), titles(register("RC")));
    }

    @Test
    public void aDatabaseFailureIsLoggedAndTheSaveGoesOn() {
        DecisionIndex broken = mock(DecisionIndex.class);
        doThrow(new ActiveObjectsException("database is down")).when(broken).replacePage(any(), any());
        doThrow(new ActiveObjectsException("database is down")).when(broken).setTrashed(anyLong(), anyBoolean());
        doThrow(new ActiveObjectsException("database is down")).when(broken).removePage(anyLong());
        ParticipantIndex brokenDirectory = mock(ParticipantIndex.class);
        doThrow(new ActiveObjectsException("database is down")).when(brokenDirectory)
                .replacePage(anyLong(), any(), any(), any());
        doThrow(new ActiveObjectsException("database is down")).when(brokenDirectory)
                .setTrashed(anyLong(), anyBoolean());
        doThrow(new ActiveObjectsException("database is down")).when(brokenDirectory).removePage(anyLong());
        DecisionIndexSync failing = new DecisionIndexSync(events, TestPlacements.indexer(AO.activeObjects(), broken),
                new ParticipantPageIndexer(brokenDirectory, new ParticipantProfileReader()), brokenDirectory,
                new MeetingPageIndexer(meetings), meetings,
                org.mockito.Mockito.mock(app.alongside.confluence.ladder.PlacementRefresh.class));
        Page meeting = page(10, "RC", "Meeting", decisions("Lost for now"));

        failing.onPageCreated(new PageCreateEvent(this, meeting, Map.of(), null));
        failing.onPageTrashed(new PageTrashedEvent(this, meeting, null, false));
        failing.onPageRemoved(new PageRemoveEvent(this, meeting));

        verify(broken).removePage(10);
        verify(brokenDirectory).removePage(10);
    }

    @Test
    public void contentOutsideASpaceIsLeftAlone() {
        sync.onPageCreated(new PageCreateEvent(this, page(10, null, "Draft", decisions("Nowhere")), Map.of(), null));

        assertEquals(0, index.size());
    }

    private List<IndexedDecision> register(String spaceKey) {
        RegisterQuery query = new RegisterQuery(Set.of(spaceKey), Set.of(), Set.of(), Optional.empty(),
                Optional.empty(), false, Optional.empty(), Optional.empty(), RegisterSort.TITLE, 100, Optional.empty());
        return index.withDetails(index.summaries(query, Optional.empty(), 100));
    }

    private static List<String> titles(List<IndexedDecision> rows) {
        return rows.stream().map(r -> r.decision().title()).toList();
    }
}
