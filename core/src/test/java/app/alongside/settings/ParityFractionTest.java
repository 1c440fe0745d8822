package app.alongside.settings;

import org.junit.Test;

import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class ParityFractionTest {

    @Test
    public void oneThirdIsMetByOneOfThreeButNotOneOfFour() {
        assertTrue(ParityFraction.ONE_THIRD.isMetBy(1, 3));
        assertTrue(ParityFraction.ONE_THIRD.isMetBy(2, 6));
        assertFalse(ParityFraction.ONE_THIRD.isMetBy(1, 4));
        assertFalse(ParityFraction.ONE_THIRD.isMetBy(0, 0));
    }

    @Test
    public void parsesFractionsAndPercentagesAndReducesThem() {
        assertEquals(Optional.of(new ParityFraction(1, 3)), ParityFraction.parse(" 2 / 6 "));
        assertEquals(Optional.of(new ParityFraction(1, 2)), ParityFraction.parse("50%"));
    }

    @Test
    public void rejectsTextThatIsNotAFractionInRange() {
        assertEquals(Optional.empty(), ParityFraction.parse("a third"));
        assertEquals(Optional.empty(), ParityFraction.parse("4/3"));
        assertEquals(Optional.empty(), ParityFraction.parse("0/3"));
        assertEquals(Optional.empty(), ParityFraction.parse("1/0"));
        assertEquals(Optional.empty(), ParityFraction.parse(null));
    }

    @Test
    public void comparesByValueNotByNotation() {
        assertEquals(0, new ParityFraction(1, 3).compareTo(new ParityFraction(2, 6)));
        assertTrue(new ParityFraction(1, 2).compareTo(ParityFraction.ONE_THIRD) > 0);
    }

    @Test(expected = IllegalArgumentException.class)
    public void constructorRejectsNumeratorAboveDenominator() {
        new ParityFraction(4, 3);
    }

    @Test
    public void printsAsAPersonWouldTypeIt() {
        assertEquals("1/3", ParityFraction.ONE_THIRD.toString());
    }
}
