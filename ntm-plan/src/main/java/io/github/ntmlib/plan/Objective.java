package io.github.ntmlib.plan;

import io.github.ntmlib.base.Labelled;
import io.github.ntmlib.base.Labels;
import org.apiguardian.api.API;

/**
 * What the planner optimises.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Objective implements Labelled {
    /** Reach every goal at the least cost (within the budget, when one is given). */
    LEAST_COST(Labels.of("đạt mục tiêu với chi phí thấp nhất", "reach the target at the least cost")),
    /**
     * Reach as many units as the budget allows (every goal's new units counted), then at the least
     * cost; needs a budget.
     */
    MOST_WITHIN_BUDGET(Labels.of("đạt nhiều đơn vị nhất trong phạm vi kinh phí",
            "reach the most units within the budget"));

    private final Labels labels;

    Objective(Labels labels) {
        this.labels = labels;
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
