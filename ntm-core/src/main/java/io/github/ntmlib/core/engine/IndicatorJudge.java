package io.github.ntmlib.core.engine;

import io.github.ntmlib.core.criteria.Comparison;
import io.github.ntmlib.core.criteria.IndicatorDefinition;
import io.github.ntmlib.core.criteria.IndicatorTrace;
import io.github.ntmlib.core.criteria.Threshold;
import io.github.ntmlib.core.criteria.ThresholdRule;
import io.github.ntmlib.core.criteria.ThresholdStatus;
import io.github.ntmlib.core.criteria.Verdict;
import io.github.ntmlib.core.data.Observation;
import io.github.ntmlib.core.data.Value;
import io.github.ntmlib.core.locality.AdminUnit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/** Selects an indicator's threshold for a unit and compares its value, exactly. */
final class IndicatorJudge {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private IndicatorJudge() {
    }

    /** The most specific rule whose conditions hold, if any. */
    static Optional<ThresholdRule> select(IndicatorDefinition indicator, AdminUnit unit, int year,
            Function<String, Optional<String>> classification, Predicate<String> within) {
        ThresholdRule best = null;
        for (ThresholdRule rule : indicator.rules()) {
            boolean applies = rule.coversYear(year)
                    && (rule.kinds().isEmpty() || rule.kinds().contains(unit.kind()))
                    && rule.within().map(within::test).orElse(true)
                    && rule.when().entrySet().stream()
                            .allMatch(e -> classification.apply(e.getKey()).filter(e.getValue()::equals).isPresent());
            if (applies && (best == null || rule.specificity() > best.specificity())) {
                best = rule;
            }
        }
        return Optional.ofNullable(best);
    }

    static IndicatorTrace judge(IndicatorDefinition indicator, Optional<ThresholdRule> rule,
            Optional<Observation> observation, int year, Function<String, Optional<String>> classification) {
        if (rule.isEmpty()) {
            String conditions = indicator.rules().stream().map(r -> r.when().toString()).distinct()
                    .reduce((a, b) -> a + ", " + b).orElse("");
            return trace(indicator, observation, Optional.empty(), Verdict.NOT_ASSESSED, Optional.empty(),
                    "no threshold applies to this unit in " + year + " (rules for " + conditions + ")");
        }
        Threshold threshold = rule.get().threshold();
        if (!threshold.isKnown()) {
            String why = threshold.status() == ThresholdStatus.SET_BY_PROVINCE
                    ? "threshold set by the province and not supplied (add a provincial overlay)"
                    : "threshold not encoded (supply it with an overlay or record the criterion's outcome)";
            return trace(indicator, observation, Optional.of(threshold), Verdict.NOT_ASSESSED, Optional.empty(),
                    why + " [" + threshold.provenance() + "]");
        }
        if (observation.isEmpty()) {
            return trace(indicator, observation, Optional.of(threshold), Verdict.NOT_ASSESSED, Optional.empty(),
                    "no value for " + year + "; required " + describe(threshold, indicator) + " ["
                            + threshold.provenance() + "]");
        }
        Value value = observation.get().value();
        boolean met;
        Optional<BigDecimal> distance = Optional.empty();
        if (threshold.comparison() == Comparison.MET) {
            met = ((Value.Flag) value).met();
        } else {
            BigDecimal bound = threshold.value().get();
            int cmp;
            BigDecimal measured;
            if (value instanceof Value.Ratio) {
                Value.Ratio r = (Value.Ratio) value;
                cmp = r.numerator().multiply(HUNDRED).compareTo(bound.multiply(r.denominator()));
                measured = r.numerator().multiply(HUNDRED).divide(r.denominator(), 4, RoundingMode.HALF_UP);
            } else if (value instanceof Value.Quantity) {
                measured = ((Value.Quantity) value).amount();
                cmp = measured.compareTo(bound);
            } else if (value instanceof Value.Count) {
                measured = BigDecimal.valueOf(((Value.Count) value).count());
                cmp = measured.compareTo(bound);
            } else {
                measured = BigDecimal.valueOf(indicator.grades().indexOf(((Value.Grade) value).grade()) + 1L);
                cmp = measured.compareTo(bound);
            }
            met = threshold.comparison() == Comparison.AT_LEAST ? cmp >= 0 : cmp <= 0;
            if (!met) {
                BigDecimal gap = bound.subtract(measured).abs().stripTrailingZeros();
                distance = Optional.of(gap.scale() < 0 ? gap.setScale(0) : gap);
            }
        }
        String text = describeValue(value) + (met ? " meets " : " does not meet ") + describe(threshold, indicator)
                + " [" + threshold.provenance() + "]";
        return trace(indicator, observation, Optional.of(threshold), met ? Verdict.MET : Verdict.NOT_MET, distance, text);
    }

    private static IndicatorTrace trace(IndicatorDefinition indicator, Optional<Observation> observation,
            Optional<Threshold> threshold, Verdict verdict, Optional<BigDecimal> distance, String explanation) {
        return new IndicatorTrace(indicator.code(), indicator.labels(), observation, threshold, verdict, distance,
                explanation);
    }

    private static String describe(Threshold threshold, IndicatorDefinition indicator) {
        if (threshold.comparison() == Comparison.MET) {
            return "Đạt";
        }
        String unit = indicator.unit().isEmpty() ? "" : " " + indicator.unit();
        return threshold.comparison().symbol() + " " + threshold.value().get().toPlainString() + unit;
    }

    static String describeValue(Value value) {
        if (value instanceof Value.Flag) {
            return ((Value.Flag) value).met() ? "Đạt" : "Không đạt";
        }
        if (value instanceof Value.Ratio) {
            Value.Ratio r = (Value.Ratio) value;
            return r.numerator().toPlainString() + "/" + r.denominator().toPlainString() + " = "
                    + r.numerator().multiply(HUNDRED).divide(r.denominator(), 2, RoundingMode.HALF_UP).toPlainString()
                    + "%";
        }
        if (value instanceof Value.Quantity) {
            return ((Value.Quantity) value).amount().toPlainString() + " " + ((Value.Quantity) value).unit();
        }
        if (value instanceof Value.Count) {
            return String.valueOf(((Value.Count) value).count());
        }
        return ((Value.Grade) value).grade();
    }
}
