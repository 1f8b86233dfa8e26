package io.github.ntmlib.plan;

import io.github.ntmlib.base.Labelled;
import org.apiguardian.api.API;

/**
 * What the planner optimises.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Objective implements Labelled {
    /** Reach every goal at the least cost (within the budget, when one is given). */
    LEAST_COST,
    /**
     * Reach as many units as the budget allows (every goal's new units counted), then at the least
     * cost; needs a budget.
     */
    MOST_WITHIN_BUDGET;
}
