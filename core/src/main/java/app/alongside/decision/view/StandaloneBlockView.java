package app.alongside.decision.view;

import java.util.List;
import java.util.Objects;

/**
 * A "who took part" or "you said" block shown on its own, outside a decision: what it records, in words, with a
 * note that it belongs inside a decision and what to fix in how it was written. Exactly one of {@code stage} and
 * {@code contribution} is present.
 */
public record StandaloneBlockView(DecisionCardView.StageView stage, DecisionCardView.ContributionView contribution,
                                  String note, List<String> problems, DecisionCardView.CardWords words) {

    public StandaloneBlockView {
        if ((stage == null) == (contribution == null)) {
            throw new IllegalArgumentException("a block shows a stage or a contribution");
        }
        Objects.requireNonNull(note, "note");
        problems = List.copyOf(problems);
        Objects.requireNonNull(words, "words");
    }

    public boolean isStage() {
        return stage != null;
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
