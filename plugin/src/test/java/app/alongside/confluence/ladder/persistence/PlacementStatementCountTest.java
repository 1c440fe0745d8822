package app.alongside.confluence.ladder.persistence;

import app.alongside.confluence.charter.persistence.AoCharterPageIndex;
import app.alongside.confluence.charter.persistence.CharterPageEntity;
import app.alongside.confluence.charter.web.CharterPages;
import app.alongside.confluence.decision.ConfluencePageVisibility;
import app.alongside.confluence.ladder.AgreedChartersOnPages;
import app.alongside.confluence.ladder.PlacementRefresh;
import app.alongside.confluence.decision.persistence.AoDecisionIndex;
import app.alongside.confluence.decision.persistence.ContributionEntity;
import app.alongside.confluence.decision.persistence.DecisionEntity;
import app.alongside.confluence.decision.persistence.DecisionPersonEntity;
import app.alongside.confluence.decision.sync.PageIndexer;
import app.alongside.confluence.decision.sync.PageSnapshot;
import app.alongside.confluence.participant.persistence.AoParticipantIndex;
import app.alongside.confluence.participant.persistence.ParticipantEntity;
import app.alongside.confluence.perspective.persistence.AoPerspectiveStore;
import app.alongside.confluence.perspective.persistence.ConsentEventEntity;
import app.alongside.confluence.perspective.persistence.DeclarationEntity;
import app.alongside.confluence.settings.persistence.AoSettingsRepository;
import app.alongside.confluence.settings.persistence.SettingsEntity;
import app.alongside.decision.register.IndexedPage;
import app.alongside.ladder.AgreedCharters;
import app.alongside.ladder.Placements;
import app.alongside.participant.ParticipantSubjects;
import app.alongside.perspective.InvolvementTotals;
import app.alongside.settings.SettingsService;
import app.alongside.testsupport.ao.ActiveObjectsRule;
import app.alongside.testsupport.ao.AoDatabase;
import app.alongside.testsupport.ao.EntityManagerActiveObjects;
import app.alongside.testsupport.ao.StatementCounter;
import com.atlassian.confluence.pages.PageManager;
import net.java.ao.EntityManager;
import org.junit.After;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;

import java.time.Clock;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;

/**
 * Saving a page costs the decision index's statements (RegisterStatementCountTest) plus placing its decisions: a
 * constant number per page however many decisions it holds, counted at the JDBC level with every store real.
 */
public class PlacementStatementCountTest {

    @ClassRule
    @Rule
    public static final ActiveObjectsRule AO = ActiveObjectsRule.forEntities(DecisionEntity.class,
            DecisionPersonEntity.class, ContributionEntity.class, PlacementEntity.class, PlacementLoopEntity.class, CharterPageEntity.class,
            SettingsEntity.class, DeclarationEntity.class, ConsentEventEntity.class, ParticipantEntity.class,
            CharterPageEntity.class);

    private final StatementCounter counter = new StatementCounter();
    private EntityManager countedManager;
    private PageIndexer indexer;

    @Before
    public void openCountedStores() {
        countedManager = AO.database().entityManager(AO.namespace(), counter);
        EntityManagerActiveObjects ao = new EntityManagerActiveObjects(countedManager);
        AoDecisionIndex index = new AoDecisionIndex(ao, Clock.systemUTC());
        SettingsService settings = new SettingsService(new AoSettingsRepository(ao));
        InvolvementTotals totals = new InvolvementTotals(new AoPerspectiveStore(ao),
                new ParticipantSubjects(new AoParticipantIndex(ao)), index, settings);
        AoCharterPageIndex charterPages = new AoCharterPageIndex(ao);
        // The space's agreed charters are looked up for real: one read of the charter page index per batch.
        AgreedCharters charters = new AgreedChartersOnPages(charterPages,
                new CharterPages(mock(PageManager.class), mock(ConfluencePageVisibility.class)));
        Placements placements = new Placements(totals, settings, charters, index, new AoPlacementIndex(ao),
                Clock.systemUTC());
        indexer = new PageIndexer(index, placements, charterPages,
                new PlacementRefresh(placements, new AoParticipantIndex(ao)));
    }

    @After
    public void closeThem() {
        AoDatabase.dispose(countedManager);
    }

    @Test
    public void aPageWithoutDecisionsCostsTwoStatementsMoreThanTheIndexAlone() {
        int statements = counter.countDuring(() -> indexer.index(snapshot(77, 0)));

        assertEquals("the index's read, the placements' delete, the charter pages' delete: " + counter.describe(), 3,
                statements);
    }

    @Test
    public void placingAPageCostsTheSameForFiveDecisionsAsForFifty() {
        int five = counter.countDuring(() -> indexer.index(snapshot(1, 5)));
        String fiveSql = counter.describe();
        int fifty = counter.countDuring(() -> indexer.index(snapshot(2, 50)));

        assertEquals(fiveSql + "\n---\n" + counter.describe(), five, fifty);
        // index: 1 read + 3 inserts + 1 read of ids; placing: 1 read of ids, 2 settings reads, 1 read of the space's
        // charter pages (an agreed charter may raise the parity), 1 participant lookup, 1 perspective read, 1 delete,
        // 2 inserts; charter pages: 1 delete
        assertEquals(counter.describe(), 15, fifty);
    }

    @Test
    public void resavingAnUnchangedPageStillPlacesItAtAConstantCost() {
        indexer.index(snapshot(1, 50));

        int statements = counter.countDuring(() -> indexer.index(snapshot(1, 50)));

        // index: 1 read; placing: 1 read of ids, 2 settings, 1 charter pages (the charter lookup), 1 participants,
        // 1 perspectives, 2 deletes, 2 inserts; charter pages: 1 delete
        assertEquals(counter.describe(), 12, statements);
    }

    private static PageSnapshot snapshot(long pageId, int decisions) {
        StringBuilder storage = new StringBuilder("<p>Meeting</p>");
        for (int n = 0; n < decisions; n++) {
            storage.append("""
                    <ac:structured-macro ac:name="alongside-decision" ac:schema-version="1">
                      <ac:parameter ac:name="id">d%d</ac:parameter>
                      <ac:parameter ac:name="title">Decision %d</ac:parameter>
                      <ac:parameter ac:name="status">decided</ac:parameter>
                      <ac:parameter ac:name="decidedOn">2026-10-14</ac:parameter>
                      <ac:rich-text-body>
                        <ac:structured-macro ac:name="alongside-stage">
                          <ac:parameter ac:name="stage">deciding</ac:parameter>
                          <ac:rich-text-body><p><ac:link><ri:user ri:userkey="u-alex"/></ac:link>,
                            <ac:link><ri:user ri:userkey="u-%d"/></ac:link>, <ac:link><ri:user ri:userkey="u-bo"/></ac:link>,
                            <ac:link><ri:page ri:content-title="Sam"/></ac:link></p></ac:rich-text-body>
                        </ac:structured-macro>
                        <ac:structured-macro ac:name="alongside-you-said">
                          <ac:parameter ac:name="response">pending</ac:parameter>
                          <ac:rich-text-body><p>Could we have hot drinks?</p></ac:rich-text-body>
                        </ac:structured-macro>
                      </ac:rich-text-body>
                    </ac:structured-macro>
                    """.formatted(n, n, n));
        }
        return new PageSnapshot(new IndexedPage(pageId, "RC", "Meeting " + pageId, IndexedPage.ContentType.PAGE,
                List.of()), storage.toString());
    }
}
