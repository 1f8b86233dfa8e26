package io.github.ntmlib.core.criteria;

import io.github.ntmlib.core.criteria.spi.IndicatorTrace;
import io.github.ntmlib.core.data.Observation;
import io.github.ntmlib.core.data.Value;
import io.github.ntmlib.core.internal.Measure;
import io.github.ntmlib.core.internal.Traces;
import io.github.ntmlib.core.locality.AdminUnit;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Selects an indicator's threshold for a unit and compares its value, exactly.
 *
 * <p>Legal reading of rule selection: the set's classification overrides give the effective
 * classification (an extremely difficult or safe-zone commune is judged on the thresholds of
 * Trung du và miền núi phía Bắc); the most specific national rule is chosen on it. A territorial
 * rule (a provincial overlay) applies on top only where it is at least as strict as that national
 * rule: a province may only tighten. A looser territorial rule is set aside and the trace says so.
 */
final class IndicatorJudge {

    private IndicatorJudge() {
    }

    static IndicatorTrace judge(IndicatorDefinition indicator, AdminUnit unit, int year,
            Function<String, Optional<String>> own, List<ClassificationOverride> overrides, Predicate<String> within,
            @Nullable Observation observation) {
        Map<String, String> read = new LinkedHashMap<>();
        Map<String, String> overridden = new LinkedHashMap<>();
        Map<String, Optional<String>> memo = new java.util.HashMap<>(4);
        Function<String, Optional<String>> lookup = scheme -> {
            for (ClassificationOverride override : overrides) {
                if (override.scheme().equals(scheme)) {
                    for (String trigger : override.whenAny().keySet()) {
                        own.apply(trigger).ifPresent(v -> read.put(trigger, v));
                    }
                    Optional<String> value = override.apply(own);
                    if (value.isPresent()) {
                        overridden.put(scheme, own.apply(scheme).orElse(""));
                        read.put(scheme, value.get());
                        return value;
                    }
                }
            }
            Optional<String> value = own.apply(scheme);
            value.ifPresent(v -> read.put(scheme, v));
            return value;
        };
        Function<String, Optional<String>> effective = scheme -> {
            Optional<String> known = memo.get(scheme);
            if (known == null) {
                known = lookup.apply(scheme);
                memo.put(scheme, known);
            }
            return known;
        };
        ThresholdRule national = null;
        ThresholdRule territorial = null;
        for (ThresholdRule rule : indicator.rules()) {
            boolean applies = rule.coversYear(year)
                    && (rule.kinds().isEmpty() || rule.kinds().contains(unit.kind()))
                    && rule.within().map(within::test).orElse(true)
                    && rule.when().entrySet().stream()
                            .allMatch(e -> effective.apply(e.getKey()).filter(e.getValue()::equals).isPresent());
            if (!applies) {
                continue;
            }
            if (rule.within().isPresent()) {
                territorial = territorial == null || rule.specificity() > territorial.specificity() ? rule : territorial;
            } else {
                national = national == null || rule.specificity() > national.specificity() ? rule : national;
            }
        }
        ThresholdRule chosen = national;
        Threshold setAside = null;
        if (territorial != null) {
            if (national == null || !national.threshold().isKnown() || tightens(territorial, national)) {
                chosen = territorial;
            } else {
                setAside = territorial.threshold();
            }
        }
        if (chosen == null) {
            return trace(indicator, observation, null, null, Verdict.NOT_ASSESSED,
                    observation == null ? EnumSet.of(Reason.NO_RULE_APPLIES, Reason.NO_DATA)
                            : EnumSet.of(Reason.NO_RULE_APPLIES), null);
        }
        RuleChoice choice = new RuleChoice(chosen.origin(), chosen.when(), read, overridden, setAside);
        Threshold threshold = chosen.threshold();
        Set<Reason> reasons = EnumSet.noneOf(Reason.class);
        if (!threshold.isKnown()) {
            reasons.add(threshold.status() == ThresholdStatus.SET_BY_PROVINCE ? Reason.SET_BY_PROVINCE_NOT_SUPPLIED
                    : Reason.THRESHOLD_NOT_ENCODED);
        }
        if (observation == null) {
            reasons.add(Reason.NO_DATA);
        }
        if (!reasons.isEmpty()) {
            return trace(indicator, observation, threshold, choice, Verdict.NOT_ASSESSED, reasons, null);
        }
        Value value = observation.value();
        boolean met;
        BigDecimal distance = null;
        if (threshold.comparison() == Comparison.MET) {
            met = ((Value.Flag) value).met();
        } else {
            BigDecimal bound = threshold.value().orElseThrow();
            int cmp = Measure.compare(value, indicator, bound);
            met = threshold.comparison() == Comparison.AT_LEAST ? cmp >= 0 : cmp <= 0;
            if (!met) {
                distance = Measure.distance(value, indicator, bound);
            }
        }
        return trace(indicator, observation, threshold, choice, met ? Verdict.MET : Verdict.NOT_MET, Set.of(),
                distance);
    }

    private static IndicatorTrace trace(IndicatorDefinition indicator, @Nullable Observation observation,
            @Nullable Threshold threshold, @Nullable RuleChoice choice, Verdict verdict, Set<Reason> reasons,
            @Nullable BigDecimal distance) {
        return Traces.factory().judgedNow(indicator.code(), indicator.labels(), observation, threshold, choice,
                verdict, reasons, distance);
    }

    /** Whether a territorial rule is at least as strict as the national one. */
    private static boolean tightens(ThresholdRule territorial, ThresholdRule national) {
        Threshold mine = territorial.threshold();
        Threshold theirs = national.threshold();
        if (!mine.isKnown() || mine.comparison() != theirs.comparison()) {
            return false;
        }
        return mine.comparison() == Comparison.MET
                || mine.comparison().atLeastAsStrict(mine.value().orElseThrow(), theirs.value().orElseThrow());
    }
}
