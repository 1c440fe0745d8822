package app.alongside.confluence.charter.persistence;

import app.alongside.settings.ParityFraction;
import app.alongside.testsupport.ao.ActiveObjectsRule;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** Which pages hold a charter, by space, on H2 and PostgreSQL ({@code -Dalongside.db=postgres}). */
public class AoCharterPageIndexTest {

    @ClassRule
    @Rule
    public static final ActiveObjectsRule AO = ActiveObjectsRule.forEntities(CharterPageEntity.class);

    private final AoCharterPageIndex index = new AoCharterPageIndex(AO.activeObjects());

    @Test
    public void pagesHoldingACharterAreFoundByTheirSpace() {
        index.replacePage(1, "RC", "Our charter", true);
        index.replacePage(2, "RC", "Minutes", false);
        index.replacePage(3, "PEER", "Peer charter", true);
        index.replacePage(4, "BOARD", "Board charter", true);

        assertEquals(List.of(new AoCharterPageIndex.CharterPageRow(1, "Our charter"),
                new AoCharterPageIndex.CharterPageRow(3, "Peer charter")), index.pagesIn(Set.of("RC", "PEER")));
        assertEquals(List.of(), index.pagesIn(Set.of()));
    }

    @Test
    public void aPageThatNoLongerHoldsACharterTrashedOrRemovedIsNotFound() {
        index.replacePage(1, "RC", "Our charter", true);
        index.replacePage(1, "RC", "Our charter", true);
        assertEquals(1, index.pagesIn(Set.of("RC")).size());

        index.setTrashed(1, true);
        assertEquals(List.of(), index.pagesIn(Set.of("RC")));
        index.setTrashed(1, false);
        assertEquals(1, index.pagesIn(Set.of("RC")).size());

        index.replacePage(1, "RC", "Our charter", false);
        assertEquals(List.of(), index.pagesIn(Set.of("RC")));

        index.replacePage(5, "RC", "Another", true);
        index.removePage(5);
        assertEquals(List.of(), index.pagesIn(Set.of("RC")));
    }

    @Test
    public void aSaveTellsWhetherWhatThePageAsksOfItsSpaceLadderChanged() {
        ParityFraction half = new ParityFraction(1, 2);
        assertFalse("a page without a charter, before and after", index.replacePage(1, "RC", "Minutes", false,
                Optional.empty()));
        assertFalse("a draft charter asks nothing", index.replacePage(1, "RC", "Charter", true, Optional.empty()));
        assertTrue("agreed with a parity", index.replacePage(1, "RC", "Charter", true, Optional.of(half)));
        assertFalse("saved again unchanged", index.replacePage(1, "RC", "Charter", true, Optional.of(half)));
        assertTrue("a different parity", index.replacePage(1, "RC", "Charter", true,
                Optional.of(ParityFraction.ONE_THIRD)));
        assertTrue("the charter removed from the page", index.replacePage(1, "RC", "Charter", false,
                Optional.empty()));
    }

    @Test
    public void trashingACharterThatAskedAParityNamesItsSpace() {
        index.replacePage(1, "RC", "Charter", true, Optional.of(new ParityFraction(1, 2)));
        index.replacePage(2, "RC", "Draft", true, Optional.empty());

        assertEquals(Optional.of("RC"), index.setTrashed(1, true));
        assertEquals("already trashed", Optional.empty(), index.setTrashed(1, true));
        assertEquals(Optional.of("RC"), index.setTrashed(1, false));
        assertEquals(Optional.empty(), index.setTrashed(2, true));
    }
}
