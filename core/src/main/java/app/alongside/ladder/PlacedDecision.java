package app.alongside.ladder;

import app.alongside.decision.Stage;
import app.alongside.settings.SpaceKeys;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A decision's placement with what insights count beside it, as the placement store keeps it: where the decision
 * lives and when it was decided, whether it was made, what each stage shows, and the day each unanswered "you said"
 * was said (its own date, else the decision's), oldest first. Nothing here is more precise than the decision card.
 */
public record PlacedDecision(long pageId, String spaceKey, Optional<LocalDate> decidedOn, boolean made,
                             StoredPlacement placement, Map<Stage, StageShown> stages, List<LocalDate> unansweredSaidOn) {

    public PlacedDecision {
        if (pageId <= 0) {
            throw new IllegalArgumentException("pageId must be positive");
        }
        SpaceKeys.requireValid(spaceKey);
        Objects.requireNonNull(decidedOn, "decidedOn");
        Objects.requireNonNull(placement, "placement");
        EnumMap<Stage, StageShown> copy = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            copy.put(stage, Objects.requireNonNull(stages.get(stage), "every stage"));
        }
        stages = Collections.unmodifiableMap(copy);
        unansweredSaidOn = unansweredSaidOn.stream().sorted().toList();
        if (!unansweredSaidOn.isEmpty() && !placement.oldestUnansweredOn().equals(Optional.of(unansweredSaidOn.get(0)))) {
            throw new IllegalArgumentException("the oldest unanswered date must be the placement's");
        }
    }

    public long decisionId() {
        return placement.decisionId();
    }
}
