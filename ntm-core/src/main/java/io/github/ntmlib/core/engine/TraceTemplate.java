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
