package app.alongside.decision.view;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** Dates as people read them in the UK ({@code 14 October 2026}) and as machines read them ({@code 2026-10-14}). */
final class ViewDates {

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private ViewDates() {
    }

    static String longDate(LocalDate date) {
        return LONG.format(date);
    }

    static String longDate(Optional<LocalDate> date) {
        return date.map(ViewDates::longDate).orElse("");
    }

    static String iso(Optional<LocalDate> date) {
        return date.map(LocalDate::toString).orElse("");
    }
}
