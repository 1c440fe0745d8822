package app.alongside.decision.register;

import app.alongside.decision.DecisionStatus;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of the register as the viewer may see it: the rows, where the next page starts, and how many visible
 * decisions match the filters, by status.
 */
public record RegisterPage(List<IndexedDecision> rows, Optional<RegisterCursor> next,
                           Map<DecisionStatus, Integer> countsByStatus) {

    public RegisterPage {
        rows = List.copyOf(rows);
        Objects.requireNonNull(next, "next");
        EnumMap<DecisionStatus, Integer> copy = new EnumMap<>(DecisionStatus.class);
        for (DecisionStatus status : DecisionStatus.values()) {
            copy.put(status, countsByStatus.getOrDefault(status, 0));
        }
        countsByStatus = Collections.unmodifiableMap(copy);
    }

    /** Visible decisions matching the filters, all pages together. */
    public int total() {
        return countsByStatus.values().stream().mapToInt(Integer::intValue).sum();
    }
}
