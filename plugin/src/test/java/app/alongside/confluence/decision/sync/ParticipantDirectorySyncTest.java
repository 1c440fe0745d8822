package app.alongside.confluence.decision.sync;

import app.alongside.confluence.meeting.sync.MeetingPageIndexer;
import app.alongside.meeting.InMemoryMeetingIndex;
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
import app.alongside.participant.DirectoryQuery;
import app.alongside.participant.IndexedParticipant;
import app.alongside.perspective.SubjectKey;
import app.alongside.participant.ParticipantProfileReader;
import app.alongside.testsupport.ao.ActiveObjectsRule;
import com.atlassian.confluence.event.events.content.blogpost.BlogPostCreateEvent;
import com.atlassian.confluence.event.events.content.page.PageCreateEvent;
import com.atlassian.confluence.event.events.content.page.PageMoveEvent;
import com.atlassian.confluence.event.events.content.page.PageRemoveEvent;
import com.atlassian.confluence.event.events.content.page.PageRestoreEvent;
import com.atlassian.confluence.event.events.content.page.PageTrashedEvent;
import com.atlassian.confluence.event.events.content.page.PageUpdateEvent;
import com.atlassian.confluence.event.events.label.LabelAddEvent;
import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.pages.Page;
import com.atlassian.event.api.EventPublisher;
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
import static app.alongside.confluence.decision.sync.TestContent.profile;
import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/** Page events keep the participant directory's index in step too, through core's reader and a real database. */
public class ParticipantDirectorySyncTest {

    @ClassRule
    @Rule
    public static final ActiveObjectsRule AO = ActiveObjectsRule.forEntities(
            DecisionEntity.class, DecisionPersonEntity.class, ContributionEntity.class, ParticipantEntity.class,
            PlacementEntity.class, PlacementLoopEntity.class, CharterPageEntity.class);

    private final AoDecisionIndex decisions = new AoDecisionIndex(AO.activeObjects(), Clock.systemUTC());
    private final AoParticipantIndex participants = new AoParticipantIndex(AO.activeObjects());
    private final app.alongside.confluence.ladder.PlacementRefresh placements =
            mock(app.alongside.confluence.ladder.PlacementRefresh.class);
    private final DecisionIndexSync sync = new DecisionIndexSync(mock(EventPublisher.class),
            TestPlacements.indexer(AO.activeObjects(), decisions),
            new ParticipantPageIndexer(participants, new ParticipantProfileReader()), participants,
            new MeetingPageIndexer(new InMemoryMeetingIndex()), new InMemoryMeetingIndex(), placements);

    @Test
    public void aNewParticipantPageJoinsTheDirectoryAndAnEditChangesIt() {
        sync.onPageCreated(new PageCreateEvent(this, page(10, "RC", "Jo", profile("Jo", "Cooking")), Map.of(), null));
        assertEquals(List.of("Jo Cooking"), directory("RC"));

        Page edited = page(10, "RC", "Jo", profile("Jo Bloggs", "Cooking, BSL"));
        sync.onPageUpdated(new PageUpdateEvent(this, edited, null, null));
        sync.onPageUpdated(new PageUpdateEvent(this, edited, null, null));

        assertEquals(List.of("Jo Bloggs Cooking,BSL"), directory("RC"));
    }

    @Test
    public void aPageCanHoldDecisionsAndAProfileAndBothAreRead() {
        sync.onPageCreated(new PageCreateEvent(this, page(10, "RC", "Jo",
                profile("Jo", "Art") + decisions("Evening meetings")), Map.of(), null));

        assertEquals(List.of("Jo Art"), directory("RC"));
        assertEquals(1, decisions.size());
    }

    @Test
    public void deletingTheProfileMacroTakesThePersonOutOfTheDirectory() {
        sync.onPageCreated(new PageCreateEvent(this, page(10, "RC", "Jo", profile("Jo", "Art")), Map.of(), null));

        sync.onPageUpdated(new PageUpdateEvent(this, page(10, "RC", "Jo", "<p>Nothing here now</p>"), null, null));

        assertEquals(List.of(), directory("RC"));
    }

    @Test
    public void trashedParticipantPagesLeaveTheDirectoryAndComeBackWhenRestored() {
        Page jo = page(10, "RC", "Jo", profile("Jo", "Art"));
        sync.onPageCreated(new PageCreateEvent(this, jo, Map.of(), null));

        sync.onPageTrashed(new PageTrashedEvent(this, jo, null, false));
        assertEquals(List.of(), directory("RC"));

        participants.removePage(10); // even if the row was lost meanwhile, the restore re-reads the page
        sync.onPageRestored(new PageRestoreEvent(this, jo));
        assertEquals(List.of("Jo Art"), directory("RC"));
    }

    @Test
    public void anUpdateOfAPageInTheTrashKeepsItOutOfTheDirectory() {
        sync.onPageCreated(new PageCreateEvent(this, page(10, "RC", "Jo", profile("Jo", "Art")), Map.of(), null));

        sync.onPageUpdated(new PageUpdateEvent(this, TestContent.trashedPage(10, "RC", profile("Jo", "Art")), null,
                null));

        assertEquals(List.of(), directory("RC"));
    }

    @Test
    public void removedParticipantPagesAreForgotten() {
        Page jo = page(10, "RC", "Jo", profile("Jo", "Art"));
        sync.onPageCreated(new PageCreateEvent(this, jo, Map.of(), null));

        sync.onPageRemoved(new PageRemoveEvent(this, jo));

        assertEquals(Optional.empty(), participants.findByPageId(10));
    }

    @Test
    public void aParticipantPageMovedToAnotherSpaceMovesInTheDirectory() {
        sync.onPageCreated(new PageCreateEvent(this, page(10, "RC", "Jo", profile("Jo", "Art")), Map.of(), null));

        sync.onPageMoved(new PageMoveEvent(this, page(10, "PEER", "Jo", profile("Jo", "Art")), List.of(),
                TestContent.space("RC"), null, null, null, false));

        assertEquals(List.of(), directory("RC"));
        assertEquals(List.of("Jo Art"), directory("PEER"));
    }

    @Test
    public void aBrokenEditKeepsThePersonInTheDirectoryAndTheSaveGoesOn() {
        sync.onPageCreated(new PageCreateEvent(this, page(10, "RC", "Jo", profile("Jo", "Art")), Map.of(), null));

        sync.onPageUpdated(new PageUpdateEvent(this, page(10, "RC", "Jo",
                "<ac:structured-macro ac:name=\"alongside-participant\"><p>unclosed"), null, null));

        assertEquals(List.of("Jo Art"), directory("RC"));
    }

    @Test
    public void aProfileInABlogPostIsNotAParticipantPage() {
        sync.onBlogPostCreated(new BlogPostCreateEvent(this,
                TestContent.blogPost(20, "RC", "News", profile("Jo", "Art")), Map.of(), null));

        assertEquals(List.of(), directory("RC"));
    }

    @Test
    public void aLabelDoesNotReReadTheProfile() {
        Page jo = page(10, "RC", "Jo", profile("Jo", "Art"));

        sync.onLabelAdded(new LabelAddEvent(new Label("people"), jo));

        assertEquals("labels filter registers only", List.of(), directory("RC"));
    }

    @Test
    public void linkingOrUnlinkingAnAccountRePlacesTheDecisionsNamingThePageAndNothingElseDoes() {
        SubjectKey jo = SubjectKey.participantPage(10);
        sync.onPageCreated(new PageCreateEvent(this, page(10, "RC", "Jo", profile("Jo", "Art")), Map.of(), null));
        sync.onPageUpdated(new PageUpdateEvent(this, page(10, "RC", "Jo", profile("Jo", "Music")), null, null));
        verify(placements, never()).changed(jo);

        sync.onPageUpdated(new PageUpdateEvent(this, page(10, "RC", "Jo", linked("Jo", "u-jo")), null, null));
        sync.onPageUpdated(new PageUpdateEvent(this, page(10, "RC", "Jo", linked("Jo", "u-jo")), null, null));
        verify(placements, times(1)).changed(jo);

        sync.onPageUpdated(new PageUpdateEvent(this, page(10, "RC", "Jo", profile("Jo", "Art")), null, null));
        verify(placements, times(2)).changed(jo);
    }

    private static String linked(String name, String userKey) {
        return """
                <ac:structured-macro ac:name="alongside-participant" ac:schema-version="1">
                  <ac:parameter ac:name="name">%s</ac:parameter>
                  <ac:parameter ac:name="user"><ri:user ri:userkey="%s"/></ac:parameter>
                  <ac:rich-text-body><p>What I bring, in my words.</p></ac:rich-text-body>
                </ac:structured-macro>
                """.formatted(name, userKey);
    }

    private List<String> directory(String spaceKey) {
        return participants.search(new DirectoryQuery(Set.of(spaceKey), Optional.empty(), Optional.empty(),
                Optional.empty(), 100)).stream().map(ParticipantDirectorySyncTest::describe).toList();
    }

    private static String describe(IndexedParticipant p) {
        return p.name() + " " + String.join(",", p.skills());
    }
}
