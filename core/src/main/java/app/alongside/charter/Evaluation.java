package app.alongside.charter;

import app.alongside.evidence.Evidence;
import app.alongside.evidence.Reason;
import java.util.List;
import java.util.Objects;

/** Where one commitment stands today, why, and the decisions that show it. */
public record Evaluation(Commitment commitment, State state, List<Reason> reasons, List<Evidence> evidence) {

    public enum State {
        KEPT, AT_RISK, BROKEN,
        /** Nothing to judge by, or data not recorded yet: said plainly, never guessed. */
        CANNOT_EVALUATE;

        public String nameKey() {
            return "alongside.charter.state." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ".name";
        }
    }

    public Evaluation {
        Objects.requireNonNull(commitment, "commitment");
        Objects.requireNonNull(state, "state");
        reasons = List.copyOf(reasons);
        evidence = List.copyOf(evidence);
    }
}
