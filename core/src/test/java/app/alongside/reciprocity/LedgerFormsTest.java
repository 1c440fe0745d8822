package app.alongside.reciprocity;

import app.alongside.validation.Problem;
import app.alongside.validation.Validated;
import org.junit.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class LedgerFormsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 10, 20);
    private static final LocalDate GIVEN = LocalDate.of(2026, 10, 14);

    @Test
    public void timeReadsHoursMinutesAndClockForms() {
        assertEquals(OptionalInt.of(90), LedgerForms.minutes("1.5 hours"));
        assertEquals(OptionalInt.of(90), LedgerForms.minutes("90 min"));
        assertEquals(OptionalInt.of(90), LedgerForms.minutes("1h 30m"));
        assertEquals(OptionalInt.of(90), LedgerForms.minutes("1 hour and 30 minutes"));
        assertEquals(OptionalInt.of(90), LedgerForms.minutes("1:30"));
        assertEquals(OptionalInt.of(90), LedgerForms.minutes("1,5"));
        assertEquals(OptionalInt.of(120), LedgerForms.minutes(" 2 HOURS "));
        assertEquals(OptionalInt.of(20), LedgerForms.minutes("1/3 hour".replace("1/3", "0.333")));
        assertEquals(OptionalInt.empty(), LedgerForms.minutes("a while"));
        assertEquals(OptionalInt.empty(), LedgerForms.minutes("-2 hours"));
    }

    @Test
    public void aTimeDateAndActivityBecomeTimeParts() {
        Validated<LedgerForms.TimeParts> parts = LedgerForms.time(
                new TimeForm("14/10/2026", "  Interview panel  ", "1.5 hours", "98304"), TODAY);

        assertEquals(new LedgerForms.TimeParts(GIVEN, "Interview panel", 90, OptionalLong.of(98304)), parts.get());
    }

    @Test
    public void moreThanADayOrNothingAtAllIsAProblemOnTime() {
        assertEquals(List.of(Problem.of("time", "alongside.ledger.error.time.range", "25 hours")),
                LedgerForms.time(new TimeForm("2026-10-14", "Panel", "25 hours", ""), TODAY).problems());
        assertEquals(List.of(Problem.of("time", "alongside.ledger.error.time.range", "0 min")),
                LedgerForms.time(new TimeForm("2026-10-14", "Panel", "0 min", ""), TODAY).problems());
        assertEquals(List.of(Problem.of("time", "alongside.ledger.error.time.range", "99999999999 hours")),
                LedgerForms.time(new TimeForm("2026-10-14", "Panel", "99999999999 hours", ""), TODAY).problems());
    }

    @Test
    public void everyFieldOfTimeIsCheckedAtOnceAndWhatWasTypedIsEchoed() {
        Validated<LedgerForms.TimeParts> parts = LedgerForms.time(
                new TimeForm("31/06/2026", "", "ages", "page 7"), TODAY);

        assertEquals(List.of(Problem.of("date", "alongside.ledger.error.date", "31/06/2026"),
                Problem.of("activity", "alongside.ledger.error.activity.missing"),
                Problem.of("time", "alongside.ledger.error.time", "ages"),
                Problem.of("meeting", "alongside.ledger.error.meeting")), parts.problems());
    }

    @Test
    public void timeCannotBeGivenInTheFuture() {
        assertEquals(List.of(Problem.of("date", "alongside.ledger.error.date.future")),
                LedgerForms.time(new TimeForm("2026-10-21", "Panel", "1 hour", ""), TODAY).problems());
    }

    @Test
    public void anActivityIsBoundedInCharactersNotBytes() {
        String emoji = "🙂".repeat(TimeGiven.MAX_ACTIVITY);
        assertTrue(LedgerForms.time(new TimeForm("2026-10-14", emoji, "1 hour", ""), TODAY).isValid());
        assertEquals(List.of(Problem.of("activity", "alongside.ledger.error.activity.tooLong", 200)),
                LedgerForms.time(new TimeForm("2026-10-14", emoji + "x", "1 hour", ""), TODAY).problems());
    }

    @Test
    public void poundsAndPenceAreReadAsPeopleWriteThem() {
        assertEquals(1250, pence("£12.50"));
        assertEquals(1250, pence("12.5"));
        assertEquals(120_000, pence("£1,200"));
        assertEquals(1250, pence("12.50 GBP"));
        assertEquals(50, pence("50p"));
        assertEquals(500_000, pence("£5,000.00"));
    }

    @Test
    public void aNegativeAmountIsAProblemNotAnException() {
        assertEquals(List.of(Problem.of("amount", "alongside.ledger.error.amount.negative", "-£5")),
                recognition("payment", "-£5", "owed", "").problems());
        assertEquals(List.of(Problem.of("amount", "alongside.ledger.error.amount.negative", "£-5")),
                recognition("payment", "£-5", "owed", "").problems());
    }

    @Test
    public void anAbsurdAmountIsAProblemNamingTheCap() {
        assertEquals(List.of(Problem.of("amount", "alongside.ledger.error.amount.tooMuch", "£5,000.00")),
                recognition("payment", "£5,000.01", "owed", "").problems());
        assertEquals(List.of(Problem.of("amount", "alongside.ledger.error.amount.tooMuch", "£5,000.00")),
                recognition("payment", "999999999", "owed", "").problems());
        assertEquals(List.of(Problem.of("amount", "alongside.ledger.error.amount", "12.505")),
                recognition("payment", "12.505", "owed", "").problems());
        assertEquals(List.of(Problem.of("amount", "alongside.ledger.error.amount", "1e9")),
                recognition("payment", "1e9", "owed", "").problems());
    }

    @Test
    public void moneyNeedsAnAmountAndOtherRecognitionTakesNone() {
        assertEquals(List.of(Problem.of("amount", "alongside.ledger.error.amount.missing")),
                recognition("voucher", "", "owed", "").problems());
        assertEquals(List.of(Problem.of("amount", "alongside.ledger.error.amount.notMoney")),
                recognition("training", "£20", "owed", "").problems());
        assertTrue(recognition("reference", "0", "owed", "").isValid());
    }

    @Test
    public void paidWithoutADayMeansPaidToday() {
        assertEquals(new Recognition(RecognitionType.PAYMENT, 2000, RecognitionState.PAID, Optional.of(TODAY), true),
                LedgerForms.recognition(new RecognitionForm("payment", "£20", "paid", "", true), GIVEN, TODAY).get());
    }

    @Test
    public void declinedIsSettledOnTheDayGivenWithNothingOwed() {
        assertEquals(new Recognition(RecognitionType.DECLINED, 0, RecognitionState.PAID, Optional.of(GIVEN), false),
                recognition("declined", "", "owed", "").get());
    }

    @Test
    public void theDayPaidIsNeitherBeforeTheTimeWasGivenNorInTheFuture() {
        assertEquals(List.of(Problem.of("paidOn", "alongside.ledger.error.paidOn.beforeGiven", "2026-10-14")),
                recognition("payment", "£20", "paid", "13 October 2026").problems());
        assertEquals(List.of(Problem.of("paidOn", "alongside.ledger.error.paidOn.future")),
                recognition("payment", "£20", "paid", "2026-10-21").problems());
        assertEquals(List.of(Problem.of("paidOn", "alongside.ledger.error.paidOn.whenOwed")),
                recognition("payment", "£20", "owed", "2026-10-15").problems());
    }

    @Test
    public void anUnknownTypeOrStateIsAProblemEchoingIt() {
        assertEquals(List.of(Problem.of("type", "alongside.ledger.error.type", "<b>cash</b>"),
                        Problem.of("state", "alongside.ledger.error.state", "maybe")),
                recognition("<b>cash</b>", "", "maybe", "").problems());
    }

    @Test
    public void typesAndStatesRoundTripThroughTheirCodes() {
        for (RecognitionType type : RecognitionType.values()) {
            assertEquals(Optional.of(type), RecognitionType.fromCode(type.code()));
        }
        assertEquals("time-credit", RecognitionType.TIME_CREDIT.code());
        for (RecognitionState state : RecognitionState.values()) {
            assertEquals(Optional.of(state), RecognitionState.fromCode(state.code()));
        }
        assertFalse(RecognitionType.fromCode(null).isPresent());
    }

    private static long pence(String typed) {
        return recognition("payment", typed, "owed", "").get().amountPence();
    }

    private static Validated<Recognition> recognition(String type, String amount, String state, String paidOn) {
        return LedgerForms.recognition(new RecognitionForm(type, amount, state, paidOn, false), GIVEN, TODAY);
    }
}
