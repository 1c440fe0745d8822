package app.alongside.charter.checkin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A fake {@link CheckInStore} in memory with the real store's shape: marks of who responded in one place, answers
 * with no person in another, a response count per charter and period, and {@link #record} all or nothing. Answers
 * come back in the order written, as a careless real store's would, so tests can prove nothing shows that order.
 * Published in core's test jar for the adapters' tests.
 */
public final class InMemoryCheckInStore implements CheckInStore {

    private record Mark(long pageId, String periodCode, String userKey) { }

    private record Row(long pageId, String periodCode, CheckInAnswer answer) { }

    private final Set<Mark> marks = new LinkedHashSet<>();
    private final List<Row> answers = new ArrayList<>();
    private final Map<String, Integer> responses = new HashMap<>();
    /** When set, every call fails with it, as a database outage would. */
    public RuntimeException failure;

    @Override
    public boolean hasResponded(long pageId, String periodCode, String userKey) {
        check();
        return marks.contains(new Mark(pageId, periodCode, userKey));
    }

    @Override
    public boolean record(long pageId, String periodCode, String userKey, List<CheckInAnswer> given) {
        check();
        if (!marks.add(new Mark(pageId, periodCode, userKey))) {
            return false;
        }
        given.forEach(a -> answers.add(new Row(pageId, periodCode, a)));
        responses.merge(pageId + "|" + periodCode, 1, Integer::sum);
        return true;
    }

    @Override
    public List<PeriodAnswers> answers(long pageId) {
        check();
        Map<String, Map<String, List<Integer>>> scores = new LinkedHashMap<>();
        Map<String, Map<String, List<String>>> comments = new LinkedHashMap<>();
        for (Row row : answers) {
            if (row.pageId() != pageId) {
                continue;
            }
            String principle = row.answer().principleCode();
            scores.computeIfAbsent(row.periodCode(), p -> new LinkedHashMap<>())
                    .computeIfAbsent(principle, c -> new ArrayList<>()).add(row.answer().score());
            Map<String, List<String>> periodComments =
                    comments.computeIfAbsent(row.periodCode(), p -> new LinkedHashMap<>());
            row.answer().comment().ifPresent(c ->
                    periodComments.computeIfAbsent(principle, x -> new ArrayList<>()).add(c));
        }
        List<PeriodAnswers> out = new ArrayList<>();
        scores.forEach((period, byPrinciple) -> out.add(new PeriodAnswers(period,
                responses.getOrDefault(pageId + "|" + period, 0), byPrinciple, comments.get(period))));
        return out;
    }

    @Override
    public int eraseUser(String userKey) {
        check();
        int before = marks.size();
        marks.removeIf(m -> m.userKey().equals(userKey));
        return before - marks.size();
    }

    /** "Responded" marks held, on any charter. */
    public int marks() {
        return marks.size();
    }

    /** Answers held, on any charter. */
    public int answerRows() {
        return answers.size();
    }

    /** Whether any answer row mentions {@code text} (a user key, say): answers never hold a person. */
    public boolean answersMention(String text) {
        return answers.stream().anyMatch(r -> r.toString().contains(text));
    }

    /** The answers as written, for tests about order. */
    public List<CheckInAnswer> answersInOrder(long pageId) {
        return answers.stream().filter(r -> r.pageId() == pageId).map(Row::answer).toList();
    }

    private void check() {
        if (failure != null) {
            throw failure;
        }
    }
}
