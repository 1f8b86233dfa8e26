package io.github.ntmlib.server.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A horizontal grouped bar chart laid out for inline SVG: a title, a description (the text
 * alternative), a legend, and for each group its label and one bar per series. The template only
 * draws what is computed here.
 *
 * @param id          the element id (for the title and description references)
 * @param title       the title
 * @param description the text alternative: every value in words
 * @param width       the width
 * @param height      the height
 * @param legend      the legend's entries
 * @param bars        the bars
 * @param labels      the group labels
 */
public record Chart(String id, String title, String description, int width, int height, List<Key> legend,
        List<Bar> bars, List<Text> labels) {

    /** The series' colours (distinguishable in grey too). */
    static final List<String> COLOURS = List.of("#1f6f8b", "#e07a1f", "#5a9e3a", "#8a4fa3");
    private static final int LEFT = 260;
    private static final int PLOT = 420;
    private static final int BAR = 12;
    private static final int GAP = 14;
    private static final int TOP = 30;

    /**
     * Validates the components.
     *
     * @param id          the id
     * @param title       the title
     * @param description the description
     * @param width       the width
     * @param height      the height
     * @param legend      the legend
     * @param bars        the bars
     * @param labels      the labels
     */
    public Chart {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        legend = List.copyOf(legend);
        bars = List.copyOf(bars);
        labels = List.copyOf(labels);
    }

    /**
     * A legend entry.
     *
     * @param x      where it starts
     * @param y      its baseline
     * @param colour its colour
     * @param text   the series' name
     */
    public record Key(int x, int y, String colour, String text) {
    }

    /**
     * A bar.
     *
     * @param x      where it starts
     * @param y      its top
     * @param w      its width
     * @param h      its height
     * @param colour its colour
     * @param value  the value printed after it
     * @param tip    its tooltip
     */
    public record Bar(int x, int y, int w, int h, String colour, String value, String tip) {
    }

    /**
     * A group's label.
     *
     * @param y    its baseline
     * @param text the text
     */
    public record Text(int y, String text) {
    }

    /**
     * A group of bars: one value per series.
     *
     * @param label  the group's label
     * @param values the values, one per series
     */
    public record Group(String label, List<Integer> values) {
        /**
         * Copies the values.
         *
         * @param label  the label
         * @param values the values
         */
        public Group {
            values = List.copyOf(values);
        }
    }

    /**
     * Lays out a chart.
     *
     * @param id          the element id
     * @param title       the title
     * @param description the text alternative
     * @param series      the series' names
     * @param groups      the groups
     * @return the chart
     */
    public static Chart of(String id, String title, String description, List<String> series, List<Group> groups) {
        int max = 1;
        for (Group g : groups) {
            for (int v : g.values()) {
                max = Math.max(max, v);
            }
        }
        List<Key> legend = new ArrayList<>();
        int x = LEFT;
        for (int i = 0; i < series.size(); i++) {
            legend.add(new Key(x, 16, COLOURS.get(i % COLOURS.size()), series.get(i)));
            x += 24 + 8 * series.get(i).length();
        }
        List<Bar> bars = new ArrayList<>();
        List<Text> labels = new ArrayList<>();
        int y = TOP;
        for (Group g : groups) {
            int groupHeight = g.values().size() * (BAR + 2);
            labels.add(new Text(y + groupHeight / 2 + 4, g.label()));
            for (int i = 0; i < g.values().size(); i++) {
                int v = g.values().get(i);
                int w = (int) ((long) v * PLOT / max);
                String name = i < series.size() ? series.get(i) : "";
                bars.add(new Bar(LEFT, y, Math.max(w, v > 0 ? 1 : 0), BAR, COLOURS.get(i % COLOURS.size()),
                        Integer.toString(v), g.label() + " — " + name + ": " + v));
                y += BAR + 2;
            }
            y += GAP;
        }
        return new Chart(id, title, description, LEFT + PLOT + 60, y + 4, legend, bars, labels);
    }
}
