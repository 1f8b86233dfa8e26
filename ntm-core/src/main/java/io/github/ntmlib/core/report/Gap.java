package io.github.ntmlib.core.report;

import io.github.ntmlib.core.criteria.CriterionResult;
import io.github.ntmlib.core.criteria.Verdict;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What a unit lacks for a standard: the criteria not met and not assessed, each with its
 * indicator distances or, for an aggregate condition, how many more units below are needed.
 *
 * @param unit     the unit code
 * @param standard the standard id
 * @param missing  the criteria that are not met or not assessed, in the standard's order
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Gap(String unit, String standard, List<CriterionResult> missing) {

    /**
     * Validates the components.
     *
     * @param unit     the unit
     * @param standard the standard
     * @param missing  the missing criteria
     */
    public Gap {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(standard, "standard");
        missing = List.copyOf(missing);
    }

    /**
     * How many criteria are not met.
     *
     * @return the count
     */
    public int notMet() {
        return (int) missing.stream().filter(c -> c.verdict() == Verdict.NOT_MET).count();
    }

    /**
     * How many criteria are not assessed.
     *
     * @return the count
     */
    public int notAssessed() {
        return (int) missing.stream().filter(c -> c.verdict() == Verdict.NOT_ASSESSED).count();
    }
}
