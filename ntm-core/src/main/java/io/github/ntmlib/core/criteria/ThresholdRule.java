package io.github.ntmlib.core.criteria;

import io.github.ntmlib.core.locality.UnitKind;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A threshold with the conditions that select it: classification values (the NTM region, the
 * commune group), a range of years, unit kinds, and a territory (a provincial overlay applies
 * within its province). Among the rules whose conditions hold, the most specific wins.
 *
 * @param when      scheme id to required value; all must hold (after the set's overrides)
 * @param fromYear  the first year the rule applies to, if limited
 * @param toYear    the last year the rule applies to, if limited
 * @param kinds     the unit kinds it applies to; empty for all
 * @param within    the code of the unit (a province) within whose territory it applies, if limited
 * @param threshold the threshold
 */
public record ThresholdRule(Map<String, String> when, Optional<Integer> fromYear, Optional<Integer> toYear,
        Set<UnitKind> kinds, Optional<String> within, Threshold threshold) {

    /**
     * Validates the components.
     *
     * @param when      the classification conditions
     * @param fromYear  the first year
     * @param toYear    the last year
     * @param kinds     the unit kinds
     * @param within    the territory
     * @param threshold the threshold
     */
    public ThresholdRule {
        when = java.util.Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(when, "when")));
        Objects.requireNonNull(fromYear, "fromYear");
        Objects.requireNonNull(toYear, "toYear");
        kinds = Set.copyOf(kinds);
        Objects.requireNonNull(within, "within");
        Objects.requireNonNull(threshold, "threshold");
        if (fromYear.isPresent() && toYear.isPresent() && fromYear.get() > toYear.get()) {
            throw new IllegalArgumentException("year range " + fromYear.get() + "-" + toYear.get() + " is empty");
        }
    }

    /**
     * A rule that always applies.
     *
     * @param threshold the threshold
     * @return the rule
     */
    public static ThresholdRule always(Threshold threshold) {
        return new ThresholdRule(Map.of(), Optional.empty(), Optional.empty(), Set.of(), Optional.empty(), threshold);
    }

    /**
     * A rule for one classification value, e.g. one NTM region.
     *
     * @param scheme    the scheme id
     * @param value     the value
     * @param threshold the threshold
     * @return the rule
     */
    public static ThresholdRule when(String scheme, String value, Threshold threshold) {
        return new ThresholdRule(Map.of(scheme, value), Optional.empty(), Optional.empty(), Set.of(), Optional.empty(),
                threshold);
    }

    /**
     * This rule limited to a year.
     *
     * @param year the year
     * @return a new rule
     */
    public ThresholdRule inYear(int year) {
        return new ThresholdRule(when, Optional.of(year), Optional.of(year), kinds, within, threshold);
    }

    /**
     * This rule limited to a territory.
     *
     * @param unitCode the province (or other unit) code
     * @return a new rule
     */
    public ThresholdRule within(String unitCode) {
        return new ThresholdRule(when, fromYear, toYear, kinds, Optional.of(unitCode), threshold);
    }

    /**
     * Whether the rule applies to a year.
     *
     * @param year the year
     * @return true if within the rule's years
     */
    public boolean coversYear(int year) {
        return fromYear.map(y -> year >= y).orElse(true) && toYear.map(y -> year <= y).orElse(true);
    }

    /**
     * How specific the rule is: a territory counts most, then each condition.
     *
     * @return the specificity, higher wins
     */
    public int specificity() {
        return (within.isPresent() ? 100 : 0) + when.size() * 2 + (fromYear.isPresent() || toYear.isPresent() ? 1 : 0)
                + (kinds.isEmpty() ? 0 : 1);
    }
}
