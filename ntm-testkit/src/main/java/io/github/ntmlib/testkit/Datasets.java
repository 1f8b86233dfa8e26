package io.github.ntmlib.testkit;

import io.github.ntmlib.core.criteria.Comparison;
import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.Criterion;
import io.github.ntmlib.core.criteria.IndicatorDefinition;
import io.github.ntmlib.core.criteria.Standard;
import io.github.ntmlib.core.criteria.ThresholdRule;
import io.github.ntmlib.core.data.Assessment;
import io.github.ntmlib.core.data.DataSource;
import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.data.Observation;
import io.github.ntmlib.core.data.RecordedOutcome;
import io.github.ntmlib.core.data.Value;
import io.github.ntmlib.core.locality.AdminUnit;
import io.github.ntmlib.core.locality.Snapshot;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Generators of datasets biased towards threshold edges: for every unit and every indicator that
 * applies to it, a value just below, at or just above one of the indicator's known thresholds, a
 * value missing, or (for a criterion) a recorded outcome.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Datasets {

    /** Edge: a value one step on the failing side of a threshold. */
    public static final String BELOW = "below";
    /** Edge: a value exactly at a threshold. */
    public static final String AT = "at";
    /** Edge: a value one step on the passing side of a threshold. */
    public static final String ABOVE = "above";
    /** Edge: an indicator left without a value. */
    public static final String MISSING = "missing";
    /** Edge: a recorded outcome in place of the values. */
    public static final String RECORDED = "recorded";

    private static final DataSource SOURCE = DataSource.of("ntm-testkit", "generated");

    private Datasets() {
    }

    /**
     * Edge-biased datasets for a set on a snapshot.
     *
     * @param set      the criteria set
     * @param snapshot the units
     * @param year     the data year
     * @param outcomes the date recorded outcomes carry
     * @param reach    where to count the edges reached
     * @return the generator
     */
    public static Gen<Dataset> edgeBiased(CriteriaSet set, Snapshot snapshot, int year, LocalDate outcomes, Reach reach) {
        return r -> {
            Dataset.Builder data = Dataset.builder();
            Set<String> seen = new HashSet<>();
            for (AdminUnit unit : snapshot.units()) {
                for (Standard s : set.standards()) {
                    if (!s.appliesTo(unit, snapshot)) {
                        continue;
                    }
                    for (Criterion c : s.criteria()) {
                        if (!c.appliesTo().isEmpty() && !c.appliesTo().contains(unit.kind())) {
                            continue;
                        }
                        if (r.nextInt(8) == 0) {
                            reach.hit(RECORDED);
                            data.add(RecordedOutcome.of(unit.code(), s.id(), c.code(),
                                    Assessment.values()[r.nextInt(Assessment.values().length)], outcomes, SOURCE));
                            continue;
                        }
                        for (IndicatorDefinition i : c.indicators()) {
                            if (!seen.add(unit.code() + "/" + i.code())) {
                                continue;
                            }
                            value(i, r, reach).ifPresent(v -> data.add(Observation.of(unit.code(), i.code(), year, v,
                                    SOURCE)));
                        }
                    }
                }
            }
            return data.build();
        };
    }

    private static Optional<Value> value(IndicatorDefinition i, java.util.random.RandomGenerator r, Reach reach) {
        if (r.nextInt(6) == 0) {
            reach.hit(MISSING);
            return Optional.empty();
        }
        if (i.kind() == io.github.ntmlib.core.data.ValueKind.FLAG) {
            return Optional.of(new Value.Flag(r.nextBoolean()));
        }
        List<ThresholdRule> known = i.rules().stream().filter(t -> t.threshold().value().isPresent()
                && t.threshold().comparison() != Comparison.MET).toList();
        if (known.isEmpty()) {
            return valueAt(i, BigDecimal.valueOf(r.nextInt(101)));
        }
        ThresholdRule rule = Hierarchies.pick(r, known);
        BigDecimal t = rule.threshold().value().orElseThrow();
        int side = r.nextInt(3) - 1;
        boolean atLeast = rule.threshold().comparison() == Comparison.AT_LEAST;
        reach.hit(side == 0 ? AT : (side > 0) == atLeast ? ABOVE : BELOW);
        return valueAt(i, t.add(BigDecimal.valueOf(side)));
    }

    /**
     * A value of an indicator's kind at an amount: a percentage for ratios (as an exact fraction of
     * a power of ten), a whole number for counts, an amount in the indicator's unit for quantities.
     *
     * @param indicator the indicator
     * @param amount    the amount
     * @return the value, or empty when the amount is impossible for the kind (negative, a fraction
     *         of a count, above the whole for a ratio that may not exceed it) or the kind is not
     *         ordered
     */
    public static Optional<Value> valueAt(IndicatorDefinition indicator, BigDecimal amount) {
        if (amount.signum() < 0) {
            return Optional.empty();
        }
        switch (indicator.kind()) {
            case RATIO -> {
                if (!indicator.mayExceedWhole() && amount.compareTo(BigDecimal.valueOf(100)) > 0) {
                    return Optional.empty();
                }
                int scale = Math.max(0, amount.stripTrailingZeros().scale());
                return Optional.of(new Value.Ratio(amount.movePointRight(scale).setScale(0),
                        BigDecimal.TEN.pow(scale + 2)));
            }
            case COUNT -> {
                return amount.stripTrailingZeros().scale() > 0 ? Optional.empty()
                        : Optional.of(new Value.Count(amount.longValueExact()));
            }
            case QUANTITY -> {
                return Optional.of(new Value.Quantity(amount, indicator.unit()));
            }
            default -> {
                return Optional.empty();
            }
        }
    }
}
