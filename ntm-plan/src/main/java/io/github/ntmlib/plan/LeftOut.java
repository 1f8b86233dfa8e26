package io.github.ntmlib.plan;

import io.github.ntmlib.base.Labelled;
import io.github.ntmlib.base.Labels;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A unit of the scope not in the plan, and why: the cheapest of them first, so that an officer
 * sees what the next unit would have cost.
 *
 * @param unit     the unit code
 * @param name     its name
 * @param standard the lowest goal standard it does not hold
 * @param reason   why it is left out
 * @param cost     what reaching that standard would cost, or {@code null} when it cannot be planned
 * @param details  the reasons in detail (each criterion that cannot be planned, the exclusion's note)
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record LeftOut(String unit, String name, String standard, Reason reason, @Nullable Cost cost,
        List<Labels> details) {

    /**
     * Validates.
     *
     * @param unit     the unit
     * @param name     its name
     * @param standard the standard
     * @param reason   the reason
     * @param cost     the cost
     * @param details  the details
     */
    public LeftOut {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(reason, "reason");
        details = List.copyOf(details);
        if ((cost == null) == (reason == Reason.COSTLIER || reason == Reason.TIED || reason == Reason.BEYOND_BUDGET)) {
            throw new IllegalArgumentException("a unit left out for its cost has a cost, and only such a unit");
        }
    }

    /**
     * What reaching the standard would cost.
     *
     * @return the cost, or empty when the unit cannot be planned
     */
    public Optional<Cost> costIfChosen() {
        return Optional.ofNullable(cost);
    }

    /**
     * Why a unit is left out.
     *
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public enum Reason implements Labelled {
        /** The goals are reached at less cost without it. */
        COSTLIER,
        /**
         * It costs no more than a unit chosen for the same standard: at equal cost the unit of
         * smaller code is chosen (the documented tie-break).
         */
        TIED,
        /** The budget does not stretch to it. */
        BEYOND_BUDGET,
        /** Its gap cannot be planned: data missing, a threshold not set, a criterion of units below. */
        NOT_PLANNABLE,
        /** Excluded by the province. */
        EXCLUDED,
        /** Already in another plan. */
        IN_ANOTHER_PLAN;
    }
}
