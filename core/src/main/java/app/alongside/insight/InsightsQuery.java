package app.alongside.insight;

import app.alongside.settings.SpaceKeys;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** The spaces and the period (inclusive) an insights page is about. */
public record InsightsQuery(Set<String> spaceKeys, LocalDate from, LocalDate to) {

    public static final int MAX_SPACES = 20;
    /** Ten years of months is as long as a chart stays readable. */
    public static final int MAX_MONTHS = 120;

    public InsightsQuery {
        Objects.requireNonNull(spaceKeys, "spaceKeys");
        if (spaceKeys.isEmpty() || spaceKeys.size() > MAX_SPACES) {
            throw new IllegalArgumentException("1 to " + MAX_SPACES + " spaces");
        }
        spaceKeys.forEach(SpaceKeys::requireValid);
        spaceKeys = java.util.Collections.unmodifiableSet(new TreeSet<>(spaceKeys));
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from must not be after to");
        }
        if (YearMonth.from(from).plusMonths(MAX_MONTHS).isBefore(YearMonth.from(to).plusMonths(1))) {
            throw new IllegalArgumentException("at most " + MAX_MONTHS + " months");
        }
    }

    /** Every month the period touches, oldest first. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }
}
