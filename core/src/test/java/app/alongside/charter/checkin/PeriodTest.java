package app.alongside.charter.checkin;

import org.junit.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;

/** Check-in periods and their stable codes. */
public class PeriodTest {

    @Test
    public void aDateFallsInAMonthAQuarterAndAYearWithStableCodes() {
        LocalDate day = LocalDate.of(2026, 11, 29);

        assertEquals("2026-11", Frequency.MONTHLY.periodOf(day).code());
        assertEquals("2026-Q4", Frequency.QUARTERLY.periodOf(day).code());
        assertEquals("2026", Frequency.YEARLY.periodOf(day).code());
        assertEquals("2027-01", Frequency.MONTHLY.periodOf(LocalDate.of(2027, 1, 1)).code());
        assertEquals("2027-Q1", Frequency.QUARTERLY.periodOf(LocalDate.of(2027, 3, 31)).code());
        assertEquals("2027-Q2", Frequency.QUARTERLY.periodOf(LocalDate.of(2027, 4, 1)).code());
    }

    @Test
    public void aPeriodKnowsItsFirstDayAndTheDayAfterItsLast() {
        Period q4 = Frequency.QUARTERLY.periodOf(LocalDate.of(2026, 11, 29));

        assertEquals(LocalDate.of(2026, 10, 1), q4.start());
        assertEquals(LocalDate.of(2027, 1, 1), q4.end());
    }

    @Test
    public void storedCodesReadBackAndAnythingElseIsNotAPeriod() {
        for (Frequency f : Frequency.values()) {
            Period p = f.periodOf(LocalDate.of(2026, 2, 14));
            assertEquals(Optional.of(p), Period.parse(p.code()));
        }
        for (String bad : new String[] {null, "", "2026-13", "2026-00", "2026-Q5", "26-Q1", "2026-q1", "2026-1",
                " 2026", "0999"}) {
            assertEquals(bad, Optional.empty(), Period.parse(bad));
        }
    }

    @Test
    public void periodsSortOldestFirstAndALongerPeriodBeforeAShorterOneStartingTheSameDay() {
        List<Period> periods = new ArrayList<>(List.of(Period.parse("2026-11").get(), Period.parse("2026-Q4").get(),
                Period.parse("2026-10").get(), Period.parse("2025").get()));

        periods.sort(Period.CHRONOLOGICAL);

        assertEquals(List.of("2025", "2026-Q4", "2026-10", "2026-11"), periods.stream().map(Period::code).toList());
    }

    @Test
    public void frequencyReadsItsMacroParameter() {
        assertEquals(Optional.of(Frequency.QUARTERLY), Frequency.fromParameter(" Quarterly "));
        assertEquals(Optional.empty(), Frequency.fromParameter("fortnightly"));
        assertEquals("alongside.checkin.frequency.yearly", Frequency.YEARLY.nameKey());
    }
}
