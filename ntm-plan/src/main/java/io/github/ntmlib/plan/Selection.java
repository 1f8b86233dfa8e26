package io.github.ntmlib.plan;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.finance.money.Vnd;
import io.github.ntmlib.plan.internal.IntegerProgram;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The choice of units, settled exactly. A unit's level is how many goals (lowest first) it is
 * planned up to; its cost is that of its gap to the highest goal of its level it is not counted for.
 * The integer programme proposes; this class checks the proposal's counts and budget on the exact
 * costs, and makes every exchange of two units' levels (and every change of one unit's level) that
 * improves the exact answer: more goal units when making the most of a budget, then a lower cost,
 * then fewer units, then higher levels on units of smaller code.
 */
final class Selection {

    /** The candidates: units in code order, per goal their gap (or null) and whether counted today. */
    static final class Problem {
        private final List<String> units;
        private final int levels;
        private final boolean money;
        private final List<UnitGap[]> gaps = new ArrayList<>();
        private final List<boolean[]> counted = new ArrayList<>();
        private boolean budgeted;

        Problem(List<String> units, int levels, boolean money) {
            this.units = List.copyOf(units);
            this.levels = levels;
            this.money = money;
        }

        void add(String unit, boolean[] isCounted, UnitGap[] unitGaps) {
            if (!units.get(gaps.size()).equals(unit)) {
                throw new IllegalStateException("units out of order: " + unit);
            }
            counted.add(isCounted.clone());
            gaps.add(unitGaps.clone());
        }

        int size() {
            return units.size();
        }

        String unit(int j) {
            return units.get(j);
        }

        boolean counted(int j, int goal) {
            return counted.get(j)[goal];
        }

        @Nullable UnitGap gap(int j, int goal) {
            return gaps.get(j)[goal];
        }

        boolean budgeted() {
            return budgeted;
        }

        /** Whether the unit can be planned up to a level: every goal below counted or plannable, one not counted. */
        boolean allowed(int j, int level) {
            if (level == 0) {
                return true;
            }
            boolean any = false;
            for (int i = 0; i < level; i++) {
                if (counted(j, i)) {
                    continue;
                }
                UnitGap g = gap(j, i);
                if (g == null || !g.isPlannable()) {
                    return false;
                }
                any = true;
            }
            return any;
        }

        /** The gap a level costs: the highest goal of the level the unit is not counted for. */
        UnitGap gapAt(int j, int level) {
            for (int i = level - 1; i >= 0; i--) {
                if (!counted(j, i)) {
                    UnitGap g = gap(j, i);
                    if (g == null) {
                        throw new IllegalStateException("no gap for " + unit(j) + " at goal " + i);
                    }
                    return g;
                }
            }
            throw new IllegalStateException("unit " + unit(j) + " has nothing to plan below level " + level);
        }

        Cost cost(int j, int level) {
            return level == 0 ? Cost.zero(money) : gapAt(j, level).cost();
        }

        Cost cost(int[] top) {
            Cost c = Cost.zero(money);
            for (int j = 0; j < top.length; j++) {
                c = c.plus(cost(j, top[j]));
            }
            return c;
        }

        /** Units that could be planned for a goal. */
        int available(int goal) {
            int n = 0;
            for (int j = 0; j < size(); j++) {
                n += !counted(j, goal) && allowed(j, goal + 1) ? 1 : 0;
            }
            return n;
        }
    }

    private final int[] top;
    private final Cost cost;
    private final ImprovementPlan.Status status;
    private final @Nullable Cost costToComplete;
    private final int[] needs;
    private final int[] counts;
    private final @Nullable Vnd budget;

    private Selection(Problem p, int[] top, ImprovementPlan.Status status, @Nullable Cost costToComplete, int[] needs,
            @Nullable Vnd budget) {
        this.top = top.clone();
        this.cost = p.cost(top);
        this.status = status;
        this.costToComplete = costToComplete;
        this.needs = needs.clone();
        this.counts = counts(p, top, p.levels);
        this.budget = budget;
    }

    int[] top() {
        return top.clone();
    }

    Cost cost() {
        return cost;
    }

    ImprovementPlan.Status status() {
        return status;
    }

    @Nullable Cost costToComplete() {
        return costToComplete;
    }

    int need(int goal) {
        return needs[goal];
    }

    int[] counts() {
        return counts.clone();
    }

    boolean withinBudget(Problem p, int[] levels) {
        return budget == null || p.cost(levels).compareTo(Cost.of(budget)) <= 0;
    }

    static int[] counts(Problem p, int[] top, int levels) {
        int[] c = new int[levels];
        for (int j = 0; j < top.length; j++) {
            for (int i = 0; i < top[j]; i++) {
                c[i] += p.counted(j, i) ? 0 : 1;
            }
        }
        return c;
    }

    static Selection solve(Problem p, int[] needs, Objective objective, @Nullable Vnd budget) {
        p.budgeted = budget != null;
        IntegerProgram ip = new IntegerProgram(needs);
        List<int[]> choices = new ArrayList<>();
        double magnitude = 0;
        for (int j = 0; j < p.size(); j++) {
            int below = -1;
            for (int i = 0; i < p.levels; i++) {
                if (p.counted(j, i)) {
                    continue;
                }
                if (!p.allowed(j, i + 1)) {
                    break;
                }
                Cost increment = p.cost(j, i + 1);
                double inc = increment.approximate() - (below < 0 ? 0 : p.cost(j, choices.get(below)[1] + 1)
                        .approximate());
                magnitude += Math.abs(increment.approximate());
                int c = ip.choice(inc, i);
                choices.add(new int[] {j, i});
                if (below >= 0) {
                    ip.implies(c, below);
                }
                below = c;
            }
        }
        if (p.money && magnitude >= IntegerProgram.EXACT_LIMIT) {
            throw new PlanningException(null, "costs", Labels.of("tổng chi phí của các phương án vượt quá giới hạn"
                    + " tính toán chính xác của bộ tối ưu", "the candidates' costs add up beyond what the optimiser"
                    + " holds exactly"));
        }
        boolean unitsSuffice = true;
        for (int i = 0; i < needs.length; i++) {
            unitsSuffice &= p.available(i) >= needs[i];
        }
        Double limit = budget == null ? null : (double) budget.dong();
        Goal kind = new Goal(needs, budget);
        if (objective == Objective.LEAST_COST && unitsSuffice) {
            Optional<int[]> least = leastCost(p, ip, choices, limit, kind);
            if (least.isPresent()) {
                return new Selection(p, settle(p, least.get(), kind, false), ImprovementPlan.Status.COMPLETE, null,
                        needs, budget);
            }
            Cost toComplete = p.cost(settle(p, leastCost(p, ip, choices, null, new Goal(needs, null)).orElseThrow(),
                    new Goal(needs, null), false));
            int[] most = settle(p, most(p, ip, choices, limit, budget), kind, true);
            return new Selection(p, most, ImprovementPlan.Status.SHORT_OF_BUDGET, toComplete, needs, budget);
        }
        int[] most = ip.size() == 0 ? new int[p.size()] : settle(p, most(p, ip, choices, limit, budget), kind, true);
        int[] c = counts(p, most, p.levels);
        boolean reached = true;
        for (int i = 0; i < needs.length; i++) {
            reached &= c[i] >= needs[i];
        }
        if (reached) {
            return new Selection(p, most, ImprovementPlan.Status.COMPLETE, null, needs, budget);
        }
        if (!unitsSuffice) {
            return new Selection(p, most, ImprovementPlan.Status.SHORT_OF_UNITS, null, needs, budget);
        }
        Cost toComplete = p.cost(settle(p, leastCost(p, ip, choices, null, new Goal(needs, null)).orElseThrow(),
                new Goal(needs, null), false));
        return new Selection(p, most, ImprovementPlan.Status.SHORT_OF_BUDGET, toComplete, needs, budget);
    }

    /** What the exact answer must satisfy: the needs and the budget. */
    private record Goal(int[] needs, @Nullable Vnd budget) {
    }

    /** The least-cost levels meeting every need within the budget; the budget tightened if doubles overran it. */
    private static Optional<int[]> leastCost(Problem p, IntegerProgram ip, List<int[]> choices, @Nullable Double limit,
            Goal goal) {
        boolean needed = false;
        for (int n : goal.needs()) {
            needed |= n > 0;
        }
        if (!needed) {
            return Optional.of(new int[p.size()]);
        }
        Double effective = limit;
        for (int attempt = 0; attempt < 8; attempt++) {
            Optional<boolean[]> r = ip.leastCost(effective);
            if (r.isEmpty()) {
                return Optional.empty();
            }
            int[] top = levels(p, r.get(), choices);
            if (goal.budget() == null || p.cost(top).compareTo(Cost.of(goal.budget())) <= 0) {
                return Optional.of(top);
            }
            long over = p.cost(top).money().orElseThrow().dong() - goal.budget().dong();
            effective = effective == null ? null : effective - over;
        }
        return Optional.empty();
    }

    /** The most goal units within the budget; the budget tightened if doubles overran it. */
    private static int[] most(Problem p, IntegerProgram ip, List<int[]> choices, @Nullable Double limit,
            @Nullable Vnd budget) {
        Double effective = limit;
        for (int attempt = 0; attempt < 8; attempt++) {
            int[] top = levels(p, ip.most(effective), choices);
            if (budget == null || p.cost(top).compareTo(Cost.of(budget)) <= 0) {
                return top;
            }
            long over = p.cost(top).money().orElseThrow().dong() - budget.dong();
            effective = effective == null ? null : effective - over;
        }
        return new int[p.size()];
    }

    private static int[] levels(Problem p, boolean[] chosen, List<int[]> choices) {
        int[] top = new int[p.size()];
        for (int c = 0; c < chosen.length; c++) {
            if (chosen[c]) {
                int[] ji = choices.get(c);
                top[ji[0]] = Math.max(top[ji[0]], ji[1] + 1);
            }
        }
        return top;
    }

    /** Improves the levels by exact exchanges until none helps. */
    private static int[] settle(Problem p, int[] start, Goal goal, boolean most) {
        State state = new State(p, start, goal, most);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int j = 0; j < state.top.length; j++) {
                for (int level = 0; level <= p.levels; level++) {
                    if (level != state.top[j] && p.allowed(j, level)) {
                        changed |= state.tryMove(j, level, -1, 0);
                    }
                }
                for (int k = j + 1; k < state.top.length; k++) {
                    int lj = state.top[j];
                    int lk = state.top[k];
                    if (lj != lk && p.allowed(j, lk) && p.allowed(k, lj)) {
                        changed |= state.tryMove(j, lk, k, lj);
                    }
                }
            }
        }
        if (!feasible(p, state.top, goal, most)) {
            throw new IllegalStateException("the optimiser's answer does not hold in exact arithmetic");
        }
        return state.top;
    }

    /** Levels with their counts and exact cost, changed one move at a time. */
    private static final class State {
        private final Problem p;
        private final int[] top;
        private final int[] counts;
        private Cost cost;
        private final Goal goal;
        private final boolean most;
        private final @Nullable Cost budget;

        State(Problem p, int[] top, Goal goal, boolean most) {
            this.p = p;
            this.top = top.clone();
            this.counts = counts(p, top, p.levels);
            this.cost = p.cost(top);
            this.goal = goal;
            this.most = most;
            this.budget = goal.budget() == null ? null : Cost.of(goal.budget());
        }

        /** Moves unit j to level lj (and unit k, if not -1, to lk) when that is better; returns whether it did. */
        boolean tryMove(int j, int lj, int k, int lk) {
            int[] next = counts.clone();
            shift(next, j, top[j], lj);
            if (k >= 0) {
                shift(next, k, top[k], lk);
            }
            Cost before = p.cost(j, top[j]);
            Cost after = p.cost(j, lj);
            if (k >= 0) {
                before = before.plus(p.cost(k, top[k]));
                after = after.plus(p.cost(k, lk));
            }
            if (budget != null && cost.plus(after).compareTo(budget.plus(before)) > 0) {
                return false;
            }
            if (!most) {
                for (int i = 0; i < next.length; i++) {
                    if (next[i] < goal.needs()[i]) {
                        return false;
                    }
                }
            } else {
                int va = 0;
                int vb = 0;
                for (int i = 0; i < next.length; i++) {
                    va += Math.min(next[i], goal.needs()[i]);
                    vb += Math.min(counts[i], goal.needs()[i]);
                }
                if (va != vb) {
                    if (va < vb) {
                        return false;
                    }
                    apply(j, lj, k, lk, next, before, after);
                    return true;
                }
            }
            int c = after.compareTo(before);
            boolean better;
            if (c != 0) {
                better = c < 0;
            } else {
                int units = (lj > 0 ? 1 : 0) - (top[j] > 0 ? 1 : 0) + (k < 0 ? 0 : (lk > 0 ? 1 : 0) - (top[k] > 0 ? 1 : 0));
                // ties: fewer units, then the higher level on the unit of smaller code (j < k)
                better = units != 0 ? units < 0 : lj > top[j];
            }
            if (better) {
                apply(j, lj, k, lk, next, before, after);
            }
            return better;
        }

        private void shift(int[] c, int j, int from, int to) {
            for (int i = 0; i < p.levels; i++) {
                if (!p.counted(j, i)) {
                    c[i] += (i < to ? 1 : 0) - (i < from ? 1 : 0);
                }
            }
        }

        private void apply(int j, int lj, int k, int lk, int[] next, Cost before, Cost after) {
            top[j] = lj;
            if (k >= 0) {
                top[k] = lk;
            }
            System.arraycopy(next, 0, counts, 0, counts.length);
            cost = cost.plus(after).minus(before);
        }
    }

    private static boolean feasible(Problem p, int[] top, Goal goal, boolean most) {
        if (goal.budget() != null && p.cost(top).compareTo(Cost.of(goal.budget())) > 0) {
            return false;
        }
        if (most) {
            return true;
        }
        int[] c = counts(p, top, p.levels);
        for (int i = 0; i < c.length; i++) {
            if (c[i] < goal.needs()[i]) {
                return false;
            }
        }
        return true;
    }
}
