package app.alongside.reciprocity;

import app.alongside.perspective.SubjectKey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * What a person gave: {@code minutes} of their time on {@code on}, doing {@code activity}, for the group of
 * {@code spaceKey}, perhaps at the meeting whose notes are page {@code meetingPageId}; recorded by
 * {@code recordedBy} (a user key) at {@code recordedAt}. Validated here as an invariant; what people type is checked
 * first by {@link LedgerForms}, which says what is wrong instead of throwing.
 */
public record TimeGiven(SubjectKey subject, String spaceKey, LocalDate on, String activity, int minutes,
                        OptionalLong meetingPageId, String recordedBy, Instant recordedAt) {

    /** Characters (code points) of an activity. */
    public static final int MAX_ACTIVITY = 200;
    /** A day: nobody gives more in one entry. */
    public static final int MAX_MINUTES = 24 * 60;
    public static final int MAX_SPACE_KEY = 255;

    public TimeGiven {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(meetingPageId, "meetingPageId");
        Objects.requireNonNull(recordedAt, "recordedAt");
        if (spaceKey == null || spaceKey.isBlank() || spaceKey.length() > MAX_SPACE_KEY) {
            throw new IllegalArgumentException("a space key is needed");
        }
        if (activity == null || activity.isBlank()
                || activity.codePointCount(0, activity.length()) > MAX_ACTIVITY) {
            throw new IllegalArgumentException("an activity of 1 to " + MAX_ACTIVITY + " characters is needed");
        }
        if (minutes < 1 || minutes > MAX_MINUTES) {
            throw new IllegalArgumentException("minutes must be 1 to " + MAX_MINUTES + ", got " + minutes);
        }
        if (meetingPageId.isPresent() && meetingPageId.getAsLong() <= 0) {
            throw new IllegalArgumentException("a page id is positive");
        }
        if (recordedBy == null || recordedBy.isBlank()) {
            throw new IllegalArgumentException("who recorded it is needed");
        }
    }
}
