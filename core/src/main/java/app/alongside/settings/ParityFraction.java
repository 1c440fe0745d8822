package app.alongside.settings;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The share of the people deciding who must bring lived experience before a decision can count as
 * co-produced (the ladder's parity rule). Kept as a fraction, not a double, so "one third" stays exact.
 */
public record ParityFraction(int numerator, int denominator) implements Comparable<ParityFraction> {

    public static final ParityFraction ONE_THIRD = new ParityFraction(1, 3);
    /** Lower than this and the rule stops meaning anything; higher than one and it can never be met. */
    public static final ParityFraction MINIMUM = new ParityFraction(1, 10);
    public static final int MAX_DENOMINATOR = 100;

    private static final Pattern FRACTION = Pattern.compile("\\s*(\\d{1,3})\\s*/\\s*(\\d{1,3})\\s*");
    private static final Pattern PERCENT = Pattern.compile("\\s*(\\d{1,3})\\s*%\\s*");

    public ParityFraction {
        if (denominator < 1 || denominator > MAX_DENOMINATOR) {
            throw new IllegalArgumentException("denominator must be between 1 and " + MAX_DENOMINATOR);
        }
        if (numerator < 1 || numerator > denominator) {
            throw new IllegalArgumentException("a parity fraction lies between 1/" + MAX_DENOMINATOR + " and 1");
        }
    }

    /** Reads "1/3" or "50%"; empty when the text is neither or the value is out of range. */
    public static Optional<ParityFraction> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher fraction = FRACTION.matcher(text);
        if (fraction.matches()) {
            return of(Integer.parseInt(fraction.group(1)), Integer.parseInt(fraction.group(2)));
        }
        Matcher percent = PERCENT.matcher(text);
        if (percent.matches()) {
            return of(Integer.parseInt(percent.group(1)), 100);
        }
        return Optional.empty();
    }

    private static Optional<ParityFraction> of(int numerator, int denominator) {
        if (denominator < 1 || denominator > MAX_DENOMINATOR || numerator < 1 || numerator > denominator) {
            return Optional.empty();
        }
        return Optional.of(new ParityFraction(numerator, denominator).reduced());
    }

    /** True when {@code part} out of {@code whole} people reaches this fraction (exact integer arithmetic). */
    public boolean isMetBy(int part, int whole) {
        if (part < 0 || whole < 0 || part > whole) {
            throw new IllegalArgumentException("part must lie between 0 and whole");
        }
        return whole > 0 && (long) part * denominator >= (long) numerator * whole;
    }

    public ParityFraction reduced() {
        int gcd = gcd(numerator, denominator);
        return new ParityFraction(numerator / gcd, denominator / gcd);
    }

    @Override
    public int compareTo(ParityFraction other) {
        return Long.compare((long) numerator * other.denominator, (long) other.numerator * denominator);
    }

    /** The form a person types and reads: "1/3". */
    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
