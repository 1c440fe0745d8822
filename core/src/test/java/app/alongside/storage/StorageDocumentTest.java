package app.alongside.storage;

import app.alongside.decision.DecisionStorageReader;
import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class StorageDocumentTest {

    private static String nested(int depth) {
        return "<span>".repeat(depth) + "x" + "</span>".repeat(depth);
    }

    @Test
    public void nestingAsDeepAsTheLimitIsRead() {
        StorageDocument document = StorageDocument.parse(nested(StorageDocument.MAX_DEPTH - 1));

        assertEquals("x", StorageDocument.text(document.root()));
    }

    @Test
    public void nestingDeeperThanTheLimitIsRefusedWithAMessageNotAStackOverflow() {
        StorageFormatException refused = assertThrows(StorageFormatException.class,
                () -> StorageDocument.parse(nested(200_000)));

        assertTrue(refused.getMessage(), refused.getMessage().contains("deep"));
    }

    @Test
    public void siblingsDoNotAddToTheDepth() {
        String wide = "<p>" + "<span>a</span>".repeat(10_000) + "</p>";

        assertEquals(10_000, StorageDocument.parse(wide).root().getFirstChild().getChildNodes().getLength());
    }

    @Test
    public void aDecisionPageNestedTooDeepIsRefusedAsUnreadableStorage() {
        String page = "<ac:structured-macro ac:name=\"alongside-decision\"><ac:rich-text-body>" + nested(100_000)
                + "</ac:rich-text-body></ac:structured-macro>";

        assertThrows(StorageFormatException.class, () -> new DecisionStorageReader().readPage(page));
    }
}
