package app.alongside.charter.checkin;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Check-in results over time, as they may be shown: for each period (oldest first) and principle, how many people
 * answered and, only when at least k did, the mean score to one decimal; comments only for periods with at least k
 * responses, sorted (never in the order they were written) and never with names.
 */
public record Trend(int threshold, List<PeriodResult> periods) {

    /** Shown instead of a mean: "Not shown: fewer than {0} responses." */
    public static final String MEAN_NOT_SHOWN_KEY = "alongside.checkin.notshown";
    /** Shown instead of a period's comments: "Comments are not shown: fewer than {0} responses this period." */
    public static final String COMMENTS_NOT_SHOWN_KEY = "alongside.checkin.comments.notshown";

    public Trend {
        periods = List.copyOf(periods);
    }

    /** One period: how many people responded, whether its comments may be shown, and each principle's result. */
    public record PeriodResult(Period period, int responses, boolean commentsShown,
                               List<PrincipleResult> principles) {
        public PeriodResult {
            Objects.requireNonNull(period, "period");
            principles = List.copyOf(principles);
        }
    }

    /**
     * One principle in one period: {@code responses} scores given, their {@code mean} (present only when responses
     * reach k) and the comments (empty unless the period's comments are shown).
     */
    public record PrincipleResult(String principleCode, int responses, Optional<BigDecimal> mean,
                                  List<String> comments) {
        public PrincipleResult {
            Objects.requireNonNull(principleCode, "principleCode");
            Objects.requireNonNull(mean, "mean");
            comments = List.copyOf(comments);
        }

        public boolean meanShown() {
            return mean.isPresent();
        }
    }
}
