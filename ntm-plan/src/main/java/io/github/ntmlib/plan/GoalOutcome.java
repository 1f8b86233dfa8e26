package io.github.ntmlib.plan;

import io.github.ntmlib.base.Labels;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Where a goal stands with the plan: of the {@code total} units of the scope the standard applies
 * to, {@code counted} are counted today, {@code required} are asked for, the plan brings
 * {@code planned} more, and {@code shortfall} are still missing (0 when the goal is reached).
 *
 * @param goal      the goal
 * @param labels    the standard's names
 * @param total     the units the standard applies to in the scope (for a requirement, the units it
 *                  counts)
 * @param counted   the units counted today (recognised, or computed, as the evaluation counts)
 * @param required  the units the goal asks for
 * @param plannable the units that could be planned (not counted, not excluded, their gaps costable)
 * @param planned   the units the plan brings
 * @param shortfall the units still missing after the plan
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record GoalOutcome(Goal goal, Labels labels, int total, int counted, int required, int plannable,
        int planned, int shortfall) {

    /**
     * Validates.
     *
     * @param goal      the goal
     * @param labels    the names
     * @param total     the total
     * @param counted   counted today
     * @param required  asked for
     * @param plannable could be planned
     * @param planned   planned
     * @param shortfall still missing
     */
    public GoalOutcome {
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(labels, "labels");
        if (total < 0 || counted < 0 || required < 0 || plannable < 0 || planned < 0 || shortfall < 0
                || shortfall != Math.max(0, required - counted - planned)) {
            throw new IllegalArgumentException("inconsistent goal counts: " + total + ", " + counted + ", " + required
                    + ", " + planned + ", " + shortfall);
        }
    }

    /**
     * Whether the plan reaches the goal.
     *
     * @return true when nothing is missing
     */
    public boolean isReached() {
        return shortfall == 0;
    }

    /**
     * How many more units the goal needs than are counted today.
     *
     * @return at least 0
     */
    public int needed() {
        return Math.max(0, required - counted);
    }
}
