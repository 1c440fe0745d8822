package app.alongside.decision;

import java.util.List;

/** Whether every "you said" on a decision has its answer. */
public enum LoopState {
    /** Nobody's contribution is recorded, so there is no loop to close. */
    NO_CONTRIBUTIONS,
    OPEN,
    CLOSED;

    public static LoopState of(List<Contribution> contributions) {
        if (contributions.isEmpty()) {
            return NO_CONTRIBUTIONS;
        }
        return contributions.stream().allMatch(Contribution::isAnswered) ? CLOSED : OPEN;
    }

    public String parameterValue() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
