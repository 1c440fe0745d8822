package app.alongside.perspective;

/**
 * Small-number suppression with threshold k (docs/privacy.md). For {@code counted} people with a perspective among
 * {@code groupSize} people who took part, the total is shown only if the group has at least k people, and
 * {@code counted} is 0 or at least k, and not everyone in the group was counted.
 */
public record Suppression(int threshold) {

    public Suppression {
        if (threshold < 2) {
            throw new IllegalArgumentException("k must be at least 2");
        }
    }

    /**
     * The total as it may be shown. Checked in this order, so the reason given is the most general one: a group
     * smaller than k, then a count between 1 and k−1, then a count of everyone (which would describe each person).
     *
     * @throws IllegalArgumentException if either number is negative or more were counted than took part
     */
    public SuppressedCount count(int counted, int groupSize) {
        if (counted < 0 || groupSize < 0 || counted > groupSize) {
            throw new IllegalArgumentException("need 0 <= counted <= groupSize, got " + counted + " of " + groupSize);
        }
        if (groupSize < threshold) {
            return new SuppressedCount.NotShown(SuppressedCount.Reason.GROUP_TOO_SMALL, threshold);
        }
        if (counted > 0 && counted < threshold) {
            return new SuppressedCount.NotShown(SuppressedCount.Reason.FEWER_THAN_THRESHOLD, threshold);
        }
        if (counted == groupSize) {
            return new SuppressedCount.NotShown(SuppressedCount.Reason.WOULD_DESCRIBE_EVERYONE, threshold);
        }
        return new SuppressedCount.Shown(counted, groupSize);
    }
}
