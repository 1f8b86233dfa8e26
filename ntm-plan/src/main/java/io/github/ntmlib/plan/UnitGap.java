package io.github.ntmlib.plan;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.core.data.Observation;
import io.github.ntmlib.core.data.RecordedOutcome;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one unit must change to reach one goal's standard (and every standard it nests in): the
 * improvements with their cost and the rows that carry them, or the reasons it cannot be planned.
 */
final class UnitGap {

    final String unit;
    final int goal;
    final List<Improvement> improvements;
    final @Nullable Cost cost;
    final List<Labels> problems;
    final List<Observation> observations;
    final List<RecordedOutcome> outcomes;

    private UnitGap(String unit, int goal, List<Improvement> improvements, @Nullable Cost cost, List<Labels> problems,
            List<Observation> observations, List<RecordedOutcome> outcomes) {
        this.unit = unit;
        this.goal = goal;
        this.improvements = List.copyOf(improvements);
        this.cost = cost;
        this.problems = List.copyOf(problems);
        this.observations = List.copyOf(observations);
        this.outcomes = List.copyOf(outcomes);
    }

    static UnitGap plannable(String unit, int goal, List<Improvement> improvements, Cost cost,
            List<Observation> observations, List<RecordedOutcome> outcomes) {
        return new UnitGap(unit, goal, improvements, cost, List.of(), observations, outcomes);
    }

    static UnitGap notPlannable(String unit, int goal, List<Labels> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a gap that cannot be planned needs a reason");
        }
        return new UnitGap(unit, goal, List.of(), null, problems, List.of(), List.of());
    }

    UnitGap refused(Labels problem) {
        return notPlannable(unit, goal, List.of(problem));
    }

    boolean isPlannable() {
        return problems.isEmpty();
    }

    Cost cost() {
        if (cost == null) {
            throw new IllegalStateException("no cost for a gap that cannot be planned");
        }
        return cost;
    }
}
