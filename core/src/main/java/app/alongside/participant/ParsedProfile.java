package app.alongside.participant;

import app.alongside.validation.Problem;

import java.util.List;
import java.util.Objects;

/** A profile read from storage, with what is wrong in how it is written (shown above the card, never thrown). */
public record ParsedProfile(ParticipantProfile profile, List<Problem> problems) {

    public ParsedProfile {
        Objects.requireNonNull(profile, "profile");
        problems = List.copyOf(problems);
    }
}
