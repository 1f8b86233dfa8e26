package io.github.ntmlib.report;

import io.github.ntmlib.base.Figures;
import io.github.ntmlib.base.Language;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A bar chart of percentages: groups of bars, one bar per series, with a title, a legend and a
 * text alternative that states every value.
 *
 * @param id          a stable identifier
 * @param title       the title
 * @param description the text alternative: every group and value in words
 * @param series      the legend, one label per series
 * @param groups      the groups of bars
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record BarChart(String id, String title, String description, List<String> series, List<Group> groups)
        implements Block {

    /**
     * One group of bars, one percentage (0 to 100) per series.
     *
     * @param label    the group's label, e.g. a district
     * @param percents the percentages, one per series
     */
    public record Group(String label, List<BigDecimal> percents) {

        /**
         * Copies the percentages and checks them.
         *
         * @param label    the label
         * @param percents the percentages
         * @throws IllegalArgumentException for a percentage outside 0..100
         */
        public Group {
            Objects.requireNonNull(label, "label");
            percents = List.copyOf(percents);
            for (BigDecimal p : percents) {
                if (p.signum() < 0 || p.compareTo(BigDecimal.valueOf(100)) > 0) {
                    throw new IllegalArgumentException("a percentage outside 0..100: " + p);
                }
            }
        }
    }

    /**
     * Validates the components.
     *
     * @param id          the identifier
     * @param title       the title
     * @param description the text alternative
     * @param series      the legend
     * @param groups      the groups
     * @throws IllegalArgumentException for a group with another number of values than series
     */
    public BarChart {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        series = List.copyOf(series);
        groups = List.copyOf(groups);
        for (Group g : groups) {
            if (g.percents().size() != series.size()) {
                throw new IllegalArgumentException("chart " + id + ": " + g.percents().size() + " values for "
                        + series.size() + " series");
            }
        }
    }

    /**
     * A chart whose text alternative is written from its values: "title. group: series 40,8%; ...".
     *
     * @param id       the identifier
     * @param title    the title
     * @param series   the legend
     * @param groups   the groups
     * @param language the language of the figures
     * @return the chart
     */
    public static BarChart of(String id, String title, List<String> series, List<Group> groups, Language language) {
        List<String> parts = new ArrayList<>();
        for (Group g : groups) {
            List<String> values = new ArrayList<>();
            for (int i = 0; i < series.size(); i++) {
                values.add(series.get(i) + " " + Figures.formatNumber(g.percents().get(i), 1, language) + "%");
            }
            parts.add(g.label() + ": " + String.join(", ", values));
        }
        return new BarChart(id, title, title + ". " + String.join("; ", parts) + ".", series, groups);
    }
}
