package app.alongside.signal;

import app.alongside.charter.Charter;
import app.alongside.charter.CharterStatus;
import app.alongside.charter.Commitment;
import app.alongside.charter.CommitmentEvaluator;
import app.alongside.decision.register.PageVisibility;
import app.alongside.evidence.Reason;
import app.alongside.charter.ChartersInSpaces;
import app.alongside.charter.ChartersInSpaces.CharterOnPage;
import app.alongside.ladder.LadderRules;
import app.alongside.reciprocity.RecognitionMonth;
import app.alongside.reciprocity.RecognitionTimeliness;
import org.junit.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** The "unrecognised" space signal from the charter's promise and the ledger's counts; k = 3 throughout. */
public class UnrecognisedSignalsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final LocalDate AGREED = LocalDate.of(2026, 9, 1);
    private static final PageVisibility ALL = ids -> ids;

    private final List<CharterOnPage> charters = new ArrayList<>();
    private final List<String> asked = new ArrayList<>();
    private List<RecognitionMonth> months = List.of();

    private final RecognitionTimeliness ledger = (spaces, from, to, days, today) -> {
        asked.add(spaces + " " + from + ".." + to + " within " + days + " on " + today);
        return new RecognitionTimeliness.Timeliness(3, months);
    };
    private final ChartersInSpaces inSpaces = keys -> charters.stream()
            .filter(c -> c.charter().spaces().stream().anyMatch(keys::contains)).toList();
    private final UnrecognisedSignals unrecognised = new UnrecognisedSignals(inSpaces, ledger);

    @Test
    public void aSpaceWithNoCharterRaisesNothingAndTheLedgerIsNotAsked() {
        assertEquals(Optional.empty(), unrecognised.in("RC", ALL, TODAY));
        assertTrue(asked.isEmpty());
    }

    @Test
    public void aCharterWithoutThePromiseRaisesNothing() {
        charters.add(charter(1, CharterStatus.AGREED, Optional.of(AGREED),
                new Commitment.LivedExperienceInEveryDecision(1)));

        assertEquals(Optional.empty(), unrecognised.in("RC", ALL, TODAY));
        assertTrue(asked.isEmpty());
    }

    @Test
    public void aDraftCharterPromisesNothingYet() {
        charters.add(charter(1, CharterStatus.DRAFT, Optional.of(AGREED), new Commitment.RecognisedWithin(30)));

        assertEquals(Optional.empty(), unrecognised.in("RC", ALL, TODAY));
    }

    @Test
    public void aCharterOnAPageTheViewerMayNotSeeIsNotRead() {
        charters.add(charter(1, CharterStatus.AGREED, Optional.of(AGREED), new Commitment.RecognisedWithin(30)));

        assertEquals(Optional.empty(), unrecognised.in("RC", ids -> Set.of(), TODAY));
        assertTrue(asked.isEmpty());
    }

    @Test
    public void nothingOverdueIsNoSignal() {
        charters.add(charter(1, CharterStatus.AGREED, Optional.of(AGREED), new Commitment.RecognisedWithin(30)));
        months = List.of(new RecognitionMonth(YearMonth.of(2026, 10), 5, 0, 0, 2, 1));

        Optional<SpaceSignals.Unrecognised> found = unrecognised.in("RC", ALL, TODAY);

        assertEquals(Optional.of(new SpaceSignals.Unrecognised(30, 0, 3)), found);
        assertEquals(List.of("[RC] 2026-09-01..2026-11-29 within 30 on 2026-11-29"), asked);
        assertTrue(signals(found).isEmpty());
    }

    @Test
    public void fewerOverdueThanKAreSaidAsSome() {
        charters.add(charter(1, CharterStatus.AGREED, Optional.of(AGREED), new Commitment.RecognisedWithin(30)));
        months = List.of(new RecognitionMonth(YearMonth.of(2026, 9), 4, 1, 0, 0, 0),
                new RecognitionMonth(YearMonth.of(2026, 10), 2, 0, 1, 0, 0));

        Optional<SpaceSignals.Unrecognised> found = unrecognised.in("RC", ALL, TODAY);

        assertEquals(Optional.of(new SpaceSignals.Unrecognised(30, 2, 3)), found);
        List<Signal> raised = signals(found);
        assertEquals(1, raised.size());
        assertEquals(SignalKind.UNRECOGNISED, raised.get(0).kind());
        assertEquals(Reason.of("alongside.signal.unrecognised.reason.some", 30), raised.get(0).reason());
        assertTrue(raised.get(0).evidence().isEmpty());
    }

    @Test
    public void fromKOverdueTheCountIsSaid() {
        charters.add(charter(1, CharterStatus.AGREED, Optional.of(AGREED), new Commitment.RecognisedWithin(14)));
        months = List.of(new RecognitionMonth(YearMonth.of(2026, 9), 0, 2, 0, 0, 0),
                new RecognitionMonth(YearMonth.of(2026, 10), 0, 0, 1, 0, 0));

        List<Signal> raised = signals(unrecognised.in("RC", ALL, TODAY));

        assertEquals(Reason.of("alongside.signal.unrecognised.reason", 3, 14), raised.get(0).reason());
    }

    @Test
    public void aCharterAgreedOnNoRecordedDayIsCheckedFromTheLedgerFloor() {
        charters.add(charter(1, CharterStatus.AGREED, Optional.empty(), new Commitment.RecognisedWithin(30)));

        unrecognised.in("RC", ALL, TODAY);

        assertEquals(List.of("[RC] " + CommitmentEvaluator.LEDGER_FLOOR + "..2026-11-29 within 30 on 2026-11-29"),
                asked);
    }

    @Test
    public void theMostRecentlyAgreedCharterIsThePromiseInForce() {
        charters.add(charter(1, CharterStatus.AGREED, Optional.of(LocalDate.of(2025, 1, 1)),
                new Commitment.RecognisedWithin(60)));
        charters.add(charter(2, CharterStatus.AGREED, Optional.of(AGREED), new Commitment.RecognisedWithin(21)));

        assertEquals(21, unrecognised.in("RC", ALL, TODAY).orElseThrow().days());
    }

    @Test
    public void eachSpaceIsCountedOnItsOwn() {
        charters.add(new CharterOnPage(1, "Charter", new Charter("Group", Optional.empty(), Optional.empty(),
                Optional.empty(), CharterStatus.AGREED, Optional.of(AGREED), Optional.empty(), List.of("RC", "NA"),
                List.of(new Commitment.RecognisedWithin(30)), "")));

        Map<String, SpaceSignals.Unrecognised> found = unrecognised.in(Set.of("RC", "NA", "XX"), ALL, TODAY);

        assertEquals(Set.of("RC", "NA"), found.keySet());
        assertEquals(List.of("[NA] 2026-09-01..2026-11-29 within 30 on 2026-11-29",
                "[RC] 2026-09-01..2026-11-29 within 30 on 2026-11-29"), asked);
    }

    private static List<Signal> signals(Optional<SpaceSignals.Unrecognised> found) {
        return new SpaceSignals(LadderRules.DEFAULTS).of(List.of(), found);
    }

    private static CharterOnPage charter(long pageId, CharterStatus status, Optional<LocalDate> agreedOn,
                                         Commitment commitment) {
        return new CharterOnPage(pageId, "Charter " + pageId, new Charter("Group", Optional.empty(), Optional.empty(),
                Optional.empty(), status, agreedOn, Optional.empty(), List.of("RC"), List.of(commitment), ""));
    }
}
