package io.github.ntmlib.core.criteria;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * How an aggregate condition over units below was judged: how many of how many hold the
 * standard, the required share, and how many more are needed.
 *
 * @param standard   the standard counted
 * @param mode       how holding was counted
 * @param holding    the codes of the units counted as holding it
 * @param total      how many units were counted in all
 * @param comparison the comparison of the share with the required percentage
 * @param percent    the required percentage
 * @param needed     how many more units must hold it for the condition to be met (0 if met)
 * @param unknown    the codes of units whose holding could not be decided (computed mode only)
 */
public record AggregateTrace(String standard, CountingMode mode, List<String> holding, int total,
        Comparison comparison, BigDecimal percent, int needed, List<String> unknown) {

    /**
     * Validates the components.
     *
     * @param standard   the standard
     * @param mode       the counting mode
     * @param holding    the units holding it
     * @param total      the total
     * @param comparison the comparison
     * @param percent    the required percentage
     * @param needed     how many more are needed
     * @param unknown    the undecided units
     */
    public AggregateTrace {
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(mode, "mode");
        holding = List.copyOf(holding);
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(percent, "percent");
        unknown = List.copyOf(unknown);
    }

    /**
     * How many units hold the standard.
     *
     * @return the count
     */
    public int count() {
        return holding.size();
    }
}
