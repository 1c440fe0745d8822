package app.alongside.confluence.perspective.persistence;

import app.alongside.perspective.OnBehalfNote;
import app.alongside.perspective.Perspective;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** How private records become column values and back: instants as epoch milliseconds, days as yyyymmdd. */
final class StoredValues {

    private StoredValues() {
    }

    /** To the millisecond: what the columns keep. */
    static long millis(Instant instant) {
        return instant.toEpochMilli();
    }

    static Instant instant(long millis) {
        return Instant.ofEpochMilli(millis);
    }

    static Integer day(LocalDate date) {
        return date.getYear() * 10_000 + date.getMonthValue() * 100 + date.getDayOfMonth();
    }

    static Optional<LocalDate> date(Integer yyyymmdd) {
        if (yyyymmdd == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(yyyymmdd / 10_000, yyyymmdd / 100 % 100, yyyymmdd % 100));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** {@code |code|code|} in the enum's order. */
    static String perspectives(Set<Perspective> perspectives) {
        return EnumSet.copyOf(perspectives).stream().map(Perspective::code)
                .collect(Collectors.joining("|", "|", "|"));
    }

    /**
     * The stored codes back; a code this version does not know (a row edited by hand, or written by a newer
     * version) is left out, and a row left with none reads as "prefer not to say", which counts in no total.
     */
    static Set<Perspective> perspectives(String stored) {
        Set<Perspective> perspectives = EnumSet.noneOf(Perspective.class);
        if (stored != null) {
            for (String code : stored.split("\\|")) {
                Perspective.fromCode(code).ifPresent(perspectives::add);
            }
        }
        return perspectives.isEmpty() ? Collections.singleton(Perspective.PREFER_NOT_TO_SAY) : perspectives;
    }

    /** The note, if all three of its columns hold something readable. */
    static Optional<OnBehalfNote> note(String givenBy, Integer givenOn, String how) {
        Optional<LocalDate> day = date(givenOn);
        if (givenBy == null || givenBy.isBlank() || how == null || how.isBlank() || day.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new OnBehalfNote(givenBy, day.get(), how));
    }

    static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
