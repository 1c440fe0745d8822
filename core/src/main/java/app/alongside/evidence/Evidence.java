package app.alongside.evidence;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One decision behind a commitment's state, one click away: where it is, its title, the date that matters (decided
 * on, or when the "you said" was said) and {@code note}, the i18n key of what about it counts. Never names a person
 * and never carries a total about perspectives.
 */
public record Evidence(long decisionId, long pageId, String title, Optional<LocalDate> date, String note) {

    public Evidence {
        if (decisionId <= 0 || pageId <= 0) {
            throw new IllegalArgumentException("ids must be positive");
        }
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(note, "note");
    }
}
