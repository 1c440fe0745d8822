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

    public SuppressedCount count(int counted, int groupSize) {
        throw new UnsupportedOperationException("to be implemented");
    }
}
