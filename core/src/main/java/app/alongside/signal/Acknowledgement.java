package app.alongside.signal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A group saying it has seen a signal, with a note in its own words: the signal stays (it is evidence), and the
 * card shows the acknowledgement beside it. {@code spaceKey}: the space the subject is in, for counts;
 * {@code decidedOn}: the decision's date as the card showed it when acknowledged (insights count acknowledgements
 * by the decisions' dates); {@code by}: the user key of who acknowledged, or {@link #ERASED} after erasure.
 */
public record Acknowledgement(SignalKind kind, SignalSubject subject, String spaceKey, String note, String by,
                              Instant at, Optional<LocalDate> decidedOn) {

    /** Stands in for the person who acknowledged once they are erased: the group's note stays. */
    public static final String ERASED = "erased";
    /** The most characters a note may have. */
    public static final int MAX_NOTE = 1000;

    public Acknowledgement {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        if (kind.scope() != subject.scope()) {
            throw new IllegalArgumentException(kind.code() + " is not a signal about a " + subject.scope());
        }
        Objects.requireNonNull(spaceKey, "spaceKey");
        if (spaceKey.isBlank() || spaceKey.length() > 255) {
            throw new IllegalArgumentException("spaceKey must be 1 to 255 characters");
        }
        Objects.requireNonNull(note, "note");
        if (note.isBlank() || note.length() > MAX_NOTE) {
            throw new IllegalArgumentException("note must be 1 to " + MAX_NOTE + " characters");
        }
        Objects.requireNonNull(by, "by");
        if (by.isBlank() || by.length() > 255) {
            throw new IllegalArgumentException("by must be 1 to 255 characters");
        }
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(decidedOn, "decidedOn");
    }

    public boolean byErasedPerson() {
        return ERASED.equals(by);
    }
}
