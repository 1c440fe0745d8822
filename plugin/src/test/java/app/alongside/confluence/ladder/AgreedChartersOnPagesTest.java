package app.alongside.confluence.ladder;

import app.alongside.charter.Charter;
import app.alongside.confluence.charter.persistence.AoCharterPageIndex;
import app.alongside.confluence.charter.persistence.CharterPageEntity;
import app.alongside.confluence.charter.web.CharterPages;
import app.alongside.confluence.decision.ConfluencePageVisibility;
import app.alongside.ladder.CharterParityRules;
import app.alongside.ladder.LadderRules;
import app.alongside.settings.InMemorySettingsRepository;
import app.alongside.settings.ParityFraction;
import app.alongside.settings.SettingsService;
import app.alongside.testsupport.ao.ActiveObjectsRule;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The agreed charters covering a space: its indexed charter pages, read through the page manager by core's reader. */
public class AgreedChartersOnPagesTest {

    @ClassRule
    @Rule
    public static final ActiveObjectsRule AO = ActiveObjectsRule.forEntities(CharterPageEntity.class);

    private final PageManager pageManager = mock(PageManager.class);
    private final AoCharterPageIndex index = new AoCharterPageIndex(AO.activeObjects());
    private final AgreedChartersOnPages charters = new AgreedChartersOnPages(index,
            new CharterPages(pageManager, mock(ConfluencePageVisibility.class)));

    static String charterStorage(String status, String parity, String spaces) {
        return """
                <ac:structured-macro ac:name="alongside-charter" ac:schema-version="1">
                  <ac:parameter ac:name="group">Recovery College group</ac:parameter>
                  <ac:parameter ac:name="status">%s</ac:parameter>
                  <ac:parameter ac:name="parity">%s</ac:parameter>
                  <ac:parameter ac:name="spaces">%s</ac:parameter>
                </ac:structured-macro>""".formatted(status, parity, spaces);
    }

    private void charterPage(long id, String space, String storage) {
        Page page = mock(Page.class);
        when(page.getSpaceKey()).thenReturn(space);
        when(page.getBodyAsString()).thenReturn(storage);
        when(page.getVersion()).thenReturn(1);
        when(pageManager.getAbstractPage(id)).thenReturn(page);
        index.replacePage(id, space, "Charter " + id, true);
    }

    @Test
    public void anAgreedCharterOnAPageOfTheSpaceIsFoundAndRaisesItsParity() {
        charterPage(10, "RC", charterStorage("agreed", "1/2", "RC"));

        List<Charter> found = charters.covering("RC");

        assertEquals(1, found.size());
        LadderRules rules = new CharterParityRules(new SettingsService(new InMemorySettingsRepository()), charters)
                .rulesFor("RC");
        assertEquals(new ParityFraction(1, 2), rules.parity());
        assertTrue(rules.parityFromCharter());
    }

    @Test
    public void draftsChartersForOtherSpacesAndOtherSpacesPagesAreLeftOut() {
        charterPage(10, "RC", charterStorage("draft", "1/2", "RC"));
        charterPage(11, "RC", charterStorage("agreed", "1/2", "OTHER"));
        charterPage(12, "OTHER", charterStorage("agreed", "1/2", "RC"));
        index.replacePage(13, "RC", "Deleted since", true);

        assertEquals(List.of(), charters.covering("RC"));
    }

    @Test
    public void atMostAFewCharterPagesAreReadPerCall() {
        for (long id = 20; id < 30; id++) {
            charterPage(id, "RC", charterStorage("agreed", "1/2", "RC"));
        }

        assertEquals(AgreedChartersOnPages.MAX_READ, charters.covering("RC").size());
        verify(pageManager, times(AgreedChartersOnPages.MAX_READ)).getAbstractPage(anyLong());
    }
}
