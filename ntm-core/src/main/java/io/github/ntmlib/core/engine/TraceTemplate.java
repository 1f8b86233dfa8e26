package io.github.ntmlib.core.engine;

import io.github.ntmlib.core.criteria.Comparison;
import io.github.ntmlib.core.criteria.IndicatorDefinition;
import io.github.ntmlib.core.criteria.spi.IndicatorTrace;
import io.github.ntmlib.core.criteria.Reason;
import io.github.ntmlib.core.criteria.RuleChoice;
import io.github.ntmlib.core.criteria.Threshold;
import io.github.ntmlib.core.criteria.Verdict;
import io.github.ntmlib.core.data.Observation;
import io.github.ntmlib.core.data.Value;
import io.github.ntmlib.core.internal.Measure;
import io.github.ntmlib.core.internal.Traces;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An indicator's rule choice for one rule-selection profile (unit kind, the classifications rules
 * and overrides read, the territories the unit lies in): everything of its trace but the value.
 * Made by judging the indicator once with no value, so that the choice, its facts and the reasons
 * are those of {@link IndicatorDefinition#judge}; each unit of the profile then only compares its
 * value. The distance of a value that misses its threshold is computed when first read (it is
 * part of the trace's facts, equal to the reference's, but most callers never read it).
 */
final class TraceTemplate {

    private final IndicatorDefinition indicator;
    private final @Nullable Threshold threshold;
    private final @Nullable RuleChoice choice;
    private final Set<Reason> reasons;
    private final Set<Reason> reasonsWithoutData;
    private final @Nullable BigDecimal bound;
    /** The bound's unscaled value when it has at most 18 digits, else Long.MIN_VALUE. */
    private final long boundUnscaled;
    private final int boundScale;
    private final boolean atLeast;
    /** Whether a unit with a value is judged (no reason makes it not assessed). */
    private final boolean judged;

    private static final Traces.Factory TRACES = Traces.factory();

    TraceTemplate(IndicatorDefinition indicator, IndicatorTrace judgedWithoutValue) {
        this.indicator = indicator;
        this.threshold = judgedWithoutValue.threshold().orElse(null);
        this.choice = judgedWithoutValue.choice().orElse(null);
        Set<Reason> all = EnumSet.noneOf(Reason.class);
        all.addAll(judgedWithoutValue.reasons());
        all.add(Reason.NO_DATA);
        this.reasonsWithoutData = Set.copyOf(all);
        all.remove(Reason.NO_DATA);
        this.reasons = Set.copyOf(all);
        this.bound = threshold == null || threshold.comparison() == Comparison.MET ? null
                : threshold.value().orElse(null);
        this.boundUnscaled = bound == null ? Long.MIN_VALUE : Measure.unscaledOrMin(bound);
        this.boundScale = bound == null ? 0 : bound.scale();
        this.atLeast = threshold != null && threshold.comparison() == Comparison.AT_LEAST;
        this.judged = reasons.isEmpty();
    }

    /**
     * The verdict (a {@link io.github.ntmlib.core.internal.VerdictTable} code) that
     * {@link #judge} gives the value at a position of a data index's encoding (and at a position
     * of its observations, for the exact comparison), without the trace: the same
     * branches, the comparison in {@code long} arithmetic when every number fits and exactly
     * ({@link Measure#compare}) when one does not.
     */
    byte verdict(DataIndex data, DataIndex.Encoded encoded, int at, int exactAt) {
        int cell = encoded.cell[at];
        byte tag = (byte) cell;
        if (tag == DataIndex.MISSING || !judged) {
            return io.github.ntmlib.core.internal.VerdictTable.NOT_ASSESSED;
        }
        boolean met;
        BigDecimal b = bound;
        if (b == null) {
            met = tag == DataIndex.TRUE;
        } else {
            int cmp = Measure.OVERFLOW;
            if (boundUnscaled != Long.MIN_VALUE) {
                if (tag == DataIndex.SCALAR) {
                    cmp = Measure.compareScaled(encoded.part[at], (byte) (cell >> 8), boundUnscaled, boundScale);
                } else if (tag == DataIndex.RATIO) {
                    cmp = Measure.compareRatio(encoded.part[at], (byte) (cell >> 8), encoded.whole[at],
                            (byte) (cell >> 16), boundUnscaled, boundScale);
                }
            }
            if (cmp == Measure.OVERFLOW) {
                cmp = Measure.compare(data.values[exactAt].value(), indicator, b);
            }
            met = atLeast ? cmp >= 0 : cmp <= 0;
        }
        return met ? io.github.ntmlib.core.internal.VerdictTable.MET : io.github.ntmlib.core.internal.VerdictTable.NOT_MET;
    }

    /** The trace of a unit of this profile with its value (or none). */
    IndicatorTrace judge(@Nullable Observation observation) {
        if (observation == null) {
            return IndicatorTrace.restore(indicator.code(), indicator.labels(), null, threshold, choice,
                    Verdict.NOT_ASSESSED, reasonsWithoutData, null, null);
        }
        if (!reasons.isEmpty()) {
            return IndicatorTrace.restore(indicator.code(), indicator.labels(), observation, threshold, choice,
                    Verdict.NOT_ASSESSED, reasons, null, null);
        }
        Value value = observation.value();
        boolean met;
        java.util.function.Supplier<BigDecimal> distance = null;
        BigDecimal b = bound;
        if (b == null) {
            met = ((Value.Flag) value).met();
        } else {
            int cmp = Measure.compare(value, indicator, b);
            met = threshold.comparison() == Comparison.AT_LEAST ? cmp >= 0 : cmp <= 0;
            if (!met) {
                distance = () -> Measure.distance(value, indicator, b);
            }
        }
        return TRACES.judged(indicator.code(), indicator.labels(), observation, threshold, choice,
                met ? Verdict.MET : Verdict.NOT_MET, Set.of(), distance);
    }
}
