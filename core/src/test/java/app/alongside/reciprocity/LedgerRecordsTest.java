package app.alongside.reciprocity;

import app.alongside.perspective.SubjectKey;
import org.junit.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

/** The records refuse impossible values outright; people's typing is checked before, by {@link LedgerForms}. */
public class LedgerRecordsTest {

    private static final LocalDate ON = LocalDate.of(2026, 10, 14);

    @Test
    public void timeGivenIsMoreThanNothingAndAtMostADay() {
        assertThrows(IllegalArgumentException.class, () -> given(0));
        assertThrows(IllegalArgumentException.class, () -> given(24 * 60 + 1));
        assertEquals(24 * 60, given(24 * 60).minutes());
    }

    @Test
    public void anAmountIsNeverNegativeNorAbsurdNorOnSomethingThatIsNotMoney() {
        assertThrows(IllegalArgumentException.class, () -> Recognition.owed(RecognitionType.PAYMENT, -1, false));
        assertThrows(IllegalArgumentException.class,
                () -> Recognition.owed(RecognitionType.PAYMENT, Recognition.MAX_PENCE + 1, false));
        assertThrows(IllegalArgumentException.class, () -> Recognition.owed(RecognitionType.TRAINING, 100, false));
    }

    @Test
    public void paidHasADayAndOwedHasNone() {
        assertThrows(IllegalArgumentException.class, () -> new Recognition(RecognitionType.PAYMENT, 100,
                RecognitionState.PAID, Optional.empty(), false));
        assertThrows(IllegalArgumentException.class, () -> new Recognition(RecognitionType.PAYMENT, 100,
                RecognitionState.OWED, Optional.of(ON), false));
        assertThrows(IllegalArgumentException.class, () -> Recognition.owed(RecognitionType.DECLINED, 0, false));
    }

    @Test
    public void anEntryIsNeverPaidBeforeTheTimeWasGiven() {
        Recognition early = Recognition.owed(RecognitionType.PAYMENT, 100, false).paid(ON.minusDays(1));
        assertThrows(IllegalArgumentException.class, () -> new LedgerEntry(0, given(60), early));
    }

    @Test
    public void totalsRefuseNumbersThatCannotBe() {
        assertThrows(IllegalArgumentException.class,
                () -> new ReciprocityTotals.Shown(3, 2, 0, 0, 0, 0, OptionalInt.empty()));
        assertThrows(IllegalArgumentException.class, () -> new ReciprocityTotals.NotShown(1));
    }

    @Test
    public void moneyReadsAsPoundsAndPence() {
        assertEquals("£1,234.50", Money.pounds(123_450));
        assertEquals("1234.50", Money.plain(123_450));
        assertEquals("0.05", Money.plain(5));
    }

    static TimeGiven given(int minutes) {
        return new TimeGiven(SubjectKey.user("u1"), "RC", ON, "Panel", minutes, OptionalLong.empty(), "fac",
                Instant.parse("2026-10-14T12:00:00Z"));
    }
}
