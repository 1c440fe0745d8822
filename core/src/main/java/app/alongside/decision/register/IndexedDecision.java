package app.alongside.decision.register;

import app.alongside.decision.Decision;

import java.util.Objects;

/**
 * A decision as the index holds it: its database id, the page it lives on, and the decision (with the outcome as
 * text only: the page keeps the formatted outcome). {@code sortKey} is the value of the register's current order,
 * used for the next page's cursor.
 */
public record IndexedDecision(long id, IndexedPage page, Decision decision, boolean detailed) {

    public IndexedDecision {
        if (id <= 0) {
            throw new IllegalArgumentException("id must be positive");
        }
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(decision, "decision");
    }

    /** The key of this row in the given order; the index and the cursor agree on it. */
    public String sortKey(RegisterSort sort) {
        return switch (sort) {
            case DECIDED_NEWEST, DECIDED_OLDEST -> decision.decidedOn().map(Object::toString).orElse("");
            case REVIEW_SOONEST -> decision.reviewOn().map(Object::toString).orElse("9999-12-31");
            case TITLE -> decision.title().toLowerCase(java.util.Locale.ROOT);
            case STATUS -> String.valueOf(decision.status().ordinal());
        };
    }

    public RegisterCursor cursor(RegisterSort sort) {
        return new RegisterCursor(sort, sortKey(sort), id);
    }
}
