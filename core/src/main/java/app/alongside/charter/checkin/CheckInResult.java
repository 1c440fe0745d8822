package app.alongside.charter.checkin;

import app.alongside.validation.Validated;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What came of submitting a check-in: the period it was for, the stored check-in or the problems, and what the
 * person typed (cleaned, per known principle code, in the charter's order) so a refused form comes back filled in.
 */
public record CheckInResult(Period period, Validated<CheckIn> outcome, Map<String, String> typedScores,
                            Map<String, String> typedComments) {

    public CheckInResult {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(outcome, "outcome");
        typedScores = Collections.unmodifiableMap(new LinkedHashMap<>(typedScores));
        typedComments = Collections.unmodifiableMap(new LinkedHashMap<>(typedComments));
    }

    public boolean isValid() {
        return outcome.isValid();
    }
}
