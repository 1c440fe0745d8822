package app.alongside.decision;

import app.alongside.people.PersonRef;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A "you said" and its "we did": what someone said while a decision was shaped, by whom (or anonymously), and
 * the group's answer — adopted, adapted, not adopted with the reason, or still pending.
 */
public record Contribution(String said, Optional<PersonRef> by, Optional<LocalDate> saidOn, Response response,
                           String answer, Optional<LocalDate> answeredOn) {

    public Contribution {
        Objects.requireNonNull(said, "said");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(saidOn, "saidOn");
        Objects.requireNonNull(response, "response");
        answer = answer == null ? "" : answer.strip();
        Objects.requireNonNull(answeredOn, "answeredOn");
    }

    public boolean isAnonymous() {
        return by.isEmpty();
    }

    /** Answered, and — if not adopted — with the reason given; "we couldn't" without "because" is not an answer. */
    public boolean isAnswered() {
        return response.isAnswered() && !(response == Response.NOT_ADOPTED && answer.isEmpty());
    }
}
