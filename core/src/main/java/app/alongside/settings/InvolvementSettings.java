package app.alongside.settings;

import java.util.Objects;

/**
 * The settings every evidence feature reads: the suppression threshold k (no aggregate about perspectives is
 * shown for fewer than k people) and the ladder's parity fraction.
 */
public record InvolvementSettings(int suppressionThreshold, ParityFraction parityFraction) {

    public static final int DEFAULT_SUPPRESSION_THRESHOLD = 3;
    /** k = 1 would publish single people's perspectives; 2 is the least that still hides one person. */
    public static final int MIN_SUPPRESSION_THRESHOLD = 2;
    public static final int MAX_SUPPRESSION_THRESHOLD = 50;

    public static final InvolvementSettings DEFAULTS =
            new InvolvementSettings(DEFAULT_SUPPRESSION_THRESHOLD, ParityFraction.ONE_THIRD);

    public InvolvementSettings {
        Objects.requireNonNull(parityFraction, "parityFraction");
        if (suppressionThreshold < MIN_SUPPRESSION_THRESHOLD || suppressionThreshold > MAX_SUPPRESSION_THRESHOLD) {
            throw new IllegalArgumentException("suppression threshold must be between "
                    + MIN_SUPPRESSION_THRESHOLD + " and " + MAX_SUPPRESSION_THRESHOLD);
        }
        if (parityFraction.compareTo(ParityFraction.MINIMUM) < 0) {
            throw new IllegalArgumentException("parity fraction must be at least " + ParityFraction.MINIMUM);
        }
    }
}
