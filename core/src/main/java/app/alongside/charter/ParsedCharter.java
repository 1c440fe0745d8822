package app.alongside.charter;

import app.alongside.validation.Problem;

import java.util.List;
import java.util.Objects;

/** A charter as far as it could be read, and what could not be (shown to whoever edits the page). */
public record ParsedCharter(Charter charter, List<Problem> problems) {

    public ParsedCharter {
        Objects.requireNonNull(charter, "charter");
        problems = List.copyOf(problems);
    }
}
