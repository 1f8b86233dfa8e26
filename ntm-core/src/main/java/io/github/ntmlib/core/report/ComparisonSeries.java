package io.github.ntmlib.core.report;

import io.github.ntmlib.base.Figures;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.core.engine.Evaluation;
import io.github.ntmlib.core.locality.LocalityHistory;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Several evaluations in date order (a 2021→2025 series), each compared with the one before it:
 * per standard, the units holding it on each date and the change at each step. A series of two
 * evaluations is one comparison.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ComparisonSeries {

    private final List<EvaluationComparison> steps;

    private ComparisonSeries(List<EvaluationComparison> steps) {
        this.steps = List.copyOf(steps);
        if (this.steps.isEmpty()) {
            throw new IllegalArgumentException("a series has at least one step");
        }
        for (int i = 1; i < this.steps.size(); i++) {
            EvaluationComparison a = this.steps.get(i - 1);
            EvaluationComparison b = this.steps.get(i);
            if (!a.later().equals(b.earlier()) || !a.later().asOf().isBefore(b.later().asOf())) {
                throw new IllegalArgumentException("step " + (i + 1) + " does not start where step " + i + " ends: "
                        + a.later() + " / " + b.earlier());
            }
            for (StandardComparison s : b.standards()) {
                a.standard(s.standard()).ifPresent(prev -> {
                    if (prev.after() != s.before() || prev.totalAfter() != s.totalBefore()) {
                        throw new IllegalArgumentException("standard " + s.standard() + " counts " + prev.after()
                                + " on " + a.later().asOf() + " in one step and " + s.before() + " in the next");
                    }
                });
            }
        }
    }

    /**
     * A series of evaluations, each compared with the one before through the lineage.
     *
     * @param evaluations two or more evaluations, as-of dates strictly increasing
     * @param history     a history holding every evaluation's snapshot date
     * @return the series
     * @throws IllegalArgumentException if fewer than two evaluations are given or the dates do not increase
     */
    public static ComparisonSeries of(List<Evaluation> evaluations, LocalityHistory history) {
        Objects.requireNonNull(history, "history");
        if (evaluations.size() < 2) {
            throw new IllegalArgumentException("a series needs two evaluations or more, not " + evaluations.size());
        }
        List<EvaluationComparison> steps = new ArrayList<>();
        for (int i = 1; i < evaluations.size(); i++) {
            Evaluation a = evaluations.get(i - 1);
            Evaluation b = evaluations.get(i);
            if (!a.request().asOf().isBefore(b.request().asOf())) {
                throw new IllegalArgumentException("the evaluations are not in date order: " + a.request().asOf()
                        + " then " + b.request().asOf());
            }
            steps.add(EvaluationComparison.of(a, b, history));
        }
        return new ComparisonSeries(steps);
    }

    /**
     * A series of comparisons already made (for readers of stored series).
     *
     * @param steps the comparisons, each starting where the one before ends
     * @return the series
     * @throws IllegalArgumentException if a step does not start where the one before ends
     */
    public static ComparisonSeries ofSteps(List<EvaluationComparison> steps) {
        return new ComparisonSeries(steps);
    }

    /**
     * The comparisons, one per step.
     *
     * @return the steps
     */
    public List<EvaluationComparison> steps() {
        return steps;
    }

    /**
     * The last step with a target added (targets are measured on the latest result).
     *
     * @param target the target
     * @return the series
     */
    public ComparisonSeries withTarget(TargetStatus target) {
        List<EvaluationComparison> list = new ArrayList<>(steps);
        list.set(list.size() - 1, list.get(list.size() - 1).withTarget(target));
        return new ComparisonSeries(list);
    }

    /**
     * The series as report lines: per standard of the first step, the units holding it on each date
     * with the change from the date before: "Xã đạt chuẩn NTM: 2023: 100/182 xã; 2024: 106/182 xã (+6);
     * 2025: 120/171 xã (+14)"; then each step's targets.
     *
     * @param language the language
     * @return the lines
     */
    public List<String> lines(Language language) {
        boolean vi = language == Language.VIETNAMESE;
        List<String> lines = new ArrayList<>();
        lines.add((vi ? "Diễn biến từ ngày " : "Series from ") + language.format(steps.get(0).earlier().asOf())
                + (vi ? " đến ngày " : " to ") + language.format(steps.get(steps.size() - 1).later().asOf()));
        for (StandardComparison first : steps.get(0).standards()) {
            StringBuilder line = new StringBuilder("  " + first.labels().in(language) + ": ");
            line.append(point(language, steps.get(0).earlier().asOf(), first.before(), first.totalBefore(), first, null));
            for (EvaluationComparison step : steps) {
                step.standard(first.standard()).ifPresent(s -> line.append("; ").append(point(language,
                        step.later().asOf(), s.after(), s.totalAfter(), s, s.change())));
            }
            lines.add(line.toString());
        }
        EvaluationComparison last = steps.get(steps.size() - 1);
        for (TargetStatus t : last.targets()) {
            StandardComparison s = last.standard(t.standard()).orElseThrow();
            lines.add("  " + t.format(language, s.labels().in(language), s.kindWord(language, 2)));
        }
        return lines;
    }

    private static String point(Language language, java.time.LocalDate date, int held, int total, StandardComparison s,
            @org.jspecify.annotations.Nullable Integer change) {
        String text = language.format(date) + ": " + Figures.format(held, language.locale()) + "/"
                + Figures.format(total, language.locale()) + " " + s.kindWord(language, total);
        return change == null ? text : text + " (" + (change > 0 ? "+" : change < 0 ? "−" : "±")
                + Figures.format(Math.abs(change), language.locale()) + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ComparisonSeries && ((ComparisonSeries) o).steps.equals(steps);
    }

    @Override
    public int hashCode() {
        return steps.hashCode();
    }

    @Override
    public String toString() {
        return "ComparisonSeries" + steps;
    }
}
