package app.alongside.confluence.decision.persistence;

/** Proof that this run holds the rebuild lease: the id of its row. */
public record RebuildClaim(int runId) {
}
