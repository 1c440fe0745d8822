package app.alongside.evidence;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One record behind a judgement, one click away: the page it is on, the decision on that page if it is about one
 * (a meeting or a ledger month is not), its title, the date that matters and {@code note}, the i18n key of what
 * about it counts. Never names a person and never carries a total about perspectives.
 */
public record Evidence(OptionalLong decisionId, long pageId, String title, Optional<LocalDate> date, String note) {

    public Evidence {
        Objects.requireNonNull(decisionId, "decisionId");
        if (pageId <= 0 || (decisionId.isPresent() && decisionId.getAsLong() <= 0)) {
            throw new IllegalArgumentException("ids must be positive");
        }
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(note, "note");
    }

    /** A decision (database id {@code decisionId}) on page {@code pageId}. */
    public static Evidence ofDecision(long decisionId, long pageId, String title, Optional<LocalDate> date,
                                      String note) {
        return new Evidence(OptionalLong.of(decisionId), pageId, title, date, note);
    }

    /** A page as a whole, such as a meeting's notes. */
    public static Evidence ofPage(long pageId, String title, Optional<LocalDate> date, String note) {
        return new Evidence(OptionalLong.empty(), pageId, title, date, note);
    }
}
