package io.github.ntmlib.ocop.rating;

import io.github.ntmlib.ocop.Stars;
import io.github.ntmlib.ocop.sheet.Condition;
import io.github.ntmlib.ocop.sheet.SheetCriterion;
import io.github.ntmlib.ocop.sheet.Sheet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * The exact search behind {@link Rater#advise(Scorecard)}.
 *
 * <p>Points and markers are monotone (raising an option never lowers the stars), so only raises are
 * considered. A criterion and the conditional criteria it controls form one item whose alternatives
 * are all their joint answers. For a required level the item alternatives are filtered by the marker
 * floors, then a dynamic programme over (items, points gained capped at the shortfall) minimises the
 * number of criteria changed and then the points added. Under {@link MarkerPolicy#PER_LEVEL} each
 * level at or above the target is tried and the least advice kept.
 */
final class UpgradeSearch {

    private record Alternative(Map<String, Integer> answers, int changed, int gain, Map<String, Integer> points) {
    }

    private record Cost(int changed, int gain) implements Comparable<Cost> {
        @Override
        public int compareTo(Cost o) {
            return changed != o.changed ? Integer.compare(changed, o.changed) : Integer.compare(gain, o.gain);
        }
    }

    private UpgradeSearch() {
    }

    static Optional<UpgradeAdvice> advise(Rater rater, Scorecard e) {
        Optional<Stars> now = rater.stars(e);
        if (now.isEmpty() || now.get().next().isEmpty()) {
            return Optional.empty();
        }
        Stars target = now.get().next().get();
        List<List<Alternative>> items = items(e);
        UpgradeAdvice best = null;
        List<Stars> levels = rater.policy() == MarkerPolicy.PER_LEVEL
                ? List.of(Stars.values()).subList(target.ordinal(), Stars.values().length) : List.of(target);
        for (Stars level : levels) {
            Map<String, Integer> floors = floors(e.sheet(), rater.policy(), level);
            Optional<UpgradeAdvice> advice = search(e, items, floors, level.minimumPoints(), now.get(), target);
            if (advice.isPresent() && (best == null || cost(advice.get()).compareTo(cost(best)) < 0)) {
                best = advice.get();
            }
        }
        return Optional.ofNullable(best);
    }

    private static Cost cost(UpgradeAdvice a) {
        return new Cost(a.changes().size(), a.gain());
    }

    private static Map<String, Integer> floors(Sheet sheet, MarkerPolicy policy, Stars level) {
        Map<String, Integer> floors = new HashMap<>();
        if (policy == MarkerPolicy.POINTS_ONLY) {
            return floors;
        }
        for (int s = 3; s <= level.count(); s++) {
            if (policy == MarkerPolicy.PER_LEVEL && s != level.count()) {
                continue;
            }
            sheet.markers(Stars.of(s)).forEach((code, o) -> floors.merge(code, o.points(), Math::max));
        }
        return floors;
    }

    /** Items: each unconditional criterion with the conditional criteria it controls. */
    private static List<List<Alternative>> items(Scorecard e) {
        Sheet sheet = e.sheet();
        Map<String, List<SheetCriterion>> dependents = new LinkedHashMap<>();
        for (SheetCriterion c : sheet.criteria()) {
            c.applicableWhen().ifPresent(w -> dependents.computeIfAbsent(w.criterion(), k -> new ArrayList<>()).add(c));
        }
        List<List<Alternative>> items = new ArrayList<>();
        for (SheetCriterion c : sheet.criteria()) {
            if (c.applicableWhen().isEmpty()) {
                List<SheetCriterion> group = new ArrayList<>();
                group.add(c);
                group.addAll(dependents.getOrDefault(c.code(), List.of()));
                items.add(alternatives(e, group));
            }
        }
        return items;
    }

    private static int points(SheetCriterion c, @Nullable Integer answer) {
        return answer == null || answer == Scorecard.NONE_MET ? 0 : c.option(answer).orElseThrow().points();
    }

    /** Every joint answer of a criterion and its dependents that raises no criterion's points below now. */
    private static List<Alternative> alternatives(Scorecard e, List<SheetCriterion> group) {
        List<Map<String, Integer>> joint = new ArrayList<>();
        joint.add(new LinkedHashMap<>());
        for (SheetCriterion c : group) {
            List<Map<String, Integer>> next = new ArrayList<>();
            for (Map<String, Integer> partial : joint) {
                if (!applies(c, partial)) {
                    next.add(partial);
                    continue;
                }
                Integer current = e.answers().get(c.code());
                List<Integer> choices = new ArrayList<>();
                choices.add(Scorecard.NONE_MET);
                c.options().stream().filter(e::admits).forEach(o -> choices.add(o.number()));
                for (int choice : choices) {
                    boolean keep = current != null && current == choice;
                    if (keep || points(c, choice) > points(c, current) || current == null) {
                        Map<String, Integer> m = new LinkedHashMap<>(partial);
                        m.put(c.code(), choice);
                        next.add(m);
                    }
                }
            }
            joint = next;
        }
        List<Alternative> alternatives = new ArrayList<>();
        for (Map<String, Integer> answers : joint) {
            int changed = 0;
            int gain = 0;
            Map<String, Integer> points = new HashMap<>();
            for (SheetCriterion c : group) {
                Integer before = e.answers().get(c.code());
                Integer after = answers.get(c.code());
                if (before == null ? after != null : !before.equals(after)) {
                    changed++;
                }
                gain += points(c, after) - points(c, before);
                points.put(c.code(), points(c, after));
            }
            if (gain >= 0) {
                alternatives.add(new Alternative(answers, changed, gain, points));
            }
        }
        return alternatives;
    }

    private static boolean applies(SheetCriterion c, Map<String, Integer> answers) {
        if (c.applicableWhen().isEmpty()) {
            return true;
        }
        Condition w = c.applicableWhen().get();
        Integer control = answers.get(w.criterion());
        return control != null && control != Scorecard.NONE_MET && !w.notOptions().contains(control);
    }

    private static Optional<UpgradeAdvice> search(Scorecard e, List<List<Alternative>> items,
            Map<String, Integer> floors, int threshold, Stars now, Stars target) {
        int need = Math.max(0, threshold - e.total());
        Cost[][] best = new Cost[items.size() + 1][need + 1];
        Alternative[][] choice = new Alternative[items.size() + 1][need + 1];
        int[][] from = new int[items.size() + 1][need + 1];
        best[0][0] = new Cost(0, 0);
        for (int i = 0; i < items.size(); i++) {
            for (int g = 0; g <= need; g++) {
                if (best[i][g] == null) {
                    continue;
                }
                for (Alternative a : items.get(i)) {
                    if (!meetsFloors(a, floors)) {
                        continue;
                    }
                    int ng = Math.min(need, g + a.gain());
                    Cost c = new Cost(best[i][g].changed() + a.changed(), best[i][g].gain() + a.gain());
                    if (best[i + 1][ng] == null || c.compareTo(best[i + 1][ng]) < 0) {
                        best[i + 1][ng] = c;
                        choice[i + 1][ng] = a;
                        from[i + 1][ng] = g;
                    }
                }
            }
        }
        if (best[items.size()][need] == null) {
            return Optional.empty();
        }
        Map<String, Integer> answers = new LinkedHashMap<>();
        int g = need;
        for (int i = items.size(); i > 0; i--) {
            answers.putAll(choice[i][g].answers());
            g = from[i][g];
        }
        List<OptionChange> changes = new ArrayList<>();
        int total = 0;
        for (SheetCriterion c : e.sheet().criteria()) {
            Integer before = e.answers().get(c.code());
            Integer after = answers.get(c.code());
            total += points(c, after);
            if (after != null && !after.equals(before)) {
                changes.add(new OptionChange(c.code(), before == null ? OptionalInt.empty() : OptionalInt.of(before),
                        after, points(c, before), points(c, after)));
            }
        }
        if (changes.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new UpgradeAdvice(now, target, changes, total));
    }

    private static boolean meetsFloors(Alternative a, Map<String, Integer> floors) {
        for (Map.Entry<String, Integer> p : a.points().entrySet()) {
            if (p.getValue() < floors.getOrDefault(p.getKey(), 0)) {
                return false;
            }
        }
        return true;
    }

}
