package io.github.ntmlib.ocop.rating;

import io.github.ntmlib.ocop.Stars;
import io.github.ntmlib.ocop.sheet.Option;
import io.github.ntmlib.ocop.sheet.Sheet;
import io.github.ntmlib.ocop.sheet.SheetCase;
import io.github.ntmlib.ocop.sheet.SheetCriterion;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Test helper: fills a sheet with chosen options. On a sheet with cases (26) it scores the product in
 * the first case, {@link SheetCase#CASE_1}, unless told otherwise.
 */
final class Fill {

    private Fill() {
    }

    /** The first case of a sheet with cases, else {@code null}. */
    static @Nullable SheetCase defaultCase(Sheet sheet) {
        return sheet.cases().stream().findFirst().orElse(null);
    }

    static boolean open(Option o, @Nullable SheetCase sheetCase) {
        return o.sheetCase().map(c -> c == sheetCase).orElse(true);
    }

    static int top(SheetCriterion c, @Nullable SheetCase sheetCase) {
        return c.options().stream().filter(o -> open(o, sheetCase)).max(Comparator.comparingInt(Option::points))
                .orElseThrow().number();
    }

    static int lowest(SheetCriterion c, @Nullable SheetCase sheetCase) {
        return c.options().stream().filter(o -> open(o, sheetCase)).min(Comparator.comparingInt(Option::points))
                .orElseThrow().number();
    }

    static int top(SheetCriterion c) {
        return top(c, SheetCase.CASE_1);
    }

    static int lowest(SheetCriterion c) {
        return lowest(c, SheetCase.CASE_1);
    }

    static Scorecard.Builder builder(Sheet sheet, String evaluator) {
        Scorecard.Builder b = Scorecard.builder("P", sheet, evaluator);
        SheetCase c = defaultCase(sheet);
        return c == null ? b : b.inCase(c);
    }

    static Scorecard top(Sheet sheet, String evaluator) {
        return builder(sheet, evaluator).chooseAll(Fill::top).build();
    }

    static Scorecard lowest(Sheet sheet) {
        return builder(sheet, "E1").chooseAll(Fill::lowest).build();
    }

    /**
     * From the top options, lowers criteria (never below the markers up to {@code keep}) until the
     * total is exactly {@code target}.
     */
    static Scorecard total(Sheet sheet, String evaluator, int target, Stars keep) {
        SheetCase sheetCase = defaultCase(sheet);
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
            Option best = c.option(top(c, sheetCase)).orElseThrow();
            for (Option o : c.options()) {
                int cut = c.points() - o.points();
                if (open(o, sheetCase) && o.points() >= floor && cut <= excess && o.points() < best.points()
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
        return new Scorecard("P", sheet, evaluator, answers, java.util.Set.of(), sheetCase);
    }
}
