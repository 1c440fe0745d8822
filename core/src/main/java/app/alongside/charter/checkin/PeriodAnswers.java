package app.alongside.charter.checkin;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Everything answered for one charter in one period, with no people in it: how many people responded, and per
 * principle code the scores and the comments. Order inside the lists means nothing (the store may return them in
 * the order they were written; whoever shows them must not).
 */
public record PeriodAnswers(String periodCode, int responses, Map<String, List<Integer>> scores,
                            Map<String, List<String>> comments) {

    public PeriodAnswers {
        Objects.requireNonNull(periodCode, "periodCode");
        if (responses < 0) {
            throw new IllegalArgumentException("responses cannot be negative");
        }
        scores = copy(scores);
        comments = copy(comments);
    }

    private static <T> Map<String, List<T>> copy(Map<String, List<T>> byPrinciple) {
        Map<String, List<T>> copy = new TreeMap<>();
        byPrinciple.forEach((code, values) -> copy.put(code, List.copyOf(values)));
        return java.util.Collections.unmodifiableMap(copy);
    }
}
