package io.github.ntmlib.report.html.internal;

import io.github.ntmlib.report.BarChart;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart laid out for SVG: a legend on top, one band per group with one bar per
 * series, an axis from 0 to 100%. Coordinates are whole pixels, as text.
 *
 * @param width  the width
 * @param height the height
 * @param legend the legend entries
 * @param bars   the bars
 * @param labels the group labels
 * @param ticks  the axis ticks
 */
public record SvgChart(int width, int height, List<Legend> legend, List<Bar> bars, List<Label> labels,
        List<Tick> ticks) {

    /** The series colours, in order (repeated past the last). */
    static final List<String> COLOURS = List.of("#1f6f8b", "#e07a1f", "#5a9e3a", "#8a4fa3", "#c23b3b", "#6b6b6b");
    private static final int LEFT = 300;
    private static final int PLOT = 380;
    private static final int BAR = 14;
    private static final int GAP = 12;

    /**
     * A legend entry.
     *
     * @param x      the swatch's x
     * @param y      the swatch's y
     * @param colour the colour
     * @param text   the series
     */
    public record Legend(int x, int y, String colour, String text) {
    }

    /**
     * A bar.
     *
     * @param x      x
     * @param y      y
     * @param w      width
     * @param colour colour
     * @param value  the value as printed
     * @param tip    the series and group, for the bar's title
     */
    public record Bar(int x, int y, int w, String colour, String value, String tip) {
    }

    /**
     * A group label.
     *
     * @param y    the baseline
     * @param text the label
     */
    public record Label(int y, String text) {
    }

    /**
     * An axis tick.
     *
     * @param x    x
     * @param text the value
     */
    public record Tick(int x, String text) {
    }

    /**
     * Lays out a chart.
     *
     * @param chart    the chart
     * @param decimalComma whether figures take a decimal comma
     * @return the layout
     */
    public static SvgChart of(BarChart chart, boolean decimalComma) {
        List<Legend> legend = new ArrayList<>();
        int lx = LEFT;
        int ly = 8;
        for (int i = 0; i < chart.series().size(); i++) {
            String s = chart.series().get(i);
            int w = 24 + s.length() * 7;
            if (lx + w > LEFT + PLOT + 60 && lx > LEFT) {
                lx = LEFT;
                ly += 18;
            }
            legend.add(new Legend(lx, ly, colour(i), s));
            lx += w;
        }
        int top = ly + 28;
        List<Bar> bars = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        int y = top;
        for (BarChart.Group g : chart.groups()) {
            int band = g.percents().size() * BAR;
            labels.add(new Label(y + band / 2 + 4, g.label().length() > 46 ? g.label().substring(0, 45) + "…" : g.label()));
            for (int i = 0; i < g.percents().size(); i++) {
                BigDecimal p = g.percents().get(i);
                int w = p.multiply(BigDecimal.valueOf(PLOT)).divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
                        .intValue();
                String value = p.stripTrailingZeros().toPlainString();
                if (decimalComma) {
                    value = value.replace('.', ',');
                }
                bars.add(new Bar(LEFT, y + i * BAR, w, colour(i), value + "%", chart.series().get(i) + ", " + g.label()));
            }
            y += band + GAP;
        }
        List<Tick> ticks = new ArrayList<>();
        for (int t = 0; t <= 100; t += 25) {
            ticks.add(new Tick(LEFT + PLOT * t / 100, t + "%"));
        }
        return new SvgChart(LEFT + PLOT + 70, y + 22, legend, bars, labels, ticks);
    }

    private static String colour(int i) {
        return COLOURS.get(i % COLOURS.size());
    }

    /**
     * The y of the axis line.
     *
     * @return the axis's y
     */
    public int axisY() {
        return height - 20;
    }

    /**
     * The x where the plot starts.
     *
     * @return the left edge
     */
    public int left() {
        return LEFT;
    }
}
