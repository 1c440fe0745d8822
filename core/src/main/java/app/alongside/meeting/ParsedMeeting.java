package app.alongside.meeting;

import app.alongside.validation.Problem;

import java.util.List;
import java.util.Objects;

/** A meeting read from storage with what the writer should fix (shown where they see it, never blocking). */
public record ParsedMeeting(Meeting meeting, List<Problem> problems) {

    public ParsedMeeting {
        Objects.requireNonNull(meeting, "meeting");
        problems = List.copyOf(problems);
    }
}
