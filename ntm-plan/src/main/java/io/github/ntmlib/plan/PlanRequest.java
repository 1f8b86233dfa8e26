package io.github.ntmlib.plan;

import io.github.ntmlib.core.engine.PreparedEvaluation;
import io.github.ntmlib.finance.allocation.Allocation;
import io.github.ntmlib.finance.allocation.AllocationShare;
import io.github.ntmlib.finance.money.Vnd;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What to plan: a prepared evaluation, the scope (a province, a district), one goal or a chain of
 * nested goals (each goal's standard nests in the one before it, as kiểu mẫu nests in nâng cao),
 * the objective, an optional budget, the province's cost model, and optionally each district's
 * allocation of the year's capital to set beside the plan's costs. A value: build it once, plan it
 * as often as needed.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PlanRequest {

    private final PreparedEvaluation evaluation;
    private final String scope;
    private final List<Goal> goals;
    private final Objective objective;
    private final @Nullable Vnd budget;
    private final @Nullable CostModel costs;
    private final Map<String, Vnd> allocations;
    private final int year;

    private PlanRequest(Builder b) {
        this.evaluation = b.evaluation;
        this.scope = b.scope;
        this.goals = List.copyOf(b.goals);
        this.objective = b.objective;
        this.budget = b.budget;
        this.costs = b.costs;
        this.allocations = Map.copyOf(b.allocations);
        this.year = b.year == 0 ? b.evaluation.request().dataYear() + 1 : b.year;
        if (goals.isEmpty()) {
            throw new IllegalArgumentException("a plan needs at least one goal");
        }
        if (goals.stream().map(Goal::standard).distinct().count() != goals.size()) {
            throw new IllegalArgumentException("two goals for the same standard: " + goals);
        }
        if (objective == Objective.MOST_WITHIN_BUDGET && budget == null) {
            throw new IllegalArgumentException("the most units within a budget needs a budget");
        }
        if (budget != null && costs == null) {
            throw new IllegalArgumentException("a budget in đồng needs a cost model in đồng");
        }
        if (budget != null && budget.isNegative()) {
            throw new IllegalArgumentException("a negative budget");
        }
    }

    /**
     * A new request on a prepared evaluation for the units below a scope unit.
     *
     * @param evaluation the prepared evaluation
     * @param scope      the scope unit's code (a province, a district)
     * @return the builder
     */
    public static Builder builder(PreparedEvaluation evaluation, String scope) {
        return new Builder(evaluation, scope);
    }

    /**
     * The prepared evaluation.
     *
     * @return the evaluation
     */
    public PreparedEvaluation evaluation() {
        return evaluation;
    }

    /**
     * The scope unit's code.
     *
     * @return the code
     */
    public String scope() {
        return scope;
    }

    /**
     * The goals, lowest standard first.
     *
     * @return the goals
     */
    public List<Goal> goals() {
        return goals;
    }

    /**
     * The objective.
     *
     * @return the objective
     */
    public Objective objective() {
        return objective;
    }

    /**
     * The budget.
     *
     * @return the budget, or empty
     */
    public Optional<Vnd> budget() {
        return Optional.ofNullable(budget);
    }

    /**
     * The cost model.
     *
     * @return the model, or empty (gaps then cost their normalised distance)
     */
    public Optional<CostModel> costs() {
        return Optional.ofNullable(costs);
    }

    /**
     * The allocation of the year's capital by unit code (district), set beside the plan's costs.
     *
     * @return the allocations, may be empty
     */
    public Map<String, Vnd> allocations() {
        return allocations;
    }

    /**
     * The plan year.
     *
     * @return the year; by default the evaluation's data year + 1
     */
    public int year() {
        return year;
    }

    @Override
    public String toString() {
        return "PlanRequest[" + scope + ", " + goals + ", " + objective + (budget == null ? "" : ", budget " + budget)
                + (costs == null ? ", normalised distances" : ", " + costs) + ", " + year + "]";
    }

    /** Builds a request. */
    public static final class Builder {
        private final PreparedEvaluation evaluation;
        private final String scope;
        private final List<Goal> goals = new ArrayList<>();
        private Objective objective = Objective.LEAST_COST;
        private @Nullable Vnd budget;
        private @Nullable CostModel costs;
        private final Map<String, Vnd> allocations = new LinkedHashMap<>();
        private int year;

        private Builder(PreparedEvaluation evaluation, String scope) {
            this.evaluation = Objects.requireNonNull(evaluation, "evaluation");
            this.scope = Objects.requireNonNull(scope, "scope");
        }

        /**
         * Adds a goal; goals of a chain are given lowest standard first, or in any order (they are
         * ordered by nesting when planned).
         *
         * @param goal the goal
         * @return this builder
         */
        public Builder goal(Goal goal) {
            goals.add(Objects.requireNonNull(goal, "goal"));
            return this;
        }

        /**
         * Adds a goal.
         *
         * @param standard the standard id
         * @param target   how many units
         * @return this builder
         */
        public Builder goal(String standard, Target target) {
            return goal(Goal.of(standard, target));
        }

        /**
         * The objective; {@link Objective#LEAST_COST} by default.
         *
         * @param value the objective
         * @return this builder
         */
        public Builder objective(Objective value) {
            this.objective = Objects.requireNonNull(value, "objective");
            return this;
        }

        /**
         * The budget (needs a cost model).
         *
         * @param value the budget
         * @return this builder
         */
        public Builder budget(Vnd value) {
            this.budget = Objects.requireNonNull(value, "budget");
            return this;
        }

        /**
         * The cost model.
         *
         * @param value the model
         * @return this builder
         */
        public Builder costs(CostModel value) {
            this.costs = Objects.requireNonNull(value, "costs");
            return this;
        }

        /**
         * A unit's allocation of the year's capital.
         *
         * @param unit   the unit code (a district)
         * @param amount its allocation
         * @return this builder
         */
        public Builder allocation(String unit, Vnd amount) {
            if (allocations.putIfAbsent(Objects.requireNonNull(unit, "unit"), Objects.requireNonNull(amount, "amount"))
                    != null) {
                throw new IllegalArgumentException("two allocations for unit " + unit);
            }
            return this;
        }

        /**
         * Every share of an allocation (Decision 07/2022 coefficients, {@code ntm-finance}).
         *
         * @param value the allocation
         * @return this builder
         */
        public Builder allocation(Allocation value) {
            for (AllocationShare share : value.shares()) {
                allocation(share.unitCode(), share.total());
            }
            return this;
        }

        /**
         * The plan year.
         *
         * @param value the year
         * @return this builder
         */
        public Builder year(int value) {
            if (value < 1900 || value > 2200) {
                throw new IllegalArgumentException("plan year " + value);
            }
            this.year = value;
            return this;
        }

        /**
         * The request.
         *
         * @return the request
         * @throws IllegalArgumentException if there is no goal, two goals name one standard, or the
         *                                  objective or budget lacks what it needs
         */
        public PlanRequest build() {
            return new PlanRequest(this);
        }
    }
}
