package app.alongside.confluence.decision.rest;

/**
 * A "you said" and its "we did". {@code by} is null when the contribution is anonymous; {@code response} is
 * {@code adopted}, {@code adapted}, {@code not-adopted} or {@code pending}; {@code answered} is false for a pending
 * one and for "not adopted" without a reason. Dates are ISO 8601 or null.
 */
public record ContributionJson(String said, PersonJson by, boolean anonymous, String response, String answer,
                               String saidOn, String answeredOn, boolean answered) {
}
