package app.alongside.charter.checkin;

import org.junit.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

/** Check-in results as a trend: suppressed below k responses, comments sorted and without names. */
public class CheckInResultsTest {

    private static final long CHARTER = 9001;
    private static final List<String> PRINCIPLES = List.of("equality", "diversity");
    private static final LocalDate Q3 = LocalDate.of(2026, 8, 15);
    private static final LocalDate Q4 = LocalDate.of(2026, 11, 29);

    private final InMemoryCheckInStore store = new InMemoryCheckInStore();
    private final CheckIns checkIns = new CheckIns(store);

    private void answer(String user, LocalDate day, String equality, String comment) {
        CheckInResult result = checkIns.submit(user, CHARTER, PRINCIPLES, Frequency.QUARTERLY, day,
                Map.of("equality", equality), comment == null ? Map.of() : Map.of("equality", comment));
        assertTrue(result.outcome().problems().toString(), result.isValid());
    }

    @Test
    public void belowKResponsesTheCountIsShownButNotTheMeanNorTheComments() {
        answer("alice", Q4, "5", "Felt heard");
        answer("bob", Q4, "1", null);

        Trend.PeriodResult q4 = checkIns.results(CHARTER, PRINCIPLES, 3).periods().get(0);

        assertEquals(2, q4.responses());
        assertFalse(q4.commentsShown());
        Trend.PrincipleResult equality = q4.principles().get(0);
        assertEquals(new Trend.PrincipleResult("equality", 2, Optional.empty(), List.of()), equality);
        assertFalse(equality.meanShown());
    }

    @Test
    public void atKResponsesTheMeanToOneDecimalAndTheCommentsAreShown() {
        answer("alice", Q4, "5", "Felt heard");
        answer("bob", Q4, "1", null);
        answer("carol", Q4, "4", "Agenda was set before we arrived");

        Trend trend = checkIns.results(CHARTER, PRINCIPLES, 3);

        assertEquals(3, trend.threshold());
        Trend.PeriodResult q4 = trend.periods().get(0);
        assertEquals("2026-Q4", q4.period().code());
        assertEquals(3, q4.responses());
        assertTrue(q4.commentsShown());
        assertEquals(new Trend.PrincipleResult("equality", 3, Optional.of(new BigDecimal("3.3")),
                List.of("Agenda was set before we arrived", "Felt heard")), q4.principles().get(0));
        // A charter principle nobody answered is listed, with nothing to show.
        assertEquals(new Trend.PrincipleResult("diversity", 0, Optional.empty(), List.of()), q4.principles().get(1));
    }

    @Test
    public void theMeanRoundsHalfUpToOneDecimal() {
        answer("a", Q4, "1", null);
        answer("b", Q4, "2", null);
        answer("c", Q4, "2", null);
        answer("d", Q4, "2", null);

        // 7 / 4 = 1.75
        assertEquals(Optional.of(new BigDecimal("1.8")),
                checkIns.results(CHARTER, PRINCIPLES, 3).periods().get(0).principles().get(0).mean());
    }

    @Test
    public void periodsComeOldestFirstEachSuppressedOnItsOwn() {
        answer("alice", Q4, "5", null);
        answer("bob", Q4, "5", null);
        answer("carol", Q4, "5", null);
        answer("alice", Q3, "2", "Quiet quarter");
        answer("bob", Q3, "3", null);

        Trend trend = checkIns.results(CHARTER, 3);

        assertEquals(List.of("2026-Q3", "2026-Q4"), trend.periods().stream().map(p -> p.period().code()).toList());
        assertEquals(Optional.empty(), trend.periods().get(0).principles().get(0).mean());
        assertEquals(List.of(), trend.periods().get(0).principles().get(0).comments());
        assertEquals(Optional.of(new BigDecimal("5.0")), trend.periods().get(1).principles().get(0).mean());
    }

    @Test
    public void withoutTheCharterPrinciplesResultsListWhatWasAnsweredInCodeOrder() {
        for (String user : List.of("a", "b", "c")) {
            checkIns.submit(user, CHARTER, List.of("zeta", "alpha"), Frequency.YEARLY, Q4,
                    Map.of("zeta", "3", "alpha", "4"), Map.of());
        }

        assertEquals(List.of("alpha", "zeta"), checkIns.results(CHARTER, 3).periods().get(0).principles().stream()
                .map(Trend.PrincipleResult::principleCode).toList());
        // A principle since dropped from the charter still shows its history, after the current ones.
        assertEquals(List.of("zeta", "new", "alpha"), checkIns.results(CHARTER, List.of("zeta", "new"), 3)
                .periods().get(0).principles().stream().map(Trend.PrincipleResult::principleCode).toList());
    }

    @Test
    public void commentsAreNeverInSubmissionOrder() {
        List<String> written = List.of("zebra crossing was fixed", "Apples", "middle", "apples", "Ça va");
        for (int i = 0; i < written.size(); i++) {
            answer("user" + i, Q4, "3", written.get(i));
        }

        List<String> shown = checkIns.results(CHARTER, PRINCIPLES, 3).periods().get(0).principles().get(0).comments();

        assertEquals(written, store.answersInOrder(CHARTER).stream().map(a -> a.comment().get()).toList());
        assertNotEquals(written, shown);
        assertEquals(List.of("Apples", "apples", "middle", "zebra crossing was fixed", "Ça va"), shown);
    }

    @Test
    public void theSameAnswersInAnyOrderGiveTheSameResults() {
        List<String> comments = List.of("one", "two", "three", "four");
        InMemoryCheckInStore other = new InMemoryCheckInStore();
        CheckIns reversed = new CheckIns(other);
        for (int i = 0; i < comments.size(); i++) {
            answer("u" + i, Q4, String.valueOf(i + 1), comments.get(i));
            int j = comments.size() - 1 - i;
            reversed.submit("u" + j, CHARTER, PRINCIPLES, Frequency.QUARTERLY, Q4,
                    Map.of("equality", String.valueOf(j + 1)), Map.of("equality", comments.get(j)));
        }

        assertEquals(checkIns.results(CHARTER, PRINCIPLES, 3), reversed.results(CHARTER, PRINCIPLES, 3));
    }

    @Test
    public void noShownMeanEverComesFromFewerThanKResponses() {
        Random random = new Random(20261129L);
        int shown = 0;
        int suppressed = 0;
        for (int round = 0; round < 200; round++) {
            InMemoryCheckInStore roundStore = new InMemoryCheckInStore();
            CheckIns service = new CheckIns(roundStore);
            List<String> principles = List.of("p1", "p2", "p3");
            Map<String, List<Integer>> expected = new HashMap<>();
            int people = random.nextInt(12);
            for (int person = 0; person < people; person++) {
                LocalDate day = LocalDate.of(2026, 1 + random.nextInt(12), 1 + random.nextInt(28));
                Map<String, String> scores = new HashMap<>();
                for (String p : principles) {
                    if (random.nextInt(3) > 0) {
                        scores.put(p, String.valueOf(1 + random.nextInt(5)));
                    }
                }
                CheckInResult result = service.submit("person" + person, CHARTER, principles, Frequency.QUARTERLY,
                        day, scores, Map.of());
                if (result.isValid()) {
                    scores.forEach((p, s) -> expected.computeIfAbsent(result.period().code() + "/" + p,
                            x -> new ArrayList<>()).add(Integer.parseInt(s)));
                }
            }
            int k = 2 + random.nextInt(4);

            Trend trend = service.results(CHARTER, principles, k);

            for (Trend.PeriodResult period : trend.periods()) {
                assertEquals(period.responses() >= k, period.commentsShown());
                for (Trend.PrincipleResult principle : period.principles()) {
                    List<Integer> given = expected.getOrDefault(period.period().code() + "/"
                            + principle.principleCode(), List.of());
                    assertEquals(given.size(), principle.responses());
                    if (principle.meanShown()) {
                        shown++;
                    } else if (!given.isEmpty()) {
                        suppressed++;
                    }
                    assertEquals("round " + round + " " + period.period() + " " + principle,
                            given.size() >= k, principle.meanShown());
                    principle.mean().ifPresent(mean -> assertEquals(BigDecimal.valueOf(
                            given.stream().mapToInt(Integer::intValue).sum()).divide(
                                    BigDecimal.valueOf(given.size()), 1, java.math.RoundingMode.HALF_UP), mean));
                }
            }
        }
        // The rounds reach both sides of the threshold, so the property was really tested.
        assertTrue(shown > 20);
        assertTrue(suppressed > 20);
    }

    @Test
    public void erasingAUserRemovesTheirMarksButKeepsTheAnonymousAnswers() {
        answer("alice", Q4, "5", "Felt heard");
        answer("alice", Q3, "4", null);
        answer("bob", Q4, "1", null);
        answer("carol", Q4, "4", null);
        Trend before = checkIns.results(CHARTER, PRINCIPLES, 3);

        assertEquals(2, checkIns.eraseUser("alice"));

        assertFalse(store.hasResponded(CHARTER, "2026-Q4", "alice"));
        assertTrue(store.hasResponded(CHARTER, "2026-Q4", "bob"));
        assertEquals(2, store.marks());
        assertEquals(4, store.answerRows());
        assertEquals(before, checkIns.results(CHARTER, PRINCIPLES, 3));
    }

    @Test
    public void resultsForACharterWithNoCheckInsAreEmpty() {
        answer("alice", Q4, "5", null);

        assertEquals(new Trend(3, List.of()), checkIns.results(777, 3));
    }
}
