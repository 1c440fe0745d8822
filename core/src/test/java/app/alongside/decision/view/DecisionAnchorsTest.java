package app.alongside.decision.view;

import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class DecisionAnchorsTest {

    @Test
    public void titleBecomesALowerCaseHyphenatedSlugWithoutAccents() {
        assertEquals("alongside-decision-zoe-s-cafe-opens-at-10", DecisionAnchors.forTitle("  Zoë’s Café: opens at 10! "));
    }

    @Test
    public void hostileTitleGivesOnlySafeCharacters() {
        String anchor = DecisionAnchors.forTitle("\"><script>alert(1)</script>");

        assertEquals("alongside-decision-script-alert-1-script", anchor);
    }

    @Test
    public void titleWithoutLatinLettersStillGetsAStableAnchor() {
        String anchor = DecisionAnchors.forTitle("مرحبا");

        assertTrue(anchor.matches("alongside-decision-h[0-9a-f]+"));
        assertEquals(anchor, DecisionAnchors.forTitle("مرحبا"));
    }

    @Test
    public void longTitlesAreCutAndBlankOnesAreUntitled() {
        String anchor = DecisionAnchors.forTitle("a ".repeat(200));
        assertTrue(anchor, anchor.length() <= DecisionAnchors.PREFIX.length() + 61 && !anchor.endsWith("-"));
        assertEquals("alongside-decision-untitled", DecisionAnchors.forTitle("   "));
        assertEquals("alongside-decision-id-library-move", DecisionAnchors.forId("Library move"));
    }
}
