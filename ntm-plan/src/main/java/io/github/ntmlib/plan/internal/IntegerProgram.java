package io.github.ntmlib.plan.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;
import org.ojalgo.optimisation.integer.IntegerStrategy;
import org.ojalgo.type.context.NumberContext;
import org.jspecify.annotations.Nullable;

/**
 * The planner's integer programme, solved by ojAlgo's branch and bound: binary choices, each with a
 * cost and the goal it counts for; a need per goal; implications (choosing one choice requires
 * another: a unit planned for kiểu mẫu is planned for nâng cao); an optional budget. Two questions:
 * the least cost that meets every need, and the most goal units (each goal counted up to its need)
 * within the budget, then at the least cost.
 *
 * <p>The solver works in doubles: the caller passes costs that doubles hold exactly (whole đồng
 * under 2<sup>53</sup>) or approximately (normalised distances), and checks every answer in exact
 * arithmetic. The model is built in the caller's order and solved on one thread, so the same
 * question gives the same answer.
 */
public final class IntegerProgram {

    /** Whole numbers a double holds exactly. */
    public static final double EXACT_LIMIT = 9_007_199_254_740_992d;

    private final List<Double> costs = new ArrayList<>();
    private final List<Integer> goals = new ArrayList<>();
    private final List<int[]> implications = new ArrayList<>();
    private final int[] needs;

    /**
     * A programme for goals with these needs.
     *
     * @param needs the units each goal still needs, at least 0
     */
    public IntegerProgram(int[] needs) {
        this.needs = needs.clone();
    }

    /**
     * Adds a choice.
     *
     * @param cost its cost (its increment over the choice it implies)
     * @param goal the goal it counts for
     * @return its index
     */
    public int choice(double cost, int goal) {
        if (goal < 0 || goal >= needs.length) {
            throw new IllegalArgumentException("goal " + goal);
        }
        costs.add(cost);
        goals.add(goal);
        return costs.size() - 1;
    }

    /**
     * Choosing {@code choice} requires choosing {@code required}.
     *
     * @param choice   a choice
     * @param required the choice it requires
     */
    public void implies(int choice, int required) {
        implications.add(new int[] {choice, required});
    }

    /**
     * The number of choices.
     *
     * @return the count
     */
    public int size() {
        return costs.size();
    }

    /**
     * The least-cost selection meeting every need (within the budget, if any).
     *
     * @param budget the budget, or {@code null}
     * @return the selection, or empty when none exists
     */
    public Optional<boolean[]> leastCost(@Nullable Double budget) {
        ExpressionsBasedModel model = model();
        Variable[] x = variables(model, true);
        for (int g = 0; g < needs.length; g++) {
            Expression need = model.addExpression("need" + g).lower(needs[g]);
            for (int j = 0; j < x.length; j++) {
                if (goals.get(j) == g) {
                    need.set(x[j], 1);
                }
            }
        }
        constraints(model, x, budget);
        return selection(model.minimise(), x);
    }

    /**
     * The selection with the most goal units within the budget (each goal counted up to its need),
     * and among those the least costly.
     *
     * @param budget the budget, or {@code null} for none
     * @return the selection (possibly empty of choices)
     */
    public boolean[] most(@Nullable Double budget) {
        ExpressionsBasedModel first = model();
        Variable[] x = variables(first, false);
        Variable[] y = counted(first, x);
        for (Variable v : y) {
            v.weight(1);
        }
        constraints(first, x, budget);
        Optimisation.Result r = first.maximise();
        if (!r.getState().isFeasible()) {
            return new boolean[x.length];
        }
        long best = Math.round(r.getValue());
        ExpressionsBasedModel second = model();
        Variable[] x2 = variables(second, true);
        Variable[] y2 = counted(second, x2);
        Expression total = second.addExpression("most").lower(best);
        for (Variable v : y2) {
            total.set(v, 1);
        }
        constraints(second, x2, budget);
        return selection(second.minimise(), x2).orElseGet(() -> new boolean[x.length]);
    }

    private Variable[] counted(ExpressionsBasedModel model, Variable[] x) {
        Variable[] y = new Variable[needs.length];
        for (int g = 0; g < needs.length; g++) {
            y[g] = model.addVariable("y" + g).integer().lower(0).upper(needs[g]);
            Expression link = model.addExpression("count" + g).upper(0);
            link.set(y[g], 1);
            for (int j = 0; j < x.length; j++) {
                if (goals.get(j) == g) {
                    link.set(x[j], -1);
                }
            }
        }
        return y;
    }

    private static ExpressionsBasedModel model() {
        Optimisation.Options options = new Optimisation.Options();
        options.integer(IntegerStrategy.newConfigurable().withGapTolerance(NumberContext.of(12))
                .withParallelism(() -> 1));
        return new ExpressionsBasedModel(options);
    }

    private Variable[] variables(ExpressionsBasedModel model, boolean weighted) {
        Variable[] x = new Variable[costs.size()];
        for (int j = 0; j < x.length; j++) {
            x[j] = model.addVariable("x" + j).binary();
            if (weighted) {
                x[j].weight(costs.get(j));
            }
        }
        return x;
    }

    private void constraints(ExpressionsBasedModel model, Variable[] x, @Nullable Double budget) {
        int k = 0;
        for (int[] implication : implications) {
            Expression e = model.addExpression("implies" + k++).upper(0);
            e.set(x[implication[0]], 1);
            e.set(x[implication[1]], -1);
        }
        if (budget != null) {
            Expression b = model.addExpression("budget").upper(budget);
            for (int j = 0; j < x.length; j++) {
                b.set(x[j], costs.get(j));
            }
        }
    }

    private static Optional<boolean[]> selection(Optimisation.Result result, Variable[] x) {
        if (!result.getState().isFeasible()) {
            return Optional.empty();
        }
        boolean[] chosen = new boolean[x.length];
        for (int j = 0; j < x.length; j++) {
            chosen[j] = result.doubleValue(j) > 0.5;
        }
        return Optional.of(chosen);
    }
}
