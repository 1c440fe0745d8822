package app.alongside.perspective;

import app.alongside.perspective.SuppressedCount.NotShown;
import app.alongside.perspective.SuppressedCount.Reason;
import app.alongside.perspective.SuppressedCount.Shown;
import org.junit.Test;

import java.util.Random;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

public class SuppressionTest {

    private final Suppression k3 = new Suppression(3);

    @Test
    public void aGroupSmallerThanKIsNotShownWhateverWasCounted() {
        assertEquals(new NotShown(Reason.GROUP_TOO_SMALL, 3), k3.count(0, 0));
        assertEquals(new NotShown(Reason.GROUP_TOO_SMALL, 3), k3.count(0, 2));
        assertEquals(new NotShown(Reason.GROUP_TOO_SMALL, 3), k3.count(2, 2));
    }

    @Test
    public void oneToKMinusOnePeopleCountedIsNotShown() {
        assertEquals(new NotShown(Reason.FEWER_THAN_THRESHOLD, 3), k3.count(1, 10));
        assertEquals(new NotShown(Reason.FEWER_THAN_THRESHOLD, 3), k3.count(2, 10));
    }

    @Test
    public void everyoneInTheGroupCountedIsNotShownBecauseItWouldDescribeEachOfThem() {
        assertEquals(new NotShown(Reason.WOULD_DESCRIBE_EVERYONE, 3), k3.count(3, 3));
        assertEquals(new NotShown(Reason.WOULD_DESCRIBE_EVERYONE, 3), k3.count(12, 12));
    }

    @Test
    public void noneCountedInALargeEnoughGroupIsShownAsZero() {
        assertEquals(new Shown(0, 3), k3.count(0, 3));
    }

    @Test
    public void kOrMoreOfALargerGroupIsShown() {
        assertEquals(new Shown(3, 4), k3.count(3, 4));
        assertEquals(new Shown(7, 20), k3.count(7, 20));
    }

    @Test
    public void impossibleCountsAreRefused() {
        for (int[] bad : new int[][] {{-1, 5}, {0, -1}, {6, 5}, {-2, -1}}) {
            try {
                k3.count(bad[0], bad[1]);
                fail("accepted " + bad[0] + " of " + bad[1]);
            } catch (IllegalArgumentException expected) {
                // refused
            }
        }
    }

    @Test
    public void kBelowTwoIsRefused() {
        try {
            new Suppression(1);
            fail("k = 1 would publish one person's perspective");
        } catch (IllegalArgumentException expected) {
            // refused
        }
    }

    @Test
    public void tooFewCountedAndEveryoneCountedReadTheSameToReaders() {
        SuppressedCount.Reason fewer = ((NotShown) k3.count(1, 10)).reason();
        SuppressedCount.Reason everyone = ((NotShown) k3.count(10, 10)).reason();

        assertEquals(fewer.publicCode(), everyone.publicCode());
        assertEquals(fewer.messageKey(), everyone.messageKey());
        assertEquals("alongside.totals.notshown.could-identify", everyone.messageKey());
        assertEquals("alongside.totals.notshown.group-too-small", Reason.GROUP_TOO_SMALL.messageKey());
    }

    @Test
    public void noShownTotalEverRevealsASmallNumberOrAWholeGroupOrASmallGroup() {
        Random random = new Random(20261129L);
        int shown = 0;
        for (int i = 0; i < 20_000; i++) {
            int k = 2 + random.nextInt(49);
            int groupSize = random.nextInt(3 * k + 2);
            int counted = random.nextInt(groupSize + 1);
            SuppressedCount result = new Suppression(k).count(counted, groupSize);
            if (result instanceof Shown s) {
                shown++;
                String at = counted + " of " + groupSize + " with k " + k;
                assertEquals(at, counted, s.value());
                assertEquals(at, groupSize, s.outOf());
                assertTrue("a value between 1 and k-1 was shown: " + at, s.value() == 0 || s.value() >= k);
                assertTrue("a whole group was shown: " + at, s.value() != s.outOf());
                assertTrue("a group smaller than k was shown: " + at, s.outOf() >= k);
            } else {
                assertEquals(k, ((NotShown) result).threshold());
            }
        }
        assertTrue("the property must not pass vacuously", shown > 1_000);
    }
}
