package app.alongside.charter.checkin;

import app.alongside.validation.Problem;
import org.junit.Test;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** Submitting an anonymous check-in: once per person per period, validated, nothing stored unless all is valid. */
public class CheckInSubmitTest {

    private static final long CHARTER = 9001;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final List<String> PRINCIPLES = List.of("scie.equality", "scie.diversity", "own-1");

    private final InMemoryCheckInStore store = new InMemoryCheckInStore();
    private final CheckIns checkIns = new CheckIns(store);

    private CheckInResult submit(String user, Map<String, String> scores, Map<String, String> comments) {
        return checkIns.submit(user, CHARTER, PRINCIPLES, Frequency.QUARTERLY, TODAY, scores, comments);
    }

    @Test
    public void aValidCheckInIsStoredForThePeriodWithoutThePerson() {
        CheckInResult result = submit("alice", Map.of("scie.equality", "4", "own-1", " 2 "),
                Map.of("own-1", "  We rushed the agenda 🙁  "));

        assertTrue(result.isValid());
        assertEquals("2026-Q4", result.period().code());
        assertEquals(new CheckIn(CHARTER, result.period(), List.of(
                new CheckInAnswer("scie.equality", 4, Optional.empty()),
                new CheckInAnswer("own-1", 2, Optional.of("We rushed the agenda 🙁")))), result.outcome().get());
        assertTrue(store.hasResponded(CHARTER, "2026-Q4", "alice"));
        assertTrue(checkIns.hasResponded("alice", CHARTER, Frequency.QUARTERLY, TODAY));
        assertEquals(2, store.answerRows());
        assertFalse(store.answersMention("alice"));
    }

    @Test
    public void aSecondCheckInInTheSamePeriodIsRefusedAndNothingIsStored() {
        submit("alice", Map.of("scie.equality", "4"), Map.of());

        CheckInResult again = submit("alice", Map.of("scie.equality", "1"), Map.of("scie.equality", "changed my mind"));

        assertEquals(List.of(Problem.of("checkin", "alongside.checkin.error.already")), again.outcome().problems());
        assertEquals(1, store.marks());
        assertEquals(1, store.answerRows());
        assertEquals(Map.of("scie.equality", "1"), again.typedScores());
    }

    @Test
    public void theSamePersonMayCheckInAgainInTheNextPeriodAndOthersInTheSameOne() {
        submit("alice", Map.of("scie.equality", "4"), Map.of());

        assertTrue(submit("bob", Map.of("scie.equality", "3"), Map.of()).isValid());
        assertTrue(checkIns.submit("alice", CHARTER, PRINCIPLES, Frequency.QUARTERLY, LocalDate.of(2027, 1, 2),
                Map.of("scie.equality", "5"), Map.of()).isValid());
        assertEquals(3, store.marks());
    }

    @Test
    public void twoSubmissionsAtOnceStoreOnlyTheFirst() {
        // The store's unique mark decides a race that the service's own check cannot see.
        CheckInStore racing = new CheckInStore() {
            @Override
            public boolean hasResponded(long pageId, String periodCode, String userKey) {
                return false;
            }

            @Override
            public boolean record(long pageId, String periodCode, String userKey, List<CheckInAnswer> answers) {
                return store.record(pageId, periodCode, userKey, answers);
            }

            @Override
            public List<PeriodAnswers> answers(long pageId) {
                return store.answers(pageId);
            }

            @Override
            public int eraseUser(String userKey) {
                return store.eraseUser(userKey);
            }
        };
        CheckIns service = new CheckIns(racing);
        service.submit("alice", CHARTER, PRINCIPLES, Frequency.QUARTERLY, TODAY, Map.of("own-1", "3"), Map.of());

        CheckInResult second = service.submit("alice", CHARTER, PRINCIPLES, Frequency.QUARTERLY, TODAY,
                Map.of("own-1", "3"), Map.of());

        assertEquals(List.of(Problem.of("checkin", "alongside.checkin.error.already")), second.outcome().problems());
        assertEquals(1, store.answerRows());
    }

    @Test
    public void scoresOutOfRangeAreRefusedWithThePrincipleAndValueAndTheRestOfTheFormIsKept() {
        Map<String, String> scores = new LinkedHashMap<>();
        scores.put("scie.equality", "6");
        scores.put("scie.diversity", "4");
        scores.put("own-1", "three");
        CheckInResult result = submit("alice", scores, Map.of("scie.diversity", "Better than last time"));

        assertEquals(List.of(
                Problem.of("score.scie.equality", "alongside.checkin.error.score", "scie.equality", "6"),
                Problem.of("score.own-1", "alongside.checkin.error.score", "own-1", "three")),
                result.outcome().problems());
        assertEquals(Map.of("scie.equality", "6", "scie.diversity", "4", "own-1", "three"), result.typedScores());
        assertEquals(Map.of("scie.diversity", "Better than last time"), result.typedComments());
        assertEquals(0, store.marks());
        assertEquals(0, store.answerRows());
    }

    @Test
    public void zeroNegativeAndFractionalScoresAreRefused() {
        for (String bad : new String[] {"0", "-1", "3.5", "+3", "33", "١"}) {
            CheckInResult result = submit("alice", Map.of("own-1", bad), Map.of());
            assertEquals(bad, List.of(Problem.of("score.own-1", "alongside.checkin.error.score", "own-1", bad)),
                    result.outcome().problems());
        }
        assertEquals(0, store.marks());
    }

    @Test
    public void aCommentWithoutAScoreAsksForTheScore() {
        CheckInResult result = submit("alice", Map.of(), Map.of("own-1", "We never met"));

        assertEquals(List.of(Problem.of("score.own-1", "alongside.checkin.error.score.missing", "own-1")),
                result.outcome().problems());
        assertEquals(Map.of("own-1", "We never met"), result.typedComments());
    }

    @Test
    public void anUnknownPrincipleIsRefusedAndNothingIsStored() {
        CheckInResult result = submit("alice", Map.of("scie.equality", "4", "nef.assets", "5"), Map.of());

        assertEquals(List.of(Problem.of("checkin", "alongside.checkin.error.principle", "nef.assets")),
                result.outcome().problems());
        assertEquals(Map.of("scie.equality", "4"), result.typedScores());
        assertEquals(0, store.answerRows());
    }

    @Test
    public void aCheckInWithNothingAnsweredIsRefused() {
        CheckInResult result = submit("alice", Map.of("scie.equality", "  ", "own-1", ""), Map.of("own-1", " \n "));

        assertEquals(List.of(Problem.of("checkin", "alongside.checkin.error.none")), result.outcome().problems());
        assertEquals(0, store.marks());
    }

    @Test
    public void aCommentLongerThanAThousandCharactersIsRefusedAndKeptForEditing() {
        String emoji = "🌱".repeat(1001); // 1001 code points, 2002 chars
        CheckInResult result = submit("alice", Map.of("own-1", "3"), Map.of("own-1", emoji));

        assertEquals(List.of(Problem.of("comment.own-1", "alongside.checkin.error.comment.tooLong", "1000")),
                result.outcome().problems());
        assertEquals(emoji, result.typedComments().get("own-1"));
        assertEquals(0, store.answerRows());
    }

    @Test
    public void aThousandCharactersInAnyScriptIsAccepted() {
        String welsh = "ŵ".repeat(500) + "😀".repeat(500);
        CheckInResult result = submit("alice", Map.of("own-1", "3"), Map.of("own-1", welsh));

        assertTrue(result.isValid());
        assertEquals(Optional.of(welsh), result.outcome().get().answers().get(0).comment());
    }

    @Test
    public void controlCharactersAreDroppedFromComments() {
        CheckInResult result = submit("alice", Map.of("own-1", "3"), Map.of("own-1", "fine\u0000 really\u0007\nyes"));

        assertEquals(Optional.of("fine really\nyes"), result.outcome().get().answers().get(0).comment());
    }

    @Test
    public void everyProblemIsReportedAtOnce() {
        CheckInResult result = submit("alice", Map.of("scie.equality", "9", "made-up", "2"),
                Map.of("own-1", "x".repeat(1001)));

        assertEquals(List.of(
                Problem.of("checkin", "alongside.checkin.error.principle", "made-up"),
                Problem.of("score.scie.equality", "alongside.checkin.error.score", "scie.equality", "9"),
                Problem.of("score.own-1", "alongside.checkin.error.score.missing", "own-1"),
                Problem.of("comment.own-1", "alongside.checkin.error.comment.tooLong", "1000")),
                result.outcome().problems());
    }

    @Test
    public void aLongTypedValueIsShortenedInTheMessage() {
        String typed = "9".repeat(200);
        CheckInResult result = submit("alice", Map.of("own-1", typed), Map.of());

        String echoed = result.outcome().problems().get(0).arguments().get(1);
        assertEquals("9".repeat(64) + "\u2026", echoed);
        assertEquals(typed, result.typedScores().get("own-1"));
    }
}
