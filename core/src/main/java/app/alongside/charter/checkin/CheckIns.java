package app.alongside.charter.checkin;

import app.alongside.validation.Problem;
import app.alongside.validation.Validated;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Anonymous reflection on a charter's principles: each member answers once per period, 1 to 5 per principle with an
 * optional comment, and the group sees the results only where at least k people answered.
 */
public final class CheckIns {

    /** Problems about the check-in as a whole (already answered, nothing answered, an unknown principle). */
    public static final String FORM = "checkin";
    public static final String SCORE_FIELD_PREFIX = "score.";
    public static final String COMMENT_FIELD_PREFIX = "comment.";
    private static final int MAX_ECHO = 64;
    /** Case-insensitive first so the order reads naturally; then exact, so it is total and repeatable. */
    private static final Comparator<String> COMMENT_ORDER = Comparator
            .comparing((String c) -> c.toLowerCase(Locale.ROOT)).thenComparing(Comparator.naturalOrder());

    private final CheckInStore store;

    public CheckIns(CheckInStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * Validates and stores a member's check-in for the period {@code today} falls in. {@code principleCodes} are the
     * charter's principles, in its order; {@code scores} and {@code comments} are as typed, by principle code (a
     * blank score with a blank comment is a principle left unanswered). Nothing is stored unless all is valid.
     */
    public CheckInResult submit(String userKey, long pageId, List<String> principleCodes, Frequency frequency,
                                LocalDate today, Map<String, String> scores, Map<String, String> comments) {
        requireUser(userKey);
        requirePage(pageId);
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(today, "today");
        Map<String, String> typedScores = scores == null ? Map.of() : scores;
        Map<String, String> typedComments = comments == null ? Map.of() : comments;
        Set<String> known = new LinkedHashSet<>();
        principleCodes.stream().filter(c -> c != null && !c.isBlank()).forEach(known::add);
        Period period = frequency.periodOf(today);

        Map<String, String> keptScores = new LinkedHashMap<>();
        Map<String, String> keptComments = new LinkedHashMap<>();
        for (String code : known) {
            String score = clean(typedScores.get(code));
            String comment = clean(typedComments.get(code));
            if (!score.isEmpty()) {
                keptScores.put(code, score);
            }
            if (!comment.isEmpty()) {
                keptComments.put(code, comment);
            }
        }

        if (store.hasResponded(pageId, period.code(), userKey)) {
            return refused(period, List.of(Problem.of(FORM, "alongside.checkin.error.already")), keptScores,
                    keptComments);
        }

        List<Problem> problems = new ArrayList<>();
        Set<String> unknown = new TreeSet<>();
        typedScores.forEach((code, value) -> {
            if (code != null && !known.contains(code) && !clean(value).isEmpty()) {
                unknown.add(code);
            }
        });
        typedComments.forEach((code, value) -> {
            if (code != null && !known.contains(code) && !clean(value).isEmpty()) {
                unknown.add(code);
            }
        });
        for (String code : unknown) {
            problems.add(Problem.of(FORM, "alongside.checkin.error.principle", echo(code)));
        }

        List<CheckInAnswer> answers = new ArrayList<>();
        for (String code : known) {
            String score = keptScores.getOrDefault(code, "");
            String comment = keptComments.getOrDefault(code, "");
            if (score.isEmpty() && comment.isEmpty()) {
                continue;
            }
            boolean valid = true;
            if (score.isEmpty()) {
                problems.add(Problem.of(SCORE_FIELD_PREFIX + code, "alongside.checkin.error.score.missing", code));
                valid = false;
            } else if (!score.matches("[1-5]")) {
                problems.add(Problem.of(SCORE_FIELD_PREFIX + code, "alongside.checkin.error.score", code,
                        echo(score)));
                valid = false;
            }
            if (codePoints(comment) > CheckInAnswer.MAX_COMMENT) {
                problems.add(Problem.of(COMMENT_FIELD_PREFIX + code, "alongside.checkin.error.comment.tooLong",
                        CheckInAnswer.MAX_COMMENT));
                valid = false;
            }
            if (valid) {
                answers.add(new CheckInAnswer(code, Integer.parseInt(score),
                        comment.isEmpty() ? Optional.empty() : Optional.of(comment)));
            }
        }
        if (problems.isEmpty() && answers.isEmpty()) {
            problems.add(Problem.of(FORM, "alongside.checkin.error.none"));
        }
        if (!problems.isEmpty()) {
            return refused(period, problems, keptScores, keptComments);
        }
        if (!store.record(pageId, period.code(), userKey, answers)) {
            // Another submission by the same person got in first (two tabs, a double click).
            return refused(period, List.of(Problem.of(FORM, "alongside.checkin.error.already")), keptScores,
                    keptComments);
        }
        return new CheckInResult(period, Validated.valid(new CheckIn(pageId, period, answers)), keptScores,
                keptComments);
    }

    /** Whether the member has already checked in for the period {@code today} falls in. */
    public boolean hasResponded(String userKey, long pageId, Frequency frequency, LocalDate today) {
        return store.hasResponded(requirePage(pageId), frequency.periodOf(today).code(), requireUser(userKey));
    }

    /** Results for every principle answered, principles in code order. */
    public Trend results(long pageId, int k) {
        return results(pageId, List.of(), k);
    }

    /**
     * Results with the charter's principles first, in its order (each shown even if nobody answered it), then any
     * principle answered in the past but no longer in the charter, in code order.
     */
    public Trend results(long pageId, List<String> principleCodes, int k) {
        requirePage(pageId);
        if (k < 1) {
            throw new IllegalArgumentException("k is at least 1: " + k);
        }
        List<PeriodAnswers> stored = store.answers(pageId);
        Set<String> codes = new LinkedHashSet<>(principleCodes);
        Set<String> past = new TreeSet<>();
        stored.forEach(p -> past.addAll(p.scores().keySet()));
        codes.addAll(past);

        List<Trend.PeriodResult> periods = new ArrayList<>();
        for (PeriodAnswers answers : stored) {
            Optional<Period> period = Period.parse(answers.periodCode());
            if (period.isEmpty()) {
                continue; // not a code this version writes; showing it under a guessed date would mislead
            }
            boolean commentsShown = answers.responses() >= k;
            List<Trend.PrincipleResult> principles = new ArrayList<>();
            for (String code : codes) {
                List<Integer> scores = answers.scores().getOrDefault(code, List.of());
                Optional<BigDecimal> mean = scores.size() >= k ? Optional.of(mean(scores)) : Optional.empty();
                List<String> comments = commentsShown
                        ? answers.comments().getOrDefault(code, List.of()).stream().sorted(COMMENT_ORDER).toList()
                        : List.of();
                principles.add(new Trend.PrincipleResult(code, scores.size(), mean, comments));
            }
            periods.add(new Trend.PeriodResult(period.get(), answers.responses(), commentsShown, principles));
        }
        periods.sort(Comparator.comparing(Trend.PeriodResult::period, Period.CHRONOLOGICAL));
        return new Trend(k, periods);
    }

    /** Erasure: removes the user's "responded" marks; the anonymous answers stay. Returns the marks removed. */
    public int eraseUser(String userKey) {
        return store.eraseUser(requireUser(userKey));
    }

    private static BigDecimal mean(List<Integer> scores) {
        long sum = scores.stream().mapToLong(Integer::longValue).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(scores.size()), 1, RoundingMode.HALF_UP);
    }

    private static CheckInResult refused(Period period, List<Problem> problems, Map<String, String> scores,
                                         Map<String, String> comments) {
        return new CheckInResult(period, Validated.invalid(problems), scores, comments);
    }

    /** Stripped, without control characters other than tab and line breaks (PostgreSQL refuses NUL). */
    private static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(raw.length());
        raw.codePoints().filter(c -> !Character.isISOControl(c) || c == '\t' || c == '\n' || c == '\r')
                .forEach(out::appendCodePoint);
        return out.toString().strip();
    }

    private static int codePoints(String text) {
        return text.codePointCount(0, text.length());
    }

    private static String echo(String typed) {
        String text = clean(typed);
        return codePoints(text) <= MAX_ECHO ? text
                : text.substring(0, text.offsetByCodePoints(0, MAX_ECHO)) + "\u2026";
    }

    private static String requireUser(String userKey) {
        if (userKey == null || userKey.isBlank()) {
            throw new IllegalArgumentException("the member's user key must not be blank");
        }
        return userKey;
    }

    private static long requirePage(long pageId) {
        if (pageId <= 0) {
            throw new IllegalArgumentException("a charter page id is positive: " + pageId);
        }
        return pageId;
    }
}
