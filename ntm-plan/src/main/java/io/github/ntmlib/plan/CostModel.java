package io.github.ntmlib.plan;

import io.github.ntmlib.finance.money.Vnd;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A province's costs of closing gaps, as data it supplies (no figure of it is national law): a cost
 * per indicator ({@link IndicatorCost}), a fixed cost per criterion of a standard where the
 * improvement is not measurable (a criterion assessed as a whole, or an indicator without a rate),
 * and the units that cannot be targeted ({@link Exclusion}). Read from {@code ntm.plan-costs/1}
 * ({@link io.github.ntmlib.plan.io.CostModelJson}). Without a cost model the planner costs a gap by
 * its normalised distance, and the plan says so.
 *
 * <p>How a criterion not met is costed: the improvements of its indicators that have a rate, plus
 * the criterion's fixed cost when it is assessed as a whole or one of its indicators has no rate.
 * A criterion that needs its fixed cost and has none makes the unit not plannable, with that reason.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CostModel {

    private final String description;
    private final boolean synthetic;
    private final Map<String, IndicatorCost> indicators;
    private final Map<String, Vnd> criteria;
    private final Map<String, CriterionCost> criterionCosts;
    private final java.util.List<CriterionCost> criterionList;
    private final Map<String, Exclusion> exclusions;

    private CostModel(Builder b) {
        this.description = b.description;
        this.synthetic = b.synthetic;
        this.indicators = Map.copyOf(b.indicators);
        this.criterionCosts = Map.copyOf(b.criteria);
        this.criterionList = java.util.List.copyOf(b.criteria.values());
        Map<String, Vnd> amounts = new LinkedHashMap<>();
        b.criteria.forEach((k, c) -> amounts.put(k, c.cost()));
        this.criteria = Map.copyOf(amounts);
        this.exclusions = Map.copyOf(b.exclusions);
    }

    /**
     * A new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * What the costs are and where they come from.
     *
     * @return the description, may be empty
     */
    public String description() {
        return description;
    }

    /**
     * Whether the figures are synthetic (an example), which every output then says.
     *
     * @return true for synthetic figures
     */
    public boolean isSynthetic() {
        return synthetic;
    }

    /**
     * The cost of an indicator.
     *
     * @param indicator the indicator code
     * @return its cost, or empty
     */
    public Optional<IndicatorCost> indicator(String indicator) {
        return Optional.ofNullable(indicators.get(indicator));
    }

    /**
     * The fixed cost of a criterion of a standard.
     *
     * @param standard  the standard id
     * @param criterion the criterion code
     * @return the cost, or empty
     */
    public Optional<Vnd> criterion(String standard, String criterion) {
        return Optional.ofNullable(criteria.get(key(standard, criterion)));
    }

    /**
     * Why a unit cannot be targeted.
     *
     * @param unit the unit code
     * @return the exclusion, or empty
     */
    public Optional<Exclusion> exclusion(String unit) {
        return Optional.ofNullable(exclusions.get(unit));
    }

    /**
     * Every indicator cost, by indicator code.
     *
     * @return the costs
     */
    public Map<String, IndicatorCost> indicators() {
        return indicators;
    }

    /**
     * Every criterion cost, keyed {@code standard/criterion}.
     *
     * @return the costs
     */
    public Map<String, Vnd> criteria() {
        return criteria;
    }

    /**
     * Every criterion cost with its standard, criterion and note, in the order added.
     *
     * @return the costs
     */
    public java.util.List<CriterionCost> criterionCosts() {
        return criterionList;
    }

    /**
     * Every exclusion, by unit code.
     *
     * @return the exclusions
     */
    public Map<String, Exclusion> exclusions() {
        return exclusions;
    }

    static String key(String standard, String criterion) {
        return standard + "/" + criterion;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CostModel c && description.equals(c.description) && synthetic == c.synthetic
                && indicators.equals(c.indicators) && criterionCosts.equals(c.criterionCosts) && exclusions.equals(c.exclusions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(description, synthetic, indicators, criterionCosts, exclusions);
    }

    @Override
    public String toString() {
        return "CostModel[" + indicators.size() + " indicators, " + criteria.size() + " criteria, " + exclusions.size()
                + " exclusions" + (synthetic ? ", synthetic" : "") + "]";
    }

    /** Builds a cost model; every key at most once. */
    public static final class Builder {
        private String description = "";
        private boolean synthetic;
        private final Map<String, IndicatorCost> indicators = new LinkedHashMap<>();
        private final Map<String, CriterionCost> criteria = new LinkedHashMap<>();
        private final Map<String, Exclusion> exclusions = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * What the costs are and where they come from.
         *
         * @param value the description
         * @param isSynthetic whether the figures are synthetic
         * @return this builder
         */
        public Builder description(String value, boolean isSynthetic) {
            this.description = Objects.requireNonNull(value, "description");
            this.synthetic = isSynthetic;
            return this;
        }

        /**
         * Adds an indicator's cost.
         *
         * @param cost the cost
         * @return this builder
         * @throws IllegalArgumentException if the indicator has a cost already
         */
        public Builder indicator(IndicatorCost cost) {
            if (indicators.putIfAbsent(cost.indicator(), cost) != null) {
                throw new IllegalArgumentException("two costs for indicator " + cost.indicator());
            }
            return this;
        }

        /**
         * Adds a criterion's fixed cost.
         *
         * @param standard  the standard id
         * @param criterion the criterion code
         * @param cost      the cost
         * @return this builder
         * @throws IllegalArgumentException if the criterion has a cost already, or the cost is negative
         */
        public Builder criterion(String standard, String criterion, Vnd cost) {
            Objects.requireNonNull(standard, "standard");
            Objects.requireNonNull(criterion, "criterion");
            if (cost.isNegative()) {
                throw new IllegalArgumentException("a negative cost for criterion " + criterion + " of " + standard);
            }
            return criterion(new CriterionCost(standard, criterion, cost, ""));
        }

        /**
         * Adds a criterion's fixed cost with its note.
         *
         * @param cost the cost
         * @return this builder
         * @throws IllegalArgumentException if the criterion has a cost already
         */
        public Builder criterion(CriterionCost cost) {
            if (criteria.putIfAbsent(key(cost.standard(), cost.criterion()), cost) != null) {
                throw new IllegalArgumentException("two costs for criterion " + cost.criterion() + " of "
                        + cost.standard());
            }
            return this;
        }

        /**
         * Adds an exclusion.
         *
         * @param exclusion the exclusion
         * @return this builder
         * @throws IllegalArgumentException if the unit is excluded already
         */
        public Builder exclude(Exclusion exclusion) {
            if (exclusions.putIfAbsent(exclusion.unit(), exclusion) != null) {
                throw new IllegalArgumentException("unit " + exclusion.unit() + " excluded twice");
            }
            return this;
        }

        /**
         * Adds exclusions.
         *
         * @param list the exclusions
         * @return this builder
         */
        public Builder excludeAll(Collection<Exclusion> list) {
            list.forEach(this::exclude);
            return this;
        }

        /**
         * The cost model.
         *
         * @return the model
         */
        public CostModel build() {
            return new CostModel(this);
        }
    }
}
