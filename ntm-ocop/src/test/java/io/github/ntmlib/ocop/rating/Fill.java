package io.github.ntmlib.ocop.rating;

import io.github.ntmlib.ocop.Stars;
import io.github.ntmlib.ocop.sheet.SheetCriterion;
import io.github.ntmlib.ocop.sheet.Option;
import io.github.ntmlib.ocop.sheet.Sheet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/** Test helper: fills a sheet with chosen options. */
final class Fill {

    private Fill() {
    }

    static int top(SheetCriterion c) {
        return c.options().stream().max(Comparator.comparingInt(Option::points)).orElseThrow().number();
    }

    static int lowest(SheetCriterion c) {
        return c.options().stream().min(Comparator.comparingInt(Option::points)).orElseThrow().number();
    }

    static Scorecard top(Sheet sheet, String evaluator) {
        return Scorecard.builder("P", sheet, evaluator).chooseAll(Fill::top).build();
    }

    static Scorecard lowest(Sheet sheet) {
        return Scorecard.builder("P", sheet, "E1").chooseAll(Fill::lowest).build();
    }

    /**
     * From the top options, lowers criteria (never below the markers up to {@code keep}) until the
     * total is exactly {@code target}.
     */
    static Scorecard total(Sheet sheet, String evaluator, int target, Stars keep) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        int excess = 100 - target;
        java.util.Set<String> excluded = new java.util.HashSet<>();
        for (SheetCriterion c : sheet.criteria()) {
            c.applicableWhen().ifPresent(w -> w.notOptions().forEach(n -> excluded.add(w.criterion() + "#" + n)));
        }
        for (SheetCriterion c : sheet.criteria()) {
            int floor = 0;
            for (int s = 3; s <= keep.count(); s++) {
                floor = Math.max(floor, c.marker(Stars.of(s)).map(Option::points).orElse(0));
            }
            Option best = c.option(top(c)).orElseThrow();
            for (Option o : c.options()) {
                int cut = c.points() - o.points();
                if (o.points() >= floor && cut <= excess && o.points() < best.points()
                        && !excluded.contains(c.code() + "#" + o.number())) {
                    best = o;
                }
            }
            answers.put(c.code(), best.number());
            excess -= c.points() - best.points();
        }
        if (excess != 0) {
            throw new IllegalStateException("cannot reach " + target + " on " + sheet.id());
        }
        return new Scorecard("P", sheet, evaluator, answers, java.util.Set.of());
    }
}
