package app.alongside.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Dates as people type them in the UK: {@code 2026-10-14}, {@code 14/10/2026}, {@code 14.10.2026},
 * {@code 14 Oct 2026}, {@code 14 October 2026}, {@code Tuesday 14 October 2026}, {@code October 14, 2026}.
 * Numeric dates are read day first, as in the UK; impossible dates (31 June) are rejected, not rolled over.
 */
public final class LenientDates {

    private static final Pattern WEEKDAY = Pattern.compile(
            "^(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*,?\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern ORDINAL = Pattern.compile("(\\d{1,2})(st|nd|rd|th)\\b", Pattern.CASE_INSENSITIVE);

    private static final List<DateTimeFormatter> FORMATS = List.of(
            strict("uuuu-M-d"),
            strict("d/M/uuuu"),
            strict("d.M.uuuu"),
            strict("d-M-uuuu"),
            strict("d MMM uuuu"),
            strict("d MMMM uuuu"),
            strict("MMM d, uuuu"),
            strict("MMMM d, uuuu"),
            strict("MMM d uuuu"),
            strict("MMMM d uuuu"));

    private LenientDates() {
    }

    public static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String cleaned = ORDINAL.matcher(WEEKDAY.matcher(text.strip()).replaceFirst(""))
                .replaceAll("$1").replaceAll("\\s+", " ").replace("Sept ", "Sep ");
        for (DateTimeFormatter format : FORMATS) {
            try {
                return Optional.of(LocalDate.parse(cleaned, format));
            } catch (DateTimeException ignored) {
                // try the next format
            }
        }
        return Optional.empty();
    }

    /** The form stored in pages and shown to tools: ISO 8601, {@code 2026-10-14}. */
    public static String iso(LocalDate date) {
        return date.toString();
    }

    private static DateTimeFormatter strict(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.UK).withResolverStyle(ResolverStyle.STRICT);
    }
}
