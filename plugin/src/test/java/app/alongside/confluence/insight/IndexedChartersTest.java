package app.alongside.confluence.insight;

import app.alongside.confluence.charter.persistence.AoCharterPageIndex;
import app.alongside.confluence.charter.persistence.CharterPageEntity;
import app.alongside.confluence.charter.web.CharterPages;
import app.alongside.confluence.decision.ConfluencePageVisibility;
import app.alongside.confluence.testing.ConfluenceFixture;
import app.alongside.charter.ChartersInSpaces;
import app.alongside.testsupport.ao.ActiveObjectsRule;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.spaces.Space;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;

import java.util.List;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The charters of some spaces: the indexed charter pages, each read from its page as the charter macro reads it. */
public class IndexedChartersTest {

    @ClassRule
    @Rule
    public static final ActiveObjectsRule AO = ActiveObjectsRule.forEntities(CharterPageEntity.class);

    @Rule
    public final ConfluenceFixture confluence = new ConfluenceFixture();

    private final PageManager pageManager = mock(PageManager.class);
    private final AoCharterPageIndex index = new AoCharterPageIndex(AO.activeObjects());

    @Test
    public void eachIndexedCharterPageIsReadAndOnesNoLongerThereAreLeftOut() {
        Space rc = confluence.space("RC", "Recovery College");
        Page charter = page(10, rc, "Our charter", """
                <ac:structured-macro ac:name="alongside-charter" ac:schema-version="1">
                  <ac:parameter ac:name="group">Recovery College group</ac:parameter>
                  <ac:parameter ac:name="commitments">lived-experience-in-every-decision:2</ac:parameter>
                </ac:structured-macro>""");
        when(pageManager.getAbstractPage(10L)).thenReturn(charter);
        index.replacePage(10, "RC", "Our charter", true);
        index.replacePage(11, "RC", "Deleted since", true);
        IndexedCharters charters = new IndexedCharters(index, new CharterPages(pageManager,
                new ConfluencePageVisibility(pageManager, confluence.permissionManager, confluence.currentUser)));

        List<ChartersInSpaces.CharterOnPage> found = charters.in(Set.of("RC"));

        assertEquals(1, found.size());
        assertEquals("Our charter", found.get(0).title());
        assertEquals("Recovery College group", found.get(0).charter().group());
        assertEquals(1, found.get(0).charter().commitments().size());
    }

    private static Page page(long id, Space space, String title, String storage) {
        return new Page() {
            @Override public long getId() { return id; }
            @Override public String getTitle() { return title; }
            @Override public Space getSpace() { return space; }
            @Override public String getSpaceKey() { return space.getKey(); }
            @Override public String getBodyAsString() { return storage; }
            @Override public int getVersion() { return 1; }
        };
    }
}
