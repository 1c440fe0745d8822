package app.alongside.insight.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A stacked bar chart as accessible SVG: {@code role="img"} named by its {@code <title>} and described by its
 * {@code <desc>} (the summary sentence) through {@code aria-labelledby}; a fixed {@code viewBox}; every series with a
 * colour of at least 3:1 against white and its own pattern, named in a legend; each bar's total written beside it.
 * The data table next to the chart carries every figure, so the picture never has to be read alone.
 *
 * @param idPrefix   unique on the page; the title's and description's ids and the patterns' ids start with it
 * @param categories one bar each, labelled
 * @param series     the segments of each bar, in order, named in the legend
 * @param values     for each category, a value per series (not negative)
 */
public record BarChart(String idPrefix, String title, String description, Orientation orientation,
                       List<String> categories, List<String> series, List<List<Integer>> values) {

    /** Vertical for time (months, ages), horizontal where the category names are long. */
    public enum Orientation { VERTICAL, HORIZONTAL }

    static final int WIDTH = 640;
    private static final int FONT = 13;
    private static final int SMALL_FONT = 12;
    /** Category names longer than this are shortened in the picture; the table has them in full. */
    private static final int MAX_LABEL = 34;

    public BarChart {
        Objects.requireNonNull(idPrefix, "idPrefix");
        if (!idPrefix.matches("[A-Za-z][A-Za-z0-9_-]*")) {
            throw new IllegalArgumentException("idPrefix must be a plain id");
        }
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(orientation, "orientation");
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        List<List<Integer>> copied = new ArrayList<>();
        for (List<Integer> row : values) {
            if (row.size() != series.size() || row.stream().anyMatch(v -> v == null || v < 0)) {
                throw new IllegalArgumentException("one value (not negative) per series in each category");
            }
            copied.add(List.copyOf(row));
        }
        values = List.copyOf(copied);
        if (categories.isEmpty() || series.isEmpty() || values.size() != categories.size()) {
            throw new IllegalArgumentException("one row of values per category, at least one of each");
        }
    }

    public String titleId() {
        return idPrefix + "-title";
    }

    public String descriptionId() {
        return idPrefix + "-desc";
    }

    /** The chart as an {@code <svg>} element, ready to place inline in HTML. */
    public String svg() {
        return orientation == Orientation.VERTICAL ? vertical() : horizontal();
    }

    private int total(int category) {
        return values.get(category).stream().mapToInt(Integer::intValue).sum();
    }

    private int maxTotal() {
        int max = 0;
        for (int i = 0; i < categories.size(); i++) {
            max = Math.max(max, total(i));
        }
        return max;
    }

    private String vertical() {
        int legendHeight = legendRows() * 20;
        int top = legendHeight + 28;
        int left = 48;
        int right = WIDTH - 12;
        int n = categories.size();
        double slot = (right - left) / (double) n;
        int widest = 0;
        for (String category : categories) {
            widest = Math.max(widest, smallTextWidth(shortened(category)));
        }
        // Names wider than their bar's slot are turned to a slant (and thinned out) rather than overlapping.
        boolean slanted = widest > slot * 0.95;
        int labelEvery = slanted ? Math.max(1, (int) Math.ceil(16 / slot)) : 1;
        int labelSpace = slanted ? (int) Math.ceil(widest * 0.72) + 16 : 28;
        int height = top + 220 + labelSpace;
        int bottom = top + 220;
        Svg svg = start(height);
        legend(svg, 8);
        Axis axis = Axis.of(maxTotal());
        double scale = (bottom - top) / (double) axis.max();
        svg.open("g", "font-size", String.valueOf(SMALL_FONT), "fill", Palette.INK);
        for (int tick = 0; tick <= axis.max(); tick += axis.step()) {
            double y = bottom - tick * scale;
            svg.empty("line", "x1", String.valueOf(left), "x2", String.valueOf(right), "y1", fmt(y), "y2", fmt(y),
                    "stroke", tick == 0 ? Palette.INK : Palette.GRID, "stroke-width", "1");
            svg.element("text", String.valueOf(tick), "x", String.valueOf(left - 6), "y", fmt(y + 4),
                    "text-anchor", "end");
        }
        svg.close();
        double barWidth = Math.min(48, slot * 0.7);
        boolean totals = slot >= 18;
        for (int c = 0; c < n; c++) {
            double x = left + c * slot + (slot - barWidth) / 2;
            double y = bottom;
            for (int s = 0; s < series.size(); s++) {
                int value = values.get(c).get(s);
                if (value == 0) {
                    continue;
                }
                double h = value * scale;
                y -= h;
                segment(svg, s, x, y, barWidth, h);
            }
            if (totals) {
                svg.element("text", String.valueOf(total(c)), "x", fmt(x + barWidth / 2), "y", fmt(y - 5),
                        "text-anchor", "middle", "font-size", String.valueOf(SMALL_FONT), "fill", Palette.INK);
            }
            if (c % labelEvery == 0) {
                double labelX = left + c * slot + slot / 2;
                if (slanted) {
                    svg.element("text", shortened(categories.get(c)), "x", fmt(labelX), "y", String.valueOf(bottom + 14),
                            "text-anchor", "end", "transform", "rotate(-45 " + fmt(labelX) + " " + (bottom + 14) + ")",
                            "font-size", String.valueOf(SMALL_FONT), "fill", Palette.INK);
                } else {
                    svg.element("text", shortened(categories.get(c)), "x", fmt(labelX),
                            "y", String.valueOf(bottom + 18), "text-anchor", "middle",
                            "font-size", String.valueOf(SMALL_FONT), "fill", Palette.INK);
                }
            }
        }
        return svg.close().markup();
    }

    private String horizontal() {
        int legendHeight = legendRows() * 20;
        int top = legendHeight + 16;
        int row = 30;
        int n = categories.size();
        int height = top + n * row + 30;
        int widest = 0;
        for (String category : categories) {
            widest = Math.max(widest, textWidth(shortened(category)));
        }
        // Room for the longest name, up to about a third of the width; longer names are shortened.
        int left = Math.min(236, widest + 20);
        int right = WIDTH - 48;
        int bottom = top + n * row;
        Svg svg = start(height);
        legend(svg, 8);
        Axis axis = Axis.of(maxTotal());
        double scale = (right - left) / (double) axis.max();
        svg.open("g", "font-size", String.valueOf(SMALL_FONT), "fill", Palette.INK);
        for (int tick = 0; tick <= axis.max(); tick += axis.step()) {
            double x = left + tick * scale;
            svg.empty("line", "x1", fmt(x), "x2", fmt(x), "y1", String.valueOf(top), "y2", String.valueOf(bottom),
                    "stroke", tick == 0 ? Palette.INK : Palette.GRID, "stroke-width", "1");
            svg.element("text", String.valueOf(tick), "x", fmt(x), "y", String.valueOf(bottom + 16),
                    "text-anchor", "middle");
        }
        svg.close();
        for (int c = 0; c < n; c++) {
            double y = top + c * row + 6;
            double barHeight = row - 12;
            svg.element("text", shortened(categories.get(c)), "x", String.valueOf(left - 8),
                    "y", fmt(y + barHeight / 2 + 4), "text-anchor", "end", "font-size", String.valueOf(FONT),
                    "fill", Palette.INK);
            double x = left;
            for (int s = 0; s < series.size(); s++) {
                int value = values.get(c).get(s);
                if (value == 0) {
                    continue;
                }
                double w = value * scale;
                segment(svg, s, x, y, w, barHeight);
                x += w;
            }
            svg.element("text", String.valueOf(total(c)), "x", fmt(x + 6), "y", fmt(y + barHeight / 2 + 4),
                    "font-size", String.valueOf(SMALL_FONT), "fill", Palette.INK);
        }
        return svg.close().markup();
    }

    private Svg start(int height) {
        Svg svg = new Svg();
        svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox", "0 0 " + WIDTH + " " + height,
                "width", String.valueOf(WIDTH), "height", String.valueOf(height), "role", "img",
                "aria-labelledby", titleId() + " " + descriptionId(), "class", "alongside-insights__svg",
                "font-family", "Arial, Helvetica, sans-serif");
        svg.element("title", title, "id", titleId());
        svg.element("desc", description, "id", descriptionId());
        svg.open("defs");
        for (int s = 0; s < series.size(); s++) {
            pattern(svg, s);
        }
        svg.close();
        return svg;
    }

    private void pattern(Svg svg, int s) {
        Palette.Fill fill = Palette.fill(s);
        if (fill.pattern() == Palette.Pattern.SOLID) {
            return;
        }
        svg.open("pattern", "id", patternId(s), "width", "6", "height", "6", "patternUnits", "userSpaceOnUse");
        svg.empty("rect", "width", "6", "height", "6", "fill", fill.colour());
        switch (fill.pattern()) {
            case DIAGONAL -> svg.empty("path", "d", "M0,6 L6,0 M-1,1 L1,-1 M5,7 L7,5", "stroke", "#ffffff",
                    "stroke-width", "1.5");
            case DOTS -> svg.empty("circle", "cx", "3", "cy", "3", "r", "1.3", "fill", "#ffffff");
            case CROSS -> svg.empty("path", "d", "M0,3 H6 M3,0 V6", "stroke", "#ffffff", "stroke-width", "1");
            case HORIZONTAL -> svg.empty("path", "d", "M0,3 H6", "stroke", "#ffffff", "stroke-width", "1.5");
            default -> { }
        }
        svg.close();
    }

    private String patternId(int s) {
        return idPrefix + "-p" + s;
    }

    private String paint(int s) {
        Palette.Fill fill = Palette.fill(s);
        return fill.pattern() == Palette.Pattern.SOLID ? fill.colour() : "url(#" + patternId(s) + ")";
    }

    private void segment(Svg svg, int s, double x, double y, double w, double h) {
        svg.empty("rect", "x", fmt(x), "y", fmt(y), "width", fmt(w), "height", fmt(h), "fill", paint(s),
                "stroke", Palette.fill(s).colour(), "stroke-width", "1");
    }

    /** The legend, only when there is more than one series: a swatch and a name for each, in rows. */
    private void legend(Svg svg, int top) {
        if (series.size() < 2) {
            return;
        }
        svg.open("g", "font-size", String.valueOf(FONT), "fill", Palette.INK);
        int x = 8;
        int y = top;
        for (int s = 0; s < series.size(); s++) {
            int width = 22 + textWidth(series.get(s)) + 18;
            if (x > 8 && x + width > WIDTH - 8) {
                x = 8;
                y += 20;
            }
            svg.empty("rect", "x", String.valueOf(x), "y", String.valueOf(y), "width", "14", "height", "14",
                    "fill", paint(s), "stroke", Palette.fill(s).colour(), "stroke-width", "1");
            svg.element("text", series.get(s), "x", String.valueOf(x + 20), "y", String.valueOf(y + 11));
            x += width;
        }
        svg.close();
    }

    private int legendRows() {
        if (series.size() < 2) {
            return 0;
        }
        int rows = 1;
        int x = 8;
        for (String name : series) {
            int width = 22 + textWidth(name) + 18;
            if (x > 8 && x + width > WIDTH - 8) {
                x = 8;
                rows++;
            }
            x += width;
        }
        return rows;
    }

    /** A generous estimate: SVG cannot measure text before it is drawn. */
    private static int textWidth(String text) {
        return (int) Math.ceil(text.codePointCount(0, text.length()) * FONT * 0.6);
    }

    private static int smallTextWidth(String text) {
        return (int) Math.ceil(text.codePointCount(0, text.length()) * SMALL_FONT * 0.6);
    }

    private static String shortened(String label) {
        return label.codePointCount(0, label.length()) <= MAX_LABEL ? label
                : label.substring(0, label.offsetByCodePoints(0, MAX_LABEL - 1)) + "…";
    }

    private static String fmt(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value)
                : String.format(java.util.Locale.ROOT, "%.1f", value);
    }

    /** A value axis from zero to a round number above the largest bar, in at most five round steps. */
    record Axis(int max, int step) {
        static Axis of(int largest) {
            if (largest <= 0) {
                return new Axis(1, 1);
            }
            long[] multipliers = {1, 2, 5};
            for (long power = 1; ; power *= 10) {
                for (long m : multipliers) {
                    long step = m * power;
                    if ((largest + step - 1) / step <= 5) {
                        return new Axis((int) (((largest + step - 1) / step) * step), (int) step);
                    }
                }
            }
        }
    }
}
