package io.github.ntmlib.testkit;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.Criterion;
import io.github.ntmlib.core.criteria.CriterionContext;
import io.github.ntmlib.core.criteria.CriterionResult;
import io.github.ntmlib.core.criteria.IndicatorCriterion;
import io.github.ntmlib.core.criteria.IndicatorDefinition;
import io.github.ntmlib.core.criteria.Period;
import io.github.ntmlib.core.criteria.Provenance;
import io.github.ntmlib.core.criteria.Standard;
import io.github.ntmlib.core.criteria.Threshold;
import io.github.ntmlib.core.criteria.ThresholdRule;
import io.github.ntmlib.core.criteria.Verdict;
import io.github.ntmlib.core.data.Value;
import io.github.ntmlib.core.data.ValueKind;
import io.github.ntmlib.core.locality.UnitKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;

/** A small good set, and deliberately broken variants of it (one per conformance check). */
final class TestSets {

    static final Provenance TEST = Provenance.of("Test decision 1/QĐ", "Điều 1");
    static final String COMMUNE = "commune";

    private TestSets() {
    }

    static IndicatorDefinition ratio(String code, String atLeast, Provenance provenance) {
        return new IndicatorDefinition(code, Labels.of("Chỉ tiêu " + code, "indicator " + code), ValueKind.RATIO, "%",
                false, List.of(), List.of(ThresholdRule.always(Threshold.atLeast(atLeast, provenance))));
    }

    static Standard commune(Criterion... extra) {
        List<Criterion> criteria = new java.util.ArrayList<>(List.of(IndicatorCriterion.of("1",
                Labels.of("Thủy lợi", "irrigation"), List.of(ratio("1.1", "70", TEST)))));
        criteria.addAll(List.of(extra));
        return Standard.of(COMMUNE, Labels.of("Xã thử", "test commune"), Set.of(UnitKind.COMMUNE), Optional.empty(),
                criteria, TEST);
    }

    static CriteriaSet set(Standard... standards) {
        CriteriaSet.Builder b = CriteriaSet.builder("test-set").labels(Labels.of("Bộ thử", "test set"))
                .validity(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31)).provenance(TEST)
                .period(Period.of(2024, 2026, LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31)));
        for (Standard s : standards) {
            b.standard(s);
        }
        return b.build();
    }

    static CriteriaSet good() {
        return set(commune(), Standard.of("advanced", Labels.of("Xã nâng cao thử", "test advanced"),
                Set.of(UnitKind.COMMUNE), Optional.of(COMMUNE), List.of(IndicatorCriterion.of("A",
                        Labels.of("Y tế", "health"), List.of(ratio("A.1", "90", TEST)))), TEST));
    }

    /**
     * A criterion written in code over one ratio indicator, deciding by a predicate of (value in
     * percent, the declared threshold), optionally under a wrong result code.
     */
    static final class CodeRule implements Criterion {
        private final String code;
        private final String resultCode;
        private final List<IndicatorDefinition> indicators;
        private final BiPredicate<BigDecimal, BigDecimal> met;
        private final boolean ignoresReplacedValues;
        private final BigDecimal fixed;

        CodeRule(String code, String resultCode, IndicatorDefinition indicator, BiPredicate<BigDecimal, BigDecimal> met,
                boolean ignoresReplacedValues) {
            this(code, resultCode, List.of(indicator), met, ignoresReplacedValues,
                    indicator.rules().get(0).threshold().value().orElseThrow());
        }

        private CodeRule(String code, String resultCode, List<IndicatorDefinition> indicators,
                BiPredicate<BigDecimal, BigDecimal> met, boolean ignoresReplacedValues, BigDecimal fixed) {
            this.code = code;
            this.resultCode = resultCode;
            this.indicators = indicators;
            this.met = met;
            this.ignoresReplacedValues = ignoresReplacedValues;
            this.fixed = fixed;
        }

        @Override
        public String code() {
            return code;
        }

        @Override
        public Labels labels() {
            return Labels.of("Luật " + code, "rule " + code);
        }

        @Override
        public List<IndicatorDefinition> indicators() {
            return indicators;
        }

        @Override
        public CriterionResult evaluate(CriterionContext context) {
            IndicatorDefinition i = indicators.get(0);
            Optional<Value> value = context.observation(i.code()).map(o -> o.value());
            if (value.isEmpty() || !(value.get() instanceof Value.Ratio r)) {
                return CriterionResult.ofRule(resultCode, labels(), Verdict.NOT_ASSESSED, List.of(),
                        Labels.of("thiếu số liệu", "no data"));
            }
            BigDecimal percent = r.numerator().multiply(BigDecimal.valueOf(100))
                    .divide(r.denominator(), 6, java.math.RoundingMode.HALF_UP);
            // overlays only tighten, so the strictest value known is the one in force
            BigDecimal threshold = ignoresReplacedValues ? fixed : i.rules().stream()
                    .map(rule -> rule.threshold().value().orElseThrow()).max(BigDecimal::compareTo).orElseThrow();
            return CriterionResult.ofRule(resultCode, labels(), met.test(percent, threshold) ? Verdict.MET
                    : Verdict.NOT_MET, List.of(), Labels.of("luật", "rule"));
        }

        @Override
        public Criterion withIndicators(List<IndicatorDefinition> replaced) {
            return new CodeRule(code, resultCode, replaced, met, ignoresReplacedValues, fixed);
        }
    }
}
