package app.alongside.confluence.ladder.persistence;

import app.alongside.confluence.charter.persistence.AoCharterPageIndex;
import app.alongside.confluence.charter.persistence.CharterPageEntity;
import app.alongside.confluence.charter.web.CharterPages;
import app.alongside.confluence.decision.ConfluencePageVisibility;
import app.alongside.confluence.decision.persistence.AoDecisionIndex;
import app.alongside.confluence.decision.persistence.ContributionEntity;
import app.alongside.confluence.decision.persistence.DecisionEntity;
import app.alongside.confluence.decision.persistence.DecisionPersonEntity;
import app.alongside.confluence.decision.sync.PageIndexer;
import app.alongside.confluence.decision.sync.PageSnapshot;
import app.alongside.confluence.ladder.AgreedChartersOnPages;
import app.alongside.confluence.ladder.PlacementRefresh;
import app.alongside.decision.register.IndexedPage;
import app.alongside.ladder.LadderRung;
import app.alongside.ladder.Placements;
import app.alongside.participant.InMemoryParticipantIndex;
import app.alongside.participant.ParticipantSubjects;
import app.alongside.perspective.DeclarationForm;
import app.alongside.perspective.InMemoryAuditLog;
import app.alongside.perspective.InMemoryPerspectiveStore;
import app.alongside.perspective.InvolvementTotals;
import app.alongside.perspective.PerspectiveService;
import app.alongside.settings.InMemorySettingsRepository;
import app.alongside.settings.SettingsService;
import app.alongside.testsupport.ao.ActiveObjectsRule;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Saving a charter page whose agreed parity or status changed places its space's decisions again, through the page
 * sync, with the decision index, the placements and the charter page index real on H2 or PostgreSQL.
 */
public class CharterSaveRePlacesItsSpaceTest {

    @ClassRule
    @Rule
    public static final ActiveObjectsRule AO = ActiveObjectsRule.forEntities(DecisionEntity.class,
            DecisionPersonEntity.class, ContributionEntity.class, PlacementEntity.class, PlacementLoopEntity.class,
            CharterPageEntity.class);

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC);
    private static final long MEETING = 1;
    private static final long CHARTER = 2;

    private final PageManager pageManager = mock(PageManager.class);
    private AoDecisionIndex index;
    private AoPlacementIndex stored;
    private PageIndexer indexer;

    @Before
    public void wire() {
        index = new AoDecisionIndex(AO.activeObjects(), CLOCK);
        stored = new AoPlacementIndex(AO.activeObjects());
        InMemoryPerspectiveStore perspectives = new InMemoryPerspectiveStore();
        InMemoryParticipantIndex participants = new InMemoryParticipantIndex();
        SettingsService settings = new SettingsService(new InMemorySettingsRepository());
        InvolvementTotals totals = new InvolvementTotals(perspectives, new ParticipantSubjects(participants), index,
                settings);
        AoCharterPageIndex charterPages = new AoCharterPageIndex(AO.activeObjects());
        Placements placements = new Placements(totals, settings, new AgreedChartersOnPages(charterPages,
                new CharterPages(pageManager, mock(ConfluencePageVisibility.class))), index, stored, CLOCK);
        indexer = new PageIndexer(index, placements, charterPages, new PlacementRefresh(placements, participants));
        PerspectiveService declarations = new PerspectiveService(perspectives, new InMemoryAuditLog(), CLOCK);
        for (String person : List.of("a", "b", "c")) {
            declarations.declareOwn(person, DeclarationForm.own(List.of("lived-experience"), true, null, false)).get();
        }
        // Three of eight people deciding bring lived experience, at the agenda too: co-design at one third.
        indexer.index(new PageSnapshot(page(MEETING, "Meeting"), meetingStorage()));
    }

    @Test
    public void anAgreedCharterAskingHalfPlacesTheSpaceAgainAndADraftOrTrashReleasesIt() {
        assertEquals(LadderRung.CO_DESIGN, rung());

        saveCharter("agreed");
        assertEquals("3 of 8 is below the charter's half", LadderRung.ENGAGEMENT, rung());

        saveCharter("draft");
        assertEquals(LadderRung.CO_DESIGN, rung());

        saveCharter("agreed");
        indexer.setTrashed(CHARTER, true);
        assertEquals(LadderRung.CO_DESIGN, rung());

        indexer.setTrashed(CHARTER, false);
        assertEquals(LadderRung.ENGAGEMENT, rung());
    }

    @Test
    public void removingTheCharterMacroFromThePageReleasesTheSpace() {
        saveCharter("agreed");
        assertEquals(LadderRung.ENGAGEMENT, rung());

        when(pageManager.getAbstractPage(CHARTER)).thenReturn(null);
        indexer.index(new PageSnapshot(page(CHARTER, "Charter"), "<p>No charter now</p>"));

        assertEquals(LadderRung.CO_DESIGN, rung());
    }

    private LadderRung rung() {
        long id = index.idsOnPage(MEETING).get(0);
        return stored.forDecisions(Set.of(id)).get(id).rung();
    }

    private void saveCharter(String status) {
        String storage = """
                <ac:structured-macro ac:name="alongside-charter" ac:schema-version="1">
                  <ac:parameter ac:name="group">Recovery College group</ac:parameter>
                  <ac:parameter ac:name="status">%s</ac:parameter>
                  <ac:parameter ac:name="parity">1/2</ac:parameter>
                </ac:structured-macro>""".formatted(status);
        Page charter = mock(Page.class);
        when(charter.getSpaceKey()).thenReturn("RC");
        when(charter.getBodyAsString()).thenReturn(storage);
        when(charter.getVersion()).thenReturn(1);
        when(pageManager.getAbstractPage(CHARTER)).thenReturn(charter);
        indexer.index(new PageSnapshot(page(CHARTER, "Charter"), storage));
    }

    private static IndexedPage page(long id, String title) {
        return new IndexedPage(id, "RC", title, IndexedPage.ContentType.PAGE, List.of());
    }

    private static String meetingStorage() {
        String people = """
                <p><ac:link><ri:user ri:userkey="a"/></ac:link>, <ac:link><ri:user ri:userkey="b"/></ac:link>,
                <ac:link><ri:user ri:userkey="c"/></ac:link>, <ac:link><ri:user ri:userkey="x"/></ac:link>,
                <ac:link><ri:user ri:userkey="y"/></ac:link>, <ac:link><ri:user ri:userkey="z"/></ac:link>,
                <ac:link><ri:user ri:userkey="w"/></ac:link>, <ac:link><ri:user ri:userkey="v"/></ac:link></p>""";
        return """
                <ac:structured-macro ac:name="alongside-decision" ac:schema-version="1">
                  <ac:parameter ac:name="id">d1</ac:parameter>
                  <ac:parameter ac:name="title">Decision 1</ac:parameter>
                  <ac:parameter ac:name="status">decided</ac:parameter>
                  <ac:parameter ac:name="decidedOn">2026-10-14</ac:parameter>
                  <ac:rich-text-body>
                    <ac:structured-macro ac:name="alongside-stage">
                      <ac:parameter ac:name="stage">agenda</ac:parameter>
                      <ac:rich-text-body>%s</ac:rich-text-body>
                    </ac:structured-macro>
                    <ac:structured-macro ac:name="alongside-stage">
                      <ac:parameter ac:name="stage">deciding</ac:parameter>
                      <ac:rich-text-body>%s</ac:rich-text-body>
                    </ac:structured-macro>
                  </ac:rich-text-body>
                </ac:structured-macro>""".formatted(people, people);
    }
}
