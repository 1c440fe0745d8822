package app.alongside.confluence.participant.persistence;

import app.alongside.participant.DirectoryQuery;
import app.alongside.participant.ParticipantIndex.PageTitle;
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

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static app.alongside.participant.ParticipantProfiles.profile;
import static org.junit.Assert.assertEquals;

/** The directory and the page lookups cost one SQL statement each, whatever the index holds, counted by JDBC. */
public class ParticipantStatementCountTest {

    @ClassRule
    @Rule
    public static final ActiveObjectsRule AO = ActiveObjectsRule.forEntities(ParticipantEntity.class);

    private final StatementCounter counter = new StatementCounter();
    private EntityManager countedManager;
    private AoParticipantIndex index;

    @Before
    public void openACountedIndex() {
        countedManager = AO.database().entityManager(AO.namespace(), counter);
        index = new AoParticipantIndex(new EntityManagerActiveObjects(countedManager));
    }

    @After
    public void closeIt() {
        AoDatabase.dispose(countedManager);
    }

    @Test
    public void searchesAndLookupsAreOneStatementEach() {
        AoParticipantIndex plain = new AoParticipantIndex(AO.activeObjects());
        for (long page = 1; page <= 600; page++) {
            plain.replacePage(page, page % 2 == 0 ? "RC" : "PEER", "Person " + page, Optional.of(profile(
                    "Person " + page, Optional.of("u" + page % 50), List.of("Peer support", "Skill " + page % 9),
                    List.of("Music"))));
        }
        List<PageTitle> titles = new ArrayList<>();
        for (int n = 1; n <= 200; n++) {
            titles.add(new PageTitle(n % 2 == 0 ? "RC" : "PEER", "person " + n));
        }

        assertCosts("a directory search", 1, () -> assertEquals(25, index.search(
                new DirectoryQuery(Set.of("RC", "PEER"), Optional.of("support"), Optional.of("music"),
                        Optional.of("person"), 25)).size()));
        assertCosts("200 titles", 1, () -> assertEquals(200, index.findByTitles(titles).size()));
        assertCosts("a user's pages", 1, () -> assertEquals(12, index.findByUserKey("u7").size()));
        assertCosts("a page", 1, () -> index.findByPageId(300));
    }

    @Test
    public void indexingAPageCostsOneDeleteAndOneInsert() {
        assertCosts("delete, insert", 2, () -> index.replacePage(1, "RC", "Jo",
                Optional.of(profile("Jo", Optional.empty(), List.of("Art"), List.of()))));
        assertCosts("an ordinary page: delete", 1,
                () -> index.replacePage(2, "RC", "Minutes", Optional.empty()));
    }

    /** Runs the action and fails, showing the SQL, unless it sent exactly {@code expected} statements. */
    private void assertCosts(String what, int expected, Runnable action) {
        int statements = counter.countDuring(action);
        assertEquals(what + " " + counter.describe(), expected, statements);
    }
}
