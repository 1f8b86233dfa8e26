package io.github.ntmlib.plan;

import io.github.ntmlib.base.Labelled;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.core.engine.Evaluation;
import io.github.ntmlib.finance.money.Vnd;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A plan: the units chosen and what each must change, the goals' standing with it, its cost against
 * the budget, the units left out (cheapest first) and why, the closest-first plan it improves on, and
 * each district's share beside its allocation. A plan that does not reach every goal says so in its
 * {@link #status()} and its goals' shortfalls; it is never called complete.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ImprovementPlan {

    private final String scope;
    private final String scopeName;
    private final LocalDate asOf;
    private final int dataYear;
    private final int year;
    private final Labels criteriaSet;
    private final Objective objective;
    private final @Nullable Vnd budget;
    private final boolean money;
    private final String costDescription;
    private final boolean synthetic;
    private final List<GoalOutcome> goals;
    private final List<UnitPlan> units;
    private final Cost cost;
    private final Status status;
    private final @Nullable Cost costToComplete;
    private final List<LeftOut> leftOut;
    private final Baseline baseline;
    private final List<DistrictFunding> funding;

    ImprovementPlan(PlanRequest request, Evaluation evaluation, String scope, String scopeName, List<GoalOutcome> goals,
            List<UnitPlan> units, Cost cost, Status status, @Nullable Cost costToComplete, List<LeftOut> leftOut,
            Baseline baseline, List<DistrictFunding> funding) {
        this(scope, scopeName, evaluation.request().asOf(), evaluation.request().dataYear(), request.year(),
                evaluation.criteriaSet().labels(), request.objective(), request.budget().orElse(null),
                request.costs().isPresent(), request.costs().map(CostModel::description).orElse(""),
                request.costs().map(CostModel::isSynthetic).orElse(false), goals, units, cost, status, costToComplete,
                leftOut, baseline, funding);
    }

    /**
     * Rebuilds a plan from its parts (for readers of stored plans); checks that they agree.
     *
     * @param scope           the scope unit's code
     * @param scopeName       its name
     * @param asOf            the evaluation date
     * @param dataYear        the evaluation's data year
     * @param year            the plan year
     * @param criteriaSet     the criteria set's names
     * @param objective       the objective
     * @param budget          the budget, or {@code null}
     * @param money           whether costs are in đồng
     * @param costDescription the cost model's description, may be empty
     * @param synthetic       whether the costs are synthetic
     * @param goals           the goals' outcomes, lowest standard first
     * @param units           the chosen units
     * @param cost            the total cost
     * @param status          whether every goal is reached
     * @param costToComplete  the least cost of a complete plan when the budget falls short, or {@code null}
     * @param leftOut         the units left out
     * @param baseline        the closest-first plan
     * @param funding         the districts' shares beside their allocations
     * @throws IllegalArgumentException if the parts disagree (a cost of the wrong kind, a total that is
     *                                  not the sum of the units' costs, a status its goals contradict)
     */
    public ImprovementPlan(String scope, String scopeName, LocalDate asOf, int dataYear, int year, Labels criteriaSet,
            Objective objective, @Nullable Vnd budget, boolean money, String costDescription, boolean synthetic,
            List<GoalOutcome> goals, List<UnitPlan> units, Cost cost, Status status, @Nullable Cost costToComplete,
            List<LeftOut> leftOut, Baseline baseline, List<DistrictFunding> funding) {
        this.scope = Objects.requireNonNull(scope, "scope");
        this.scopeName = Objects.requireNonNull(scopeName, "scopeName");
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.dataYear = dataYear;
        this.year = year;
        this.criteriaSet = Objects.requireNonNull(criteriaSet, "criteriaSet");
        this.objective = Objects.requireNonNull(objective, "objective");
        this.budget = budget;
        this.money = money;
        this.costDescription = Objects.requireNonNull(costDescription, "costDescription");
        this.synthetic = synthetic;
        this.goals = List.copyOf(goals);
        this.units = List.copyOf(units);
        this.cost = Objects.requireNonNull(cost, "cost");
        this.status = Objects.requireNonNull(status, "status");
        this.costToComplete = costToComplete;
        this.leftOut = List.copyOf(leftOut);
        this.baseline = Objects.requireNonNull(baseline, "baseline");
        this.funding = List.copyOf(funding);
        Cost sum = Cost.zero(money);
        for (UnitPlan u : this.units) {
            sum = sum.plus(u.cost());
        }
        if (!sum.equals(cost) || baseline.cost().isMoney() != money
                || (costToComplete != null && costToComplete.isMoney() != money)) {
            throw new IllegalArgumentException("the plan's cost is not the sum of its units' costs, or of another kind");
        }
        boolean reached = this.goals.stream().allMatch(GoalOutcome::isReached);
        if (this.goals.isEmpty() || (status == Status.COMPLETE) != reached) {
            throw new IllegalArgumentException("a plan is complete exactly when every goal is reached");
        }
        if (budget != null && status != Status.SHORT_OF_UNITS && cost.compareTo(Cost.of(budget)) > 0) {
            throw new IllegalArgumentException("a plan never spends more than its budget");
        }
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
     * The scope unit's name.
     *
     * @return the name
     */
    public String scopeName() {
        return scopeName;
    }

    /**
     * The date of the evaluation planned from.
     *
     * @return the date
     */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * The evaluation's data year.
     *
     * @return the year
     */
    public int dataYear() {
        return dataYear;
    }

    /**
     * The plan year.
     *
     * @return the year
     */
    public int year() {
        return year;
    }

    /**
     * The criteria set's names.
     *
     * @return the names
     */
    public Labels criteriaSet() {
        return criteriaSet;
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
     * Whether costs are in đồng (a cost model) or normalised distances (none).
     *
     * @return true for đồng
     */
    public boolean isMoney() {
        return money;
    }

    /**
     * The cost model's description.
     *
     * @return the description, empty without a cost model
     */
    public String costDescription() {
        return costDescription;
    }

    /**
     * Whether the costs are synthetic (an example), as every output says.
     *
     * @return true for synthetic costs
     */
    public boolean isSynthetic() {
        return synthetic;
    }

    /**
     * The goals with the plan, lowest standard first.
     *
     * @return the outcomes
     */
    public List<GoalOutcome> goals() {
        return goals;
    }

    /**
     * The names of a goal's standard.
     *
     * @param standard a goal's standard id
     * @return its names
     * @throws IllegalArgumentException if no goal of the plan has that standard
     */
    public Labels standardLabels(String standard) {
        for (GoalOutcome g : goals) {
            if (g.goal().standard().equals(standard)) {
                return g.labels();
            }
        }
        throw new IllegalArgumentException("no goal of the plan has the standard " + standard);
    }

    /**
     * The chosen units, in code order.
     *
     * @return the units
     */
    public List<UnitPlan> units() {
        return units;
    }

    /**
     * The total cost.
     *
     * @return the cost
     */
    public Cost cost() {
        return cost;
    }

    /**
     * Whether every goal is reached, or what falls short.
     *
     * @return the status
     */
    public Status status() {
        return status;
    }

    /**
     * Whether every goal is reached.
     *
     * @return true when complete
     */
    public boolean isComplete() {
        return status == Status.COMPLETE;
    }

    /**
     * When the budget falls short: the least cost of a plan that reaches every goal.
     *
     * @return the cost, or empty
     */
    public Optional<Cost> costToComplete() {
        return Optional.ofNullable(costToComplete);
    }

    /**
     * The units left out: those that could be planned, cheapest first, then those that cannot, then
     * the excluded.
     *
     * @return the units
     */
    public List<LeftOut> leftOut() {
        return leftOut;
    }

    /**
     * The closest-first plan.
     *
     * @return the baseline
     */
    public Baseline baseline() {
        return baseline;
    }

    /**
     * What the optimiser saves against the closest-first plan, when both reach every goal.
     *
     * @return the saving, or empty
     */
    public Optional<Cost> saving() {
        if (!isComplete() || !baseline.complete() || baseline.cost().compareTo(cost) < 0) {
            return Optional.empty();
        }
        return Optional.of(baseline.cost().minus(cost));
    }

    /**
     * Each district's share of the plan beside its allocation: when allocations were given (and
     * costs are in đồng), every district of the scope with a chosen unit or an allocation.
     *
     * @return the rows, in code order
     */
    public List<DistrictFunding> funding() {
        return funding;
    }

    /**
     * The plan as text, in Vietnamese or English.
     *
     * @param language the language
     * @return the text
     */
    public String text(Language language) {
        return PlanText.render(this, language);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ImprovementPlan p && scope.equals(p.scope) && scopeName.equals(p.scopeName)
                && asOf.equals(p.asOf) && dataYear == p.dataYear && year == p.year && criteriaSet.equals(p.criteriaSet)
                && objective == p.objective && Objects.equals(budget, p.budget) && money == p.money
                && costDescription.equals(p.costDescription) && synthetic == p.synthetic && goals.equals(p.goals)
                && units.equals(p.units) && cost.equals(p.cost) && status == p.status
                && Objects.equals(costToComplete, p.costToComplete) && leftOut.equals(p.leftOut)
                && baseline.equals(p.baseline) && funding.equals(p.funding);
    }

    @Override
    public int hashCode() {
        return Objects.hash(scope, asOf, year, goals, units, cost, status);
    }

    @Override
    public String toString() {
        return "ImprovementPlan[" + scope + ", " + status + ", " + units.size() + " units, " + cost + "]";
    }

    /**
     * Whether a plan reaches every goal.
     *
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public enum Status implements Labelled {
        /** Every goal is reached (within the budget, if any). */
        COMPLETE,
        /** Too few units can be planned: the plan takes all it can, and the shortfall stays. */
        SHORT_OF_UNITS,
        /** The budget does not reach: the plan makes the most of it, and says what completing would cost. */
        SHORT_OF_BUDGET;
    }
}
