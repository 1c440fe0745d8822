package app.alongside.meeting;

import app.alongside.people.PersonRef;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A meeting as its notes record it: the day it was held (empty when the page gives none that can be read) and who
 * chaired it, one person or several co-chairs, in the order written. "Chaired" describes the meeting, never a person.
 */
public record Meeting(Optional<LocalDate> date, List<PersonRef> chairs) {

    /** More chairs than this on one meeting are not kept: a body that long is not a list of chairs. */
    public static final int MAX_CHAIRS = 20;

    public Meeting {
        Objects.requireNonNull(date, "date");
        chairs = List.copyOf(chairs);
        if (chairs.size() > MAX_CHAIRS) {
            throw new IllegalArgumentException("at most " + MAX_CHAIRS + " chairs");
        }
    }

    public boolean recordsAChair() {
        return !chairs.isEmpty();
    }
}
