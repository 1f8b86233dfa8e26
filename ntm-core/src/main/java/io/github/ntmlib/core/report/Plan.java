package io.github.ntmlib.core.report;

import io.github.ntmlib.core.locality.UnitKind;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A year's target (kế hoạch): how many more units of some kinds under a unit should be
 * recognised for a standard in a year, e.g. "+20 xã nâng cao in 2024".
 *
 * @param unit     the unit whose territory the plan covers
 * @param standard the standard id
 * @param kinds    the kinds of unit counted
 * @param year     the year
 * @param target   the number of new recognitions planned, above 0
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Plan(String unit, String standard, Set<UnitKind> kinds, int year, int target) {

    /**
     * Validates the components.
     *
     * @param unit     the unit
     * @param standard the standard
     * @param kinds    the kinds
     * @param year     the year
     * @param target   the target
     */
    public Plan {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(standard, "standard");
        kinds = Set.copyOf(kinds);
        if (target <= 0) {
            throw new IllegalArgumentException("a plan's target must be above 0: " + target);
        }
    }
}
