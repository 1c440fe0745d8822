package app.alongside.decision;

import app.alongside.validation.Problem;

import java.util.List;
import java.util.Objects;

/**
 * A decision read from a page, with what was wrong in how it was written. The decision is always usable: bad values
 * fall back to safe defaults (status "proposed", no date) and each is reported, so the page and the register still
 * work and the card can say what to fix.
 */
public record ParsedDecision(Decision decision, List<Problem> problems) {

    public ParsedDecision {
        Objects.requireNonNull(decision, "decision");
        problems = List.copyOf(problems);
    }
}
