package app.alongside.time;

import org.junit.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.Assert.assertEquals;

public class LenientDatesTest {

    private static final Optional<LocalDate> OCT_14 = Optional.of(LocalDate.of(2026, 10, 14));

    @Test
    public void acceptsTheWaysPeopleInTheUkWriteDates() {
        for (String text : new String[] {"2026-10-14", "14/10/2026", "14.10.2026", "14-10-2026", "14 Oct 2026",
                "14 October 2026", "Wednesday 14 October 2026", "14th October 2026", "October 14, 2026",
                "oct 14 2026", "  14 OCT 2026 "}) {
            assertEquals(text, OCT_14, LenientDates.parse(text));
        }
    }

    @Test
    public void readsNumericDatesDayFirst() {
        assertEquals(Optional.of(LocalDate.of(2026, 3, 4)), LenientDates.parse("4/3/2026"));
    }

    @Test
    public void rejectsImpossibleAndAmbiguousNonsense() {
        assertEquals(Optional.empty(), LenientDates.parse("31/06/2026"));
        assertEquals(Optional.empty(), LenientDates.parse("10/14/2026"));
        assertEquals(Optional.empty(), LenientDates.parse("next Tuesday"));
        assertEquals(Optional.empty(), LenientDates.parse(""));
        assertEquals(Optional.empty(), LenientDates.parse(null));
    }
}
