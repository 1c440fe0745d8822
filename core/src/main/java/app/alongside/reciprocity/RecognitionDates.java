package app.alongside.reciprocity;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** One entry as the charter's timeliness check needs it: when time was given and when it was recognised, if yet. */
public record RecognitionDates(LocalDate given, Optional<LocalDate> recognisedOn) {

    public RecognitionDates {
        Objects.requireNonNull(given, "given");
        Objects.requireNonNull(recognisedOn, "recognisedOn");
    }
}
