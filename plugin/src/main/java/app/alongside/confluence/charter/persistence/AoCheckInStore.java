package app.alongside.confluence.charter.persistence;

import app.alongside.charter.checkin.CheckInAnswer;
import app.alongside.charter.checkin.CheckInStore;
import app.alongside.charter.checkin.PeriodAnswers;
import com.atlassian.activeobjects.external.ActiveObjects;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.java.ao.Query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Core's {@link CheckInStore} in Active Objects, in three tables that are never joined: who has responded
 * ({@link CheckInMarkEntity}), what was answered ({@link CheckInAnswerEntity}: no person, no time, no submission id)
 * and how many responded ({@link CheckInTallyEntity}, one row per response, kept apart from the marks so that
 * erasing a person leaves the count of the answers that stay unchanged).
 *
 * <p>Unlinkability: answers and tally rows are keyed by random UUIDs and marks by the mark itself, so no column in
 * any of the three tables rises with time. A submission's answers are still written together, in a shuffled order;
 * what remains is what the database itself may keep (physical row order, its logs, backups taken between two
 * check-ins): someone with direct access to the database, not the app, could in principle line those up. The
 * facilitator's guide must say so.</p>
 *
 * <p>Statements: {@link #hasResponded} 1; {@link #record} 3 in one transaction (insert the mark, insert the
 * answers as one batch, insert the tally row), or 2 when the mark is refused; {@link #answers} 2 for the whole
 * history of a charter; {@link #eraseUser} 1. {@link #record} returns false when the person already responded
 * (core asks {@link #hasResponded} first; a second submission, or the loser of two at once, is refused by the
 * mark's primary key): its transaction is rolled back whole (no answers, no tally) and it reads the mark to tell
 * that from a real failure. Must not be called inside another transaction, whose rollback it would force.</p>
 */
@Named
public final class AoCheckInStore implements CheckInStore {

    /** Longer than any period code core writes ({@code 2026-Q4}); a longer one is refused, not cut. */
    static final int MAX_PERIOD_CODE = 32;

    private final ActiveObjects ao;

    @Inject
    public AoCheckInStore(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public boolean hasResponded(long pageId, String periodCode, String userKey) {
        return ao.count(CheckInMarkEntity.class, Query.select()
                .where(CheckInMarkEntity.MARK_KEY + " = ?", markKey(pageId, periodCode, userKey))) > 0;
    }

    @Override
    public boolean record(long pageId, String periodCode, String userKey, List<CheckInAnswer> answers) {
        String mark = markKey(pageId, periodCode, userKey);
        List<Map<String, Object>> answerRows = new ArrayList<>();
        for (CheckInAnswer answer : answers) {
            answerRows.add(answerRow(pageId, periodCode, answer));
        }
        // The order the person filled the form in is not kept either.
        Collections.shuffle(answerRows, ThreadLocalRandom.current());
        try {
            ao.executeInTransaction(() -> {
                ao.create(CheckInMarkEntity.class, List.of(markRow(mark, pageId, periodCode, userKey)));
                if (!answerRows.isEmpty()) {
                    ao.create(CheckInAnswerEntity.class, answerRows);
                }
                ao.create(CheckInTallyEntity.class, List.of(tallyRow(pageId, periodCode)));
                return null;
            });
            return true;
        } catch (RuntimeException failed) {
            if (hasResponded(pageId, periodCode, userKey)) {
                return false; // another submission by the same person got in first: the primary key kept this out
            }
            throw failed;
        }
    }

    @Override
    public List<PeriodAnswers> answers(long pageId) {
        Map<String, Map<String, List<Integer>>> scores = new TreeMap<>();
        Map<String, Map<String, List<String>>> comments = new TreeMap<>();
        // Read in an order of content, never of keys or insertion; core sorts comments again before showing them.
        for (CheckInAnswerEntity row : ao.find(CheckInAnswerEntity.class, Query.select()
                .where(CheckInAnswerEntity.PAGE_ID + " = ?", pageId)
                .order(CheckInAnswerEntity.PERIOD_CODE + " ASC, " + CheckInAnswerEntity.PRINCIPLE_CODE + " ASC, "
                        + CheckInAnswerEntity.SCORE + " ASC"))) {
            String period = row.getPeriodCode();
            String principle = row.getPrincipleCode();
            scores.computeIfAbsent(period, p -> new TreeMap<>())
                    .computeIfAbsent(principle, p -> new ArrayList<>()).add(row.getScore());
            Map<String, List<String>> periodComments = comments.computeIfAbsent(period, p -> new TreeMap<>());
            String comment = row.getAnswerComment();
            if (comment != null && !comment.isBlank()) {
                periodComments.computeIfAbsent(principle, p -> new ArrayList<>()).add(comment);
            }
        }
        Map<String, Integer> responses = new HashMap<>();
        for (CheckInTallyEntity row : ao.find(CheckInTallyEntity.class, Query.select()
                .where(CheckInTallyEntity.PAGE_ID + " = ?", pageId))) {
            responses.merge(row.getPeriodCode(), 1, Integer::sum);
            scores.computeIfAbsent(row.getPeriodCode(), p -> new TreeMap<>());
        }
        List<PeriodAnswers> periods = new ArrayList<>();
        scores.forEach((period, byPrinciple) -> periods.add(new PeriodAnswers(period,
                responses.getOrDefault(period, 0), byPrinciple, comments.getOrDefault(period, Map.of()))));
        return periods;
    }

    @Override
    public int eraseUser(String userKey) {
        return ao.deleteWithSQL(CheckInMarkEntity.class, CheckInMarkEntity.USER_KEY + " = ?",
                Objects.requireNonNull(userKey, "userKey"));
    }

    static String markKey(long pageId, String periodCode, String userKey) {
        requirePeriod(periodCode);
        if (userKey == null || userKey.isBlank() || userKey.length() > 255) {
            throw new IllegalArgumentException("a user key is not blank and at most 255 characters");
        }
        return pageId + "|" + periodCode + "|" + userKey;
    }

    private static void requirePeriod(String periodCode) {
        if (periodCode == null || periodCode.isBlank() || periodCode.length() > MAX_PERIOD_CODE
                || periodCode.contains("|")) {
            throw new IllegalArgumentException("not a period code: " + periodCode);
        }
    }

    private static Map<String, Object> markRow(String mark, long pageId, String periodCode, String userKey) {
        Map<String, Object> row = new HashMap<>();
        row.put(CheckInMarkEntity.MARK_KEY, mark);
        row.put(CheckInMarkEntity.PAGE_ID, pageId);
        row.put(CheckInMarkEntity.PERIOD_CODE, periodCode);
        row.put(CheckInMarkEntity.USER_KEY, userKey);
        return row;
    }

    private static Map<String, Object> answerRow(long pageId, String periodCode, CheckInAnswer answer) {
        Map<String, Object> row = new HashMap<>();
        row.put(CheckInAnswerEntity.ANSWER_ID, UUID.randomUUID().toString());
        row.put(CheckInAnswerEntity.PAGE_ID, pageId);
        row.put(CheckInAnswerEntity.PERIOD_CODE, periodCode);
        row.put(CheckInAnswerEntity.PRINCIPLE_CODE, answer.principleCode());
        row.put(CheckInAnswerEntity.SCORE, answer.score());
        row.put(CheckInAnswerEntity.ANSWER_COMMENT, answer.comment().orElse(null));
        return row;
    }

    private static Map<String, Object> tallyRow(long pageId, String periodCode) {
        Map<String, Object> row = new HashMap<>();
        row.put(CheckInTallyEntity.TALLY_ID, UUID.randomUUID().toString());
        row.put(CheckInTallyEntity.PAGE_ID, pageId);
        row.put(CheckInTallyEntity.PERIOD_CODE, periodCode);
        return row;
    }
}
