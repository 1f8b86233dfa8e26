package io.github.ntmlib.plan;

import io.github.ntmlib.core.criteria.AggregateTrace;
import io.github.ntmlib.core.criteria.CountingMode;
import io.github.ntmlib.core.criteria.CriterionResult;
import io.github.ntmlib.core.engine.Evaluation;
import io.github.ntmlib.core.engine.StandardResult;
import io.github.ntmlib.core.engine.UnitResult;
import io.github.ntmlib.finance.money.Vnd;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The planning question restated independently of the planner, and answered by exhaustive search:
 * who is counted for each goal (from the engine's verdicts and the counting mode), what each goal
 * requires (from the target), and, over every assignment of levels to the units (a unit planned for
 * the second goal pays its second-goal candidate cost, which includes the first goal's improvements),
 * the least cost that meets every need within the budget, and the most goal units within it.
 */
final class Oracle {

    /** Goals ordered lowest first, as the planner orders them (the advanced standard nests in the basic one). */
    final List<Goal> goals;
    final List<Set<String>> counted = new ArrayList<>();
    final int[] required;
    final int[] needs;
    final int[] totals;
    /** Units of some pool, not excluded: per goal whether counted, and the candidate cost (null: none or not plannable). */
    final List<String> units = new ArrayList<>();
    final List<boolean[]> isCounted = new ArrayList<>();
    final List<@Nullable Cost[]> costs = new ArrayList<>();
    final @Nullable Vnd budget;
    final boolean money;
    /** The units of the scope some goal's standard applies to. */
    final Set<String> pool = new java.util.TreeSet<>();

    Oracle(PlanRequest request) {
        Evaluation evaluation = request.evaluation().evaluate();
        List<Goal> sorted = new ArrayList<>(request.goals());
        sorted.sort((a, b) -> Integer.compare(rank(a.standard()), rank(b.standard())));
        this.goals = sorted;
        int levels = goals.size();
        required = new int[levels];
        needs = new int[levels];
        totals = new int[levels];
        money = request.costs().isPresent();
        budget = request.budget().orElse(null);
        CountingMode mode = evaluation.request().counting();
        for (int i = 0; i < levels; i++) {
            Goal g = goals.get(i);
            Set<String> held = new HashSet<>();
            int total = 0;
            for (UnitResult u : evaluation.descendants(request.scope())) {
                Optional<StandardResult> r = u.standard(g.standard());
                if (r.isEmpty()) {
                    continue;
                }
                pool.add(u.unit());
                total++;
                if (mode == CountingMode.OFFICIAL ? r.get().isRecognised() : r.get().isAttained()) {
                    held.add(u.unit());
                }
            }
            if (g.target() instanceof Target.Requirement req) {
                AggregateTrace trace = evaluation.unit(request.scope()).standard(req.standard())
                        .flatMap(s -> s.criterion(req.criterion())).flatMap(CriterionResult::aggregate).orElseThrow();
                held = new HashSet<>(trace.holding());
                required[i] = trace.count() + trace.needed();
                total = trace.total();
            } else if (g.target() instanceof Target.More more) {
                required[i] = held.size() + more.units();
            } else if (g.target() instanceof Target.Share share) {
                required[i] = share.percent().multiply(BigDecimal.valueOf(total)).divide(BigDecimal.valueOf(100))
                        .setScale(0, RoundingMode.CEILING).intValueExact();
            } else {
                required[i] = total;
            }
            totals[i] = total;
            counted.add(held);
            needs[i] = Math.max(0, required[i] - held.size());
        }
        Map<String, Cost[]> byUnit = new HashMap<>();
        for (Candidate c : Planner.candidates(request)) {
            int i = indexOf(c.standard());
            byUnit.computeIfAbsent(c.unit(), k -> new Cost[levels])[i] = c.costIfPlanned().orElse(null);
        }
        for (String u : pool) {
            if (request.costs().flatMap(m -> m.exclusion(u)).isPresent()) {
                continue;
            }
            boolean[] flags = new boolean[levels];
            for (int i = 0; i < levels; i++) {
                flags[i] = counted.get(i).contains(u);
            }
            units.add(u);
            isCounted.add(flags);
            costs.add(byUnit.getOrDefault(u, new Cost[levels]));
        }
    }

    private static int rank(String standard) {
        return standard.equals(PlanWorld.ADVANCED) ? 1 : 0;
    }

    int indexOf(String standard) {
        for (int i = 0; i < goals.size(); i++) {
            if (goals.get(i).standard().equals(standard)) {
                return i;
            }
        }
        throw new IllegalArgumentException(standard);
    }

    boolean allowed(int j, int level) {
        if (level == 0) {
            return true;
        }
        boolean any = false;
        for (int i = 0; i < level; i++) {
            if (isCounted.get(j)[i]) {
                continue;
            }
            if (costs.get(j)[i] == null) {
                return false;
            }
            any = true;
        }
        return any;
    }

    Cost cost(int j, int level) {
        for (int i = level - 1; i >= 0; i--) {
            if (!isCounted.get(j)[i]) {
                return costs.get(j)[i];
            }
        }
        return Cost.zero(money);
    }

    /** Units that could be planned for a goal. */
    int available(int goal) {
        int n = 0;
        for (int j = 0; j < units.size(); j++) {
            n += !isCounted.get(j)[goal] && allowed(j, goal + 1) ? 1 : 0;
        }
        return n;
    }

    /** Units with some level above 0 allowed. */
    List<Integer> movable() {
        List<Integer> list = new ArrayList<>();
        for (int j = 0; j < units.size(); j++) {
            for (int l = 1; l <= goals.size(); l++) {
                if (allowed(j, l)) {
                    list.add(j);
                    break;
                }
            }
        }
        return list;
    }

    int total() {
        int n = 0;
        for (int need : needs) {
            n += need;
        }
        return n;
    }

    /** The exhaustive answers: the least feasible cost (or null), the most value within budget and its least cost. */
    record Answer(@Nullable Cost leastFeasible, @Nullable Cost leastUnbudgeted, int mostValue, Cost mostCost) {
    }

    Answer search() {
        List<Integer> movable = movable();
        Search s = new Search(movable);
        s.run(0, new int[goals.size()], Cost.zero(money));
        return new Answer(s.leastFeasible, s.leastUnbudgeted, s.mostValue, s.mostCost == null ? Cost.zero(money)
                : s.mostCost);
    }

    private final class Search {
        final List<Integer> movable;
        @Nullable Cost leastFeasible;
        @Nullable Cost leastUnbudgeted;
        int mostValue = -1;
        @Nullable Cost mostCost;
        final @Nullable Cost limit = budget == null ? null : Cost.of(budget);

        Search(List<Integer> movable) {
            this.movable = movable;
        }

        void run(int k, int[] counts, Cost cost) {
            if (k == movable.size()) {
                boolean meets = true;
                int value = 0;
                for (int i = 0; i < counts.length; i++) {
                    meets &= counts[i] >= needs[i];
                    value += Math.min(counts[i], needs[i]);
                }
                boolean within = limit == null || cost.compareTo(limit) <= 0;
                if (meets && (leastUnbudgeted == null || cost.compareTo(leastUnbudgeted) < 0)) {
                    leastUnbudgeted = cost;
                }
                if (meets && within && (leastFeasible == null || cost.compareTo(leastFeasible) < 0)) {
                    leastFeasible = cost;
                }
                if (within && (value > mostValue || (value == mostValue && cost.compareTo(mostCost) < 0))) {
                    mostValue = value;
                    mostCost = cost;
                }
                return;
            }
            int j = movable.get(k);
            for (int level = 0; level <= goals.size(); level++) {
                if (!allowed(j, level)) {
                    continue;
                }
                int[] next = counts.clone();
                for (int i = 0; i < level; i++) {
                    next[i] += isCounted.get(j)[i] ? 0 : 1;
                }
                run(k + 1, next, level == 0 ? cost : cost.plus(cost(j, level)));
            }
        }
    }
}
