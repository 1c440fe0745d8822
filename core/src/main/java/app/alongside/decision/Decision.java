package app.alongside.decision;

import app.alongside.ladder.LadderRung;
import app.alongside.people.PersonRef;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One decision as its page records it. {@code localId} identifies it within its page; with the page id it
 * identifies it everywhere. The outcome is kept as the page wrote it (storage format) and as plain text.
 */
public record Decision(String localId, String title, DecisionStatus status, Optional<String> supersededBy,
                       Optional<LocalDate> decidedOn, Optional<LocalDate> reviewOn, Optional<LadderRung> claimed,
                       String outcomeStorage, String outcomeText, Map<Stage, List<PersonRef>> stages,
                       List<Contribution> contributions) {

    public static final int MAX_TITLE_LENGTH = 255;

    public Decision {
        if (localId == null || localId.isBlank() || localId.length() > 64) {
            throw new IllegalArgumentException("localId must be 1 to 64 characters");
        }
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(supersededBy, "supersededBy");
        Objects.requireNonNull(decidedOn, "decidedOn");
        Objects.requireNonNull(reviewOn, "reviewOn");
        Objects.requireNonNull(claimed, "claimed");
        Objects.requireNonNull(outcomeStorage, "outcomeStorage");
        Objects.requireNonNull(outcomeText, "outcomeText");
        EnumMap<Stage, List<PersonRef>> copy = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            copy.put(stage, List.copyOf(distinct(stages.getOrDefault(stage, List.of()))));
        }
        stages = java.util.Collections.unmodifiableMap(copy);
        contributions = List.copyOf(contributions);
    }

    public List<PersonRef> peopleAt(Stage stage) {
        return stages.get(stage);
    }

    /** Everyone who took part at any stage, each once, in order of first appearance. */
    public List<PersonRef> everyone() {
        Set<PersonRef> all = new LinkedHashSet<>();
        stages.values().forEach(all::addAll);
        return List.copyOf(all);
    }

    public LoopState loop() {
        return LoopState.of(contributions);
    }

    /** Due for review on or before {@code today}. */
    public boolean isReviewDue(LocalDate today) {
        return reviewOn.map(date -> !date.isAfter(today)).orElse(false);
    }

    private static List<PersonRef> distinct(List<PersonRef> people) {
        return List.copyOf(new LinkedHashSet<>(people));
    }
}
