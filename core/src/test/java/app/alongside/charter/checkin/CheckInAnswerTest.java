package app.alongside.charter.checkin;

import org.junit.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

/** The values check-ins are made of refuse what the service would never build. */
public class CheckInAnswerTest {

    @Test
    public void anAnswerHasAScoreFromOneToFiveAndAPrinciple() {
        assertThrows(IllegalArgumentException.class, () -> new CheckInAnswer("p", 0, Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> new CheckInAnswer("p", 6, Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> new CheckInAnswer(" ", 3, Optional.empty()));
        assertThrows(IllegalArgumentException.class,
                () -> new CheckInAnswer("p", 3, Optional.of("x".repeat(CheckInAnswer.MAX_COMMENT + 1))));
    }

    @Test
    public void aBlankCommentIsNoComment() {
        assertEquals(Optional.empty(), new CheckInAnswer("p", 3, Optional.of("  \n")).comment());
    }

    @Test
    public void aCheckInAnswersAtLeastOnePrinciple() {
        Period period = Frequency.MONTHLY.periodOf(java.time.LocalDate.of(2026, 11, 1));
        assertThrows(IllegalArgumentException.class, () -> new CheckIn(1, period, List.of()));
    }

    @Test
    public void aStoredPeriodCodeThisVersionDoesNotWriteIsLeftOutOfResults() {
        CheckInStore store = new CheckInStore() {
            @Override
            public boolean hasResponded(long pageId, String periodCode, String userKey) {
                return false;
            }

            @Override
            public boolean record(long pageId, String periodCode, String userKey, List<CheckInAnswer> answers) {
                return true;
            }

            @Override
            public List<PeriodAnswers> answers(long pageId) {
                return List.of(new PeriodAnswers("2026-W48", 5, Map.of("p", List.of(1, 2, 3, 4, 5)), Map.of()),
                        new PeriodAnswers("2026", 3, Map.of("p", List.of(3, 3, 3)), Map.of()));
            }

            @Override
            public int eraseUser(String userKey) {
                return 0;
            }
        };

        Trend trend = new CheckIns(store).results(1, 3);

        assertEquals(List.of("2026"), trend.periods().stream().map(p -> p.period().code()).toList());
    }
}
