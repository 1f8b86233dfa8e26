package io.github.ntmlib.plan;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The closest-first plan the optimiser is compared with: units taken in the order of
 * {@link io.github.ntmlib.core.report.Gaps#ranking} (fewest criteria missing, then fewest not
 * assessed, then code), skipping those that cannot be planned, until every goal is reached (or, with
 * a budget to make the most of, while the budget lasts).
 *
 * @param units    the units it takes, in order
 * @param cost     their cost
 * @param reached  the new units it brings, over every goal
 * @param complete whether it reaches every goal (within the budget, if any)
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Baseline(List<String> units, Cost cost, int reached, boolean complete) {

    /**
     * Validates.
     *
     * @param units    the units
     * @param cost     the cost
     * @param reached  the new units
     * @param complete whether complete
     */
    public Baseline {
        units = List.copyOf(units);
        Objects.requireNonNull(cost, "cost");
    }
}
