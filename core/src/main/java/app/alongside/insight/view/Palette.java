package app.alongside.insight.view;

import java.util.List;

/**
 * The fills of a chart's series. Each colour has at least 3:1 contrast against white (WCAG 1.4.11), and each series
 * also has its own pattern, so the series can be told apart without colour: printed in greyscale, or by someone who
 * does not see the colours.
 */
public final class Palette {

    /** One series' fill: a colour and a pattern drawn over it in white. */
    public record Fill(String colour, Pattern pattern) {
    }

    /** Patterns that stay distinct in greyscale. */
    public enum Pattern { SOLID, DIAGONAL, DOTS, CROSS, HORIZONTAL }

    /** In the order series are given them. */
    public static final List<Fill> FILLS = List.of(
            new Fill("#1f4e79", Pattern.SOLID),
            new Fill("#a63f0c", Pattern.DIAGONAL),
            new Fill("#2b6e2f", Pattern.DOTS),
            new Fill("#6a1b9a", Pattern.CROSS),
            new Fill("#5c5c5c", Pattern.HORIZONTAL));

    /** Text and axes: near black, well above 4.5:1 on white. */
    public static final String INK = "#222222";
    /** Grid lines: only a guide, the values are labelled, so they may be light. */
    public static final String GRID = "#c8c8c8";

    private Palette() {
    }

    public static Fill fill(int series) {
        return FILLS.get(series % FILLS.size());
    }

    /** WCAG 2 contrast ratio between two {@code #rrggbb} colours. */
    public static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** WCAG 2 relative luminance of a {@code #rrggbb} colour. */
    public static double luminance(String colour) {
        int rgb = Integer.parseInt(colour.substring(1), 16);
        return 0.2126 * channel((rgb >> 16) & 0xff) + 0.7152 * channel((rgb >> 8) & 0xff) + 0.0722 * channel(rgb & 0xff);
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
