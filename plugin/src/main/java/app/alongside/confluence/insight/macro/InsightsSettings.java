package app.alongside.confluence.insight.macro;

import app.alongside.insight.InsightsQuery;
import app.alongside.insight.view.InsightsSection;
import app.alongside.settings.SpaceKeys;
import app.alongside.time.LenientDates;
import app.alongside.validation.Problem;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an insights macro covers, read from its parameters: {@code spaces} (default: the page's space), the period
 * ({@code from}/{@code to} dates, else {@code period}: last-3-months, last-12-months (the default), this-year or all,
 * which is the last ten years) and {@code show} (which sections; default all). A value that cannot be read is a
 * problem to show the page's author, and its default applies, so the rest of the page still renders.
 */
final class InsightsSettings {

    static final String SPACES = "spaces";
    static final String FROM = "from";
    static final String TO = "to";
    static final String PERIOD = "period";
    static final String SHOW = "show";

    /** The periods a page may name; the default is the last twelve months. */
    enum Period {
        LAST_3_MONTHS("last-3-months"), LAST_12_MONTHS("last-12-months"), THIS_YEAR("this-year"), ALL("all");

        private final String parameterValue;

        Period(String parameterValue) {
            this.parameterValue = parameterValue;
        }

        String parameterValue() {
            return parameterValue;
        }

        /** Whole months up to the end of this month (later days have nothing in them yet). */
        LocalDate from(LocalDate today) {
            YearMonth month = YearMonth.from(today);
            return switch (this) {
                case LAST_3_MONTHS -> month.minusMonths(2).atDay(1);
                case LAST_12_MONTHS -> month.minusMonths(11).atDay(1);
                case THIS_YEAR -> LocalDate.of(today.getYear(), 1, 1);
                case ALL -> month.minusMonths(InsightsQuery.MAX_MONTHS - 1).atDay(1);
            };
        }

        LocalDate to(LocalDate today) {
            return this == THIS_YEAR ? LocalDate.of(today.getYear(), 12, 31) : YearMonth.from(today).atEndOfMonth();
        }

        static Optional<Period> fromParameter(String raw) {
            String normalised = raw.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
            for (Period period : values()) {
                if (period.parameterValue.equals(normalised)) {
                    return Optional.of(period);
                }
            }
            return Optional.empty();
        }
    }

    /** The query, when there is one to make, the sections to show, and what the author should fix. */
    record Result(Optional<InsightsQuery> query, Set<InsightsSection> show, List<Problem> problems) {
        Result {
            show = Set.copyOf(show);
            problems = List.copyOf(problems);
        }
    }

    private static final Pattern LIST = Pattern.compile("[,;\\s]+");
    private static final int MAX_SHOWN_VALUE = 60;

    private InsightsSettings() {
    }

    static Result read(Map<String, String> parameters, String currentSpaceKey, LocalDate today) {
        Map<String, String> given = parameters == null ? Map.of() : parameters;
        List<Problem> problems = new ArrayList<>();
        Set<String> spaces = spaces(given.getOrDefault(SPACES, ""), currentSpaceKey, problems);
        LocalDate[] period = period(given, today, problems);
        Set<InsightsSection> show = show(given.getOrDefault(SHOW, ""), problems);
        Optional<InsightsQuery> query = spaces.isEmpty() ? Optional.empty()
                : Optional.of(new InsightsQuery(spaces, period[0], period[1]));
        return new Result(query, show, problems);
    }

    private static Set<String> spaces(String raw, String currentSpaceKey, List<Problem> problems) {
        Set<String> keys = new LinkedHashSet<>();
        for (String key : LIST.split(raw.strip())) {
            if (key.isEmpty()) {
                continue;
            }
            if (SpaceKeys.isValid(key)) {
                keys.add(key);
            } else {
                problems.add(Problem.of(SPACES, "alongside.insights.problem.spaces.invalid", clip(key)));
            }
        }
        if (keys.size() > InsightsQuery.MAX_SPACES) {
            problems.add(Problem.of(SPACES, "alongside.insights.problem.spaces.tooMany", InsightsQuery.MAX_SPACES));
            keys = new LinkedHashSet<>(new ArrayList<>(keys).subList(0, InsightsQuery.MAX_SPACES));
        }
        if (keys.isEmpty()) {
            if (currentSpaceKey != null && SpaceKeys.isValid(currentSpaceKey.strip())) {
                keys.add(currentSpaceKey.strip());
            } else {
                problems.add(Problem.of(SPACES, "alongside.insights.problem.spaces.missing"));
            }
        }
        return keys;
    }

    /** From and to, inclusive: the dates given, else the named period, else the last twelve months. */
    private static LocalDate[] period(Map<String, String> given, LocalDate today, List<Problem> problems) {
        Period named = Period.LAST_12_MONTHS;
        String rawPeriod = given.getOrDefault(PERIOD, "").strip();
        if (!rawPeriod.isEmpty()) {
            Optional<Period> read = Period.fromParameter(rawPeriod);
            if (read.isPresent()) {
                named = read.get();
            } else {
                problems.add(Problem.of(PERIOD, "alongside.insights.problem.period.invalid", clip(rawPeriod)));
            }
        }
        Optional<LocalDate> from = date(given, FROM, problems);
        Optional<LocalDate> to = date(given, TO, problems);
        if (from.isEmpty() && to.isEmpty()) {
            return new LocalDate[]{named.from(today), named.to(today)};
        }
        LocalDate end = to.orElse(YearMonth.from(today).atEndOfMonth());
        LocalDate start = from.orElse(YearMonth.from(end).minusMonths(11).atDay(1));
        if (start.isAfter(end)) {
            problems.add(Problem.of(TO, "alongside.insights.problem.dates.order"));
            return new LocalDate[]{named.from(today), named.to(today)};
        }
        if (YearMonth.from(start).plusMonths(InsightsQuery.MAX_MONTHS).isBefore(YearMonth.from(end).plusMonths(1))) {
            problems.add(Problem.of(FROM, "alongside.insights.problem.dates.tooLong", InsightsQuery.MAX_MONTHS / 12));
            start = YearMonth.from(end).minusMonths(InsightsQuery.MAX_MONTHS - 1).atDay(1);
        }
        return new LocalDate[]{start, end};
    }

    private static Optional<LocalDate> date(Map<String, String> given, String name, List<Problem> problems) {
        String raw = given.getOrDefault(name, "").strip();
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalDate> date = LenientDates.parse(raw);
        if (date.isEmpty()) {
            problems.add(Problem.of(name, "alongside.insights.problem.date.invalid", clip(raw)));
        }
        return date;
    }

    private static Set<InsightsSection> show(String raw, List<Problem> problems) {
        Set<InsightsSection> show = EnumSet.noneOf(InsightsSection.class);
        for (String value : LIST.split(raw.strip())) {
            if (value.isEmpty()) {
                continue;
            }
            Optional<InsightsSection> section = InsightsSection.fromParameter(value);
            if (section.isPresent()) {
                show.add(section.get());
            } else {
                List<String> known = new ArrayList<>();
                for (InsightsSection s : InsightsSection.values()) {
                    known.add(s.parameterValue());
                }
                problems.add(Problem.of(SHOW, "alongside.insights.problem.show.invalid", clip(value),
                        String.join(", ", known)));
            }
        }
        return show.isEmpty() ? InsightsSection.all() : show;
    }

    private static String clip(String value) {
        return value.length() > MAX_SHOWN_VALUE ? value.substring(0, MAX_SHOWN_VALUE) + "…" : value;
    }
}
