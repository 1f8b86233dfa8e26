package io.github.ntmlib.plan;

import io.github.ntmlib.finance.money.Vnd;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A district's share of the plan beside its allocation of the year's capital.
 *
 * @param unit       the district's code (a child of the scope)
 * @param name       its name
 * @param planCost   the cost of the plan's units in it
 * @param allocation its allocation, or {@code null} when none was given
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record DistrictFunding(String unit, String name, Vnd planCost, @Nullable Vnd allocation) {

    /**
     * Validates.
     *
     * @param unit       the district
     * @param name       its name
     * @param planCost   the plan's cost in it
     * @param allocation its allocation
     */
    public DistrictFunding {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(planCost, "planCost");
    }

    /**
     * The allocation.
     *
     * @return the allocation, or empty when none was given
     */
    public Optional<Vnd> allocated() {
        return Optional.ofNullable(allocation);
    }

    /**
     * Whether the allocation covers the district's share of the plan.
     *
     * @return true when an allocation was given and is at least the plan's cost
     */
    public boolean isCovered() {
        return allocation != null && allocation.compareTo(planCost) >= 0;
    }

    /**
     * What the allocation lacks.
     *
     * @return the plan's cost minus the allocation (the whole cost without an allocation), never negative
     */
    public Vnd uncovered() {
        return allocation == null ? planCost : planCost.minus(allocation).max(Vnd.ZERO);
    }
}
