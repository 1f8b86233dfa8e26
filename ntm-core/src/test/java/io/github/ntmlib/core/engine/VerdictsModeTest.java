package io.github.ntmlib.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.core.criteria.AggregateCriterion;
import io.github.ntmlib.core.criteria.Comparison;
import io.github.ntmlib.core.criteria.CountingMode;
import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.IndicatorDefinition;
import io.github.ntmlib.core.criteria.Origin;
import io.github.ntmlib.core.criteria.RuleOrigin;
import io.github.ntmlib.core.criteria.Standard;
import io.github.ntmlib.core.criteria.Threshold;
import io.github.ntmlib.core.criteria.ThresholdRule;
import io.github.ntmlib.core.criteria.Verdict;
import io.github.ntmlib.core.criteria.Criterion;
import io.github.ntmlib.core.criteria.CriterionContext;
import io.github.ntmlib.core.criteria.CriterionResult;
import io.github.ntmlib.core.criteria.IndicatorTrace;
import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.data.Observation;
import io.github.ntmlib.core.data.RecordedOutcome;
import io.github.ntmlib.core.data.StatusRegister;
import io.github.ntmlib.core.data.Value;
import io.github.ntmlib.core.data.ValueKind;
import io.github.ntmlib.core.locality.AdminUnit;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.UnitKind;
import io.github.ntmlib.core.locality.UnknownUnitException;
import io.github.ntmlib.core.report.Tallies;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The verdicts mode ({@link Evaluator#verdicts}) against the full evaluation, on the generated
 * countries of {@link CompiledEngineTest} (one to three provinces, overlays with their territorial
 * rules, the effective-region override, villages, merged communes, missing values, recorded
 * outcomes, recognitions, both counting modes) with two more standards: a commune standard with
 * criteria written in code (income ≥ 110% of the income threshold, like the 2021-2025 K2 rule,
 * overriding {@link Criterion#verdict} as K2 does; a rule on the region and the value, which does not), and a district standard with a code criterion on the
 * communes below and an "at most" aggregate. Some values are rewritten with decimals (compared in
 * {@code long} arithmetic at their scale) and some with more than 18 digits (compared exactly). Every unit's verdict and official status on
 * every standard must equal the evaluation's, sequential and parallel, on fresh and on already
 * indexed data, and so must the tallies.
 */
class VerdictsModeTest {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Income ≥ 110% of the income indicator's threshold, decided exactly: K2's shape. */
    static final class IncomeRule implements Criterion {
        private final IndicatorDefinition level = SmallSet.income();

        @Override
        public String code() {
            return "K";
        }

        @Override
        public Labels labels() {
            return Labels.of("Thu nhập ≥ 110%", "income at least 110%");
        }

        @Override
        public List<IndicatorDefinition> indicators() {
            return List.of(level);
        }

        @Override
        public CriterionResult evaluate(CriterionContext context) {
            IndicatorTrace base = context.assess(level);
            if (base.threshold().flatMap(Threshold::value).isEmpty() || base.observation().isEmpty()) {
                return CriterionResult.ofRule(code(), labels(), Verdict.NOT_ASSESSED, List.of(base),
                        Labels.of("thiếu", "missing"));
            }
            BigDecimal levelValue = base.threshold().flatMap(Threshold::value).orElseThrow();
            BigDecimal income = ((Value.Quantity) base.observation().get().value()).amount();
            boolean met = income.multiply(HUNDRED).compareTo(BigDecimal.valueOf(110).multiply(levelValue)) >= 0;
            Verdict v = met ? Verdict.MET : Verdict.NOT_MET;
            return CriterionResult.ofRule(code(), labels(), v, List.of(base.rejudged(v, null, Labels.of("x", "x"))),
                    Labels.of("đã so", "compared"));
        }

        /** The verdict without the facts (overridden as K2 overrides it). */
        @Override
        public Verdict verdict(CriterionContext context) {
            IndicatorTrace base = context.assess(level);
            Optional<BigDecimal> levelValue = base.threshold().flatMap(Threshold::value);
            if (levelValue.isEmpty() || base.observation().isEmpty()) {
                return Verdict.NOT_ASSESSED;
            }
            BigDecimal income = ((Value.Quantity) base.observation().get().value()).amount();
            return income.multiply(HUNDRED).compareTo(BigDecimal.valueOf(110).multiply(levelValue.get())) >= 0
                    ? Verdict.MET : Verdict.NOT_MET;
        }
    }

    /** Met when the unit's effective region is not the northern midlands or its water value is present. */
    static final class RegionRule implements Criterion {
        @Override
        public String code() {
            return "R";
        }

        @Override
        public Labels labels() {
            return Labels.of("Vùng", "region");
        }

        @Override
        public List<IndicatorDefinition> indicators() {
            return List.of();
        }

        @Override
        public CriterionResult evaluate(CriterionContext context) {
            boolean midlands = context.classification(SmallSet.REGION).filter("TRUNG_DU_MIEN_NUI_PHIA_BAC"::equals)
                    .isPresent();
            Optional<Observation> water = context.observation("17.1");
            Verdict v = !midlands ? Verdict.MET : water.isPresent() ? Verdict.MET : Verdict.NOT_ASSESSED;
            return CriterionResult.ofRule(code(), labels(), v, List.of(), Labels.of("vùng", "region"));
        }
    }

    /** Met when no commune below is not met for the code standard (holds, in the run's counting mode). */
    static final class BelowRule implements Criterion {
        @Override
        public String code() {
            return "B";
        }

        @Override
        public Labels labels() {
            return Labels.of("Dưới", "below");
        }

        @Override
        public List<IndicatorDefinition> indicators() {
            return List.of();
        }

        @Override
        public CriterionResult evaluate(CriterionContext context) {
            boolean unknown = false;
            for (AdminUnit u : context.snapshot().descendants(context.unit().code())) {
                Verdict v = context.holds(u.code(), "commune-code");
                if (v == Verdict.NOT_MET) {
                    return CriterionResult.ofRule(code(), labels(), Verdict.NOT_MET, List.of(), Labels.of("b", "b"));
                }
                unknown |= v == Verdict.NOT_ASSESSED && u.kind() == UnitKind.COMMUNE;
            }
            return CriterionResult.ofRule(code(), labels(), unknown ? Verdict.NOT_ASSESSED : Verdict.MET, List.of(),
                    Labels.of("b", "b"));
        }
    }

    static CriteriaSet extended(CriteriaSet set) {
        Standard code = Standard.of("commune-code", Labels.of("Xã mã", "code commune"), Set.of(UnitKind.COMMUNE),
                Optional.of("commune-ntm"), List.of(new IncomeRule(), new RegionRule()), SmallSet.TEST);
        Standard district = Standard.of("district-code", Labels.of("Huyện mã", "code district"),
                Set.of(UnitKind.RURAL_DISTRICT, UnitKind.PROVINCE), Optional.empty(), List.of(new BelowRule(),
                        AggregateCriterion.of("M", Labels.of("≤ 60%", "at most 60%"), Set.of(UnitKind.COMMUNE),
                                "commune-code", Comparison.AT_MOST, BigDecimal.valueOf(60), SmallSet.TEST),
                        AggregateCriterion.of("Q", Labels.of("≥ 50%", "at least 50%"),
                                Set.of(UnitKind.TOWNSHIP, UnitKind.WARD), "civilised-urban", Comparison.AT_LEAST,
                                BigDecimal.valueOf(50), SmallSet.TEST)),
                SmallSet.TEST);
        return set.toBuilder().standard(code).standard(district).build();
    }

    /**
     * The country's data with one commune's ratios and another's income written with more than 18
     * digits, and the values of every third commune written with decimals (ratios scaled by 10,
     * incomes moved by half a million or written as 60.00).
     */
    static Dataset longDigits(CompiledEngineTest.Country c, Snapshot s) {
        List<AdminUnit> communes = s.units(UnitKind.COMMUNE);
        String ratios = c.changedCommune(s);
        String income = communes.isEmpty() ? "" : communes.get((c.changed() + 1) % communes.size()).code();
        Set<String> decimals = new java.util.HashSet<>();
        for (int i = c.changed() % 3; i < communes.size(); i += 3) {
            decimals.add(communes.get(i).code());
        }
        BigDecimal big = BigDecimal.TEN.pow(20);
        Dataset data = c.data(0, "");
        Dataset.Builder b = Dataset.builder();
        for (Observation o : data.observations()) {
            Value v = o.value();
            if (o.unit().equals(ratios) && v instanceof Value.Ratio) {
                Value.Ratio r = (Value.Ratio) v;
                v = new Value.Ratio(r.numerator().multiply(big), r.denominator().multiply(big));
            } else if (o.unit().equals(income) && v instanceof Value.Quantity) {
                Value.Quantity q = (Value.Quantity) v;
                BigDecimal amount = c.raise() % 2 == 0 ? q.amount().setScale(25)
                        : q.amount().subtract(BigDecimal.ONE.movePointLeft(22));
                v = new Value.Quantity(amount, q.unit());
            } else if (decimals.contains(o.unit()) && v instanceof Value.Ratio) {
                Value.Ratio r = (Value.Ratio) v;
                v = new Value.Ratio(r.numerator().movePointLeft(1).setScale(2), r.denominator().movePointLeft(1));
            } else if (decimals.contains(o.unit()) && v instanceof Value.Quantity) {
                Value.Quantity q = (Value.Quantity) v;
                BigDecimal amount = c.raise() % 3 == 0 ? q.amount().setScale(2)
                        : q.amount().add(new BigDecimal(c.raise() % 3 == 1 ? "0.5" : "-0.5"));
                v = new Value.Quantity(amount, q.unit());
            }
            b.add(Observation.of(o.unit(), o.indicator(), o.year(), v, o.source()));
        }
        data.outcomes().forEach(b::add);
        return b.build();
    }

    private final AtomicInteger[] verdicts = {new AtomicInteger(), new AtomicInteger(), new AtomicInteger()};
    private final AtomicInteger[] codeVerdicts = {new AtomicInteger(), new AtomicInteger(), new AtomicInteger()};
    private final AtomicInteger[] aggregates = {new AtomicInteger(), new AtomicInteger(), new AtomicInteger()};
    private final AtomicInteger recorded = new AtomicInteger();
    private final AtomicInteger official = new AtomicInteger();
    private final AtomicInteger recognised = new AtomicInteger();
    private final AtomicInteger overridden = new AtomicInteger();
    private final AtomicInteger territorial = new AtomicInteger();
    private final AtomicInteger missing = new AtomicInteger();
    private final AtomicInteger longValues = new AtomicInteger();
    private final AtomicInteger decimalValues = new AtomicInteger();
    private final AtomicInteger provinces = new AtomicInteger();

    private void count(CompiledEngineTest.Country c, Evaluation e, Dataset data) {
        provinces.addAndGet(c.worlds().size() > 1 ? 1 : 0);
        official.addAndGet(e.request().counting() == CountingMode.OFFICIAL ? 1 : 0);
        for (Observation o : data.observations()) {
            Value v = o.value();
            boolean ratio = v instanceof Value.Ratio && ((Value.Ratio) v).numerator().precision() > 18;
            boolean quantity = v instanceof Value.Quantity && ((Value.Quantity) v).amount().precision() > 18;
            longValues.addAndGet(ratio || quantity ? 1 : 0);
            boolean decimalRatio = v instanceof Value.Ratio && !ratio && ((Value.Ratio) v).numerator().scale() > 0;
            boolean decimalQuantity = v instanceof Value.Quantity && !quantity
                    && ((Value.Quantity) v).amount().scale() > 0;
            decimalValues.addAndGet(decimalRatio || decimalQuantity ? 1 : 0);
        }
        for (UnitResult u : e.units()) {
            for (StandardResult s : u.standards()) {
                verdicts[s.verdict().ordinal()].incrementAndGet();
                recognised.addAndGet(s.isRecognised() ? 1 : 0);
                for (CriterionResult r : s.criteria()) {
                    recorded.addAndGet(r.origin() == Origin.RECORDED ? 1 : 0);
                    if (r.origin() == Origin.RULE) {
                        codeVerdicts[r.verdict().ordinal()].incrementAndGet();
                    }
                    if (r.origin() == Origin.AGGREGATE) {
                        aggregates[r.verdict().ordinal()].incrementAndGet();
                    }
                    for (IndicatorTrace t : r.indicators()) {
                        missing.addAndGet(t.observation().isEmpty() ? 1 : 0);
                        t.choice().ifPresent(ch -> {
                            overridden.addAndGet(ch.overrideApplied() ? 1 : 0);
                            territorial.addAndGet(ch.origin() == RuleOrigin.OVERLAY ? 1 : 0);
                        });
                    }
                }
            }
        }
    }

    private static Bound evaluator(CompiledEngineTest.Country c) {
        return Bound.of(extended(c.set()), EvaluationRequest.of(SmallSet.DATE, 2024, c.worlds().get(0).official() ? CountingMode.OFFICIAL : CountingMode.COMPUTED));
    }

    @Test
    void verdictsModeGivesTheFullEvaluationsVerdictsAndStatuses() {
        qt().withExamples(150).forAll(CompiledEngineTest.countries()).checkAssert(c -> {
            Snapshot s = c.snapshot();
            Dataset data = longDigits(c, s);
            StatusRegister register = c.register();
            Bound evaluator = evaluator(c);
            Verdicts fresh = evaluator.verdicts(s, data, register);
            Evaluation full = evaluator.evaluate(s, data, register);
            count(c, full, data);
            Verdicts expected = Verdicts.of(full);
            for (UnitResult u : full.units()) {
                for (Standard standard : full.criteriaSet().standards()) {
                    Optional<StandardResult> r = full.result(u.unit(), standard.id());
                    assertThat(fresh.verdict(u.unit(), standard.id())).as(u.unit() + " " + standard.id())
                            .isEqualTo(r.map(StandardResult::verdict));
                    assertThat(fresh.isRecognised(u.unit(), standard.id()))
                            .isEqualTo(r.map(StandardResult::isRecognised).orElse(false));
                }
            }
            assertThat(fresh).isEqualTo(expected);
            assertThat(evaluator.verdicts(s, data, register)).as("indexed data reused").isEqualTo(expected);
            assertThat(evaluator.parallel().verdicts(s, data, register)).as("parallel").isEqualTo(expected);
            assertThat(Evaluator.of(evaluator.criteriaSet()).parallel().verdicts(EvaluationRequest.of(SmallSet.DATE, 2024, evaluator.request().counting()), s, data, register))
                    .as("a new evaluator, parallel").isEqualTo(expected);
            assertThat(Tallies.of(fresh).all()).isEqualTo(Tallies.of(full).all());
        });
        assertThat(verdicts).as("standard verdicts met, not met, not assessed").allMatch(n -> n.get() > 0);
        assertThat(codeVerdicts).as("code criteria met, not met, not assessed").allMatch(n -> n.get() > 0);
        assertThat(aggregates).as("aggregates met, not met, not assessed").allMatch(n -> n.get() > 0);
        assertThat(recorded.get()).as("recorded outcomes").isGreaterThan(0);
        assertThat(official.get()).as("official counting").isGreaterThan(0);
        assertThat(recognised.get()).as("recognitions").isGreaterThan(0);
        assertThat(overridden.get()).as("choices under the effective-region override").isGreaterThan(0);
        assertThat(territorial.get()).as("overlay (territorial) choices").isGreaterThan(0);
        assertThat(missing.get()).as("missing values").isGreaterThan(0);
        assertThat(longValues.get()).as("values of more than 18 digits").isGreaterThan(0);
        assertThat(decimalValues.get()).as("values with decimals of at most 18 digits").isGreaterThan(0);
        assertThat(provinces.get()).as("countries of several provinces").isGreaterThan(0);
    }

    @Test
    void verdictsLookUpByCodeAndRefuseUnknownUnitsAndStandards() {
        CompiledEngineTest.Country c = CompiledEngineTest.oneCommune();
        Snapshot s = c.snapshot();
        Verdicts v = evaluator(c).verdicts(s, c.data(0, ""), c.register());
        assertThat(v.verdict("101", "commune-ntm")).contains(Verdict.MET);
        assertThat(v.isRecognised("101", "commune-ntm")).isTrue();
        assertThat(v.verdict("101", "civilised-urban")).isEmpty();
        assertThat(v.isRecognised("101", "civilised-urban")).isFalse();
        assertThat(v.request()).isEqualTo(evaluator(c).request());
        assertThat(v.snapshot()).isSameAs(s);
        assertThat(v.standard("commune-code").id()).isEqualTo("commune-code");
        assertThatThrownBy(() -> v.verdict("999", "commune-ntm")).isInstanceOf(UnknownUnitException.class)
                .hasMessageContaining("999");
        assertThatThrownBy(() -> v.isRecognised("101", "nope")).isInstanceOf(UnknownStandardException.class)
                .hasMessageContaining("nope");
        assertThatThrownBy(() -> v.standard("nope")).isInstanceOf(UnknownStandardException.class);
    }

    @Test
    void verdictsRefuseWhatAnEvaluationRefusesWithTheSameTypedError() {
        CompiledEngineTest.Country c = CompiledEngineTest.oneCommune();
        Snapshot s = c.snapshot();
        Bound evaluator = evaluator(c);
        io.github.ntmlib.core.data.DataSource src = new io.github.ntmlib.core.data.DataSource("t", "",
                io.github.ntmlib.base.SourcePosition.of("bad.csv", 7));
        List<Dataset> bad = List.of(
                Dataset.builder().add(Observation.of("999", "3.1", 2024, Value.Ratio.of(1, 2), src)).build(),
                Dataset.builder().add(Observation.of("101", "9.9", 2024, Value.Ratio.of(1, 2), src)).build(),
                Dataset.builder().add(Observation.of("101", "3.1", 2024, new Value.Flag(true), src)).build(),
                Dataset.builder().add(Observation.of("101", "3.1", 2024, Value.Ratio.of(3, 2), src)).build(),
                Dataset.builder().add(Observation.of("100", "3.1", 2024, Value.Ratio.of(1, 2), src)).build(),
                Dataset.builder().add(RecordedOutcome.of("101", "commune-ntm", "99",
                        io.github.ntmlib.core.data.Assessment.MET, SmallSet.DATE, src)).build());
        for (Dataset d : bad) {
            Throwable expected = org.assertj.core.api.Assertions.catchThrowable(() -> evaluator.evaluate(s, d,
                    c.register()));
            assertThat(expected).isInstanceOf(EvaluationException.class);
            assertThatThrownBy(() -> evaluator.verdicts(s, d, c.register())).isInstanceOf(EvaluationException.class)
                    .hasMessage(expected.getMessage());
        }
        Dataset inapplicable = bad.get(4);
        assertThat(evaluator.lenient().verdicts(s, inapplicable, c.register()).ignored())
                .isEqualTo(evaluator.lenient().evaluate(s, inapplicable, c.register()).ignored()).hasSize(1);
    }
}
