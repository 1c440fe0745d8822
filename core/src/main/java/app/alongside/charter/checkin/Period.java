package app.alongside.charter.checkin;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One period of check-ins: a month ({@code 2026-11}), a quarter ({@code 2026-Q4}) or a year ({@code 2026}).
 * {@code index} is the month (1–12), the quarter (1–4) or 1. The {@link #code()} is stored and never changes.
 */
public record Period(Frequency frequency, int year, int index) {

    /** Oldest first; periods that start on the same day (after a change of frequency) longest first. */
    public static final Comparator<Period> CHRONOLOGICAL = Comparator.comparing(Period::start)
            .thenComparing(Period::end, Comparator.reverseOrder());

    private static final Pattern CODE = Pattern.compile("([0-9]{4})(?:-(0[1-9]|1[0-2])|-Q([1-4]))?");

    public Period {
        Objects.requireNonNull(frequency, "frequency");
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("a year has four digits: " + year);
        }
        int max = switch (frequency) {
            case MONTHLY -> 12;
            case QUARTERLY -> 4;
            case YEARLY -> 1;
        };
        if (index < 1 || index > max) {
            throw new IllegalArgumentException(frequency + " index is 1 to " + max + ": " + index);
        }
    }

    public String code() {
        return switch (frequency) {
            case MONTHLY -> String.format("%04d-%02d", year, index);
            case QUARTERLY -> String.format("%04d-Q%d", year, index);
            case YEARLY -> String.format("%04d", year);
        };
    }

    /** The first day of the period. */
    public LocalDate start() {
        return switch (frequency) {
            case MONTHLY -> LocalDate.of(year, index, 1);
            case QUARTERLY -> LocalDate.of(year, (index - 1) * 3 + 1, 1);
            case YEARLY -> LocalDate.of(year, 1, 1);
        };
    }

    /** The day after the period's last day. */
    public LocalDate end() {
        return switch (frequency) {
            case MONTHLY -> start().plusMonths(1);
            case QUARTERLY -> start().plusMonths(3);
            case YEARLY -> start().plusYears(1);
        };
    }

    /** Reads a stored code; empty if it is not one. */
    public static Optional<Period> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        Matcher m = CODE.matcher(code);
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        if (year < 1000) {
            return Optional.empty();
        }
        if (m.group(2) != null) {
            return Optional.of(new Period(Frequency.MONTHLY, year, Integer.parseInt(m.group(2))));
        }
        if (m.group(3) != null) {
            return Optional.of(new Period(Frequency.QUARTERLY, year, Integer.parseInt(m.group(3))));
        }
        return Optional.of(new Period(Frequency.YEARLY, year, 1));
    }

    @Override
    public String toString() {
        return code();
    }
}
