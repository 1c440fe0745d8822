package app.alongside.charter.checkin;

import java.util.List;
import java.util.Objects;

/** A check-in as stored: the charter page, the period and the answers. Deliberately without the person. */
public record CheckIn(long pageId, Period period, List<CheckInAnswer> answers) {

    public CheckIn {
        Objects.requireNonNull(period, "period");
        answers = List.copyOf(answers);
        if (answers.isEmpty()) {
            throw new IllegalArgumentException("a check-in answers at least one principle");
        }
    }
}
