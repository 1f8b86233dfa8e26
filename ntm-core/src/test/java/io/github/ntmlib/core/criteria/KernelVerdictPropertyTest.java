package io.github.ntmlib.core.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.core.data.DataSource;
import io.github.ntmlib.core.data.Observation;
import io.github.ntmlib.core.data.Value;
import io.github.ntmlib.core.data.ValueCell;
import io.github.ntmlib.core.data.ValueKind;
import io.github.ntmlib.core.locality.AdminUnit;
import io.github.ntmlib.core.locality.UnitKind;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The kernel's verdict on a value encoded as primitive numbers ({@link IndicatorRule#verdict}) is
 * the exact comparison's, written here in big-number arithmetic independently of the kernel: a
 * quantity or count is compared with the bound, a ratio as part × 100 against bound × whole; "at
 * least" is met from the bound up, "at most" up to it. It equals the traced verdict
 * ({@link IndicatorRule#judge}) and the exact one ({@link IndicatorRule#verdict(Observation)}). The encoded
 * numbers decide whenever they fit, and the primitive verdict is {@code null} (only the exact value
 * can decide) exactly when they do not; {@link IndicatorRule#weigh} on the rule's fields gives the
 * same answer as a weight. Values are drawn
 * at the bound (also written at another scale), one unit of their last digit off it either way,
 * and far from it, with numbers of up to 22 digits and scales up to ±130, so that every path of
 * the kernel is reached: the long comparison of scalars and ratios, its overflow, numbers too long
 * for the encoding and bounds too long for it (each counted).
 */
class KernelVerdictPropertyTest {

    private static final Provenance SOURCE = Provenance.of("Test decision 1/QĐ", "Phụ lục I");
    private static final AdminUnit COMMUNE = AdminUnit.of("1", "Xã Một", UnitKind.COMMUNE, "445",
            LocalDate.of(2024, 1, 1));
    private static final DataSource SRC = new DataSource("t", "", SourcePosition.of("t.csv", 2));

    /** An unscaled magnitude: small, 15 to 18 digits, or 19 to 22 digits (too long for a cell). */
    private static Gen<BigInteger> unscaled() {
        Gen<BigInteger> small = longs().between(0, 10_000).map(BigInteger::valueOf);
        Gen<BigInteger> long18 = longs().between(100_000_000_000_000L, 999_999_999_999_999_999L)
                .map(BigInteger::valueOf);
        Gen<BigInteger> long22 = longs().between(1, Long.MAX_VALUE).zip(integers().between(1, 4),
                (x, d) -> BigInteger.valueOf(x).multiply(BigInteger.TEN.pow(d)).add(BigInteger.valueOf(d)));
        return small.mix(long18, 30).mix(long22, 15);
    }

    /** A scale: everyday (−2 … 4), moderate (5 … 20), or at and beyond a byte's edge. */
    private static Gen<Integer> scales() {
        return integers().between(-2, 4).mix(integers().between(5, 20), 25)
                .mix(integers().between(0, 5).map((Integer i) -> new int[] {127, 128, -128, -129, 130, -130}[i]), 10);
    }

    private static Gen<BigDecimal> decimals() {
        return unscaled().zip(scales(), BigDecimal::new);
    }

    /** What is judged: the comparison, the bound and a value of one of the numeric kinds. */
    private record Case(Comparison comparison, BigDecimal bound, Value value) {
    }

    /** A value at, next to or away from the bound, for the kind drawn. */
    private static Gen<Case> cases() {
        Gen<Comparison> comparisons = booleans().all().map((Boolean b) -> b ? Comparison.AT_LEAST : Comparison.AT_MOST);
        Gen<BigDecimal> bounds = decimals().mix(integers().between(0, 100).map((Integer i) -> BigDecimal.valueOf(i)), 40);
        // kind: 0 quantity, 1 count, 2 ratio; where: 0 at, 1 just above, 2 just below, 3 elsewhere, 4 at, rescaled
        return comparisons.zip(bounds, integers().between(0, 2), integers().between(0, 4), decimals(),
                (c, bound, kind, where, other) -> new Case(c, bound, value(kind, where, bound, other)));
    }

    private static Value value(int kind, int where, BigDecimal bound, BigDecimal other) {
        BigDecimal ulp = BigDecimal.ONE.scaleByPowerOfTen(-Math.max(0, Math.max(bound.scale(), other.scale())));
        if (kind == 1) {
            long at = bound.setScale(0, java.math.RoundingMode.FLOOR).max(BigDecimal.ZERO)
                    .min(BigDecimal.valueOf(Long.MAX_VALUE - 1)).longValueExact();
            long count = where == 1 ? at + 1 : where == 2 ? Math.max(0, at - 1) : where == 3
                    ? other.toBigInteger().min(BigInteger.valueOf(Long.MAX_VALUE)).longValue() : at;
            return new Value.Count(count);
        }
        if (kind == 0) {
            BigDecimal amount = where == 1 ? bound.add(ulp) : where == 2 ? bound.subtract(ulp) : where == 3 ? other
                    : where == 4 ? bound.setScale(bound.scale() + 3) : bound;
            return new Value.Quantity(amount, "%");
        }
        // a ratio whose whole is `other` (or 7 when zero): at the bound, the part is bound × whole / 100
        BigDecimal whole = other.signum() == 0 ? BigDecimal.valueOf(7) : other.abs();
        BigDecimal at = bound.abs().multiply(whole).movePointLeft(2);
        BigDecimal ulpAt = BigDecimal.ONE.scaleByPowerOfTen(-Math.max(0, at.scale()));
        BigDecimal part = where == 1 ? at.add(ulpAt) : where == 2 ? at.subtract(ulpAt).max(BigDecimal.ZERO)
                : where == 3 ? other.abs() : where == 4 ? at.setScale(at.scale() + 2) : at;
        return new Value.Ratio(part, whole);
    }

    /** The exact verdict, in big-number arithmetic. */
    private static Verdict expected(Case k) {
        int sign;
        if (k.value() instanceof Value.Ratio) {
            Value.Ratio r = (Value.Ratio) k.value();
            sign = r.numerator().multiply(BigDecimal.valueOf(100)).compareTo(k.bound().multiply(r.denominator()));
        } else if (k.value() instanceof Value.Count) {
            sign = BigDecimal.valueOf(((Value.Count) k.value()).count()).compareTo(k.bound());
        } else {
            sign = ((Value.Quantity) k.value()).amount().compareTo(k.bound());
        }
        boolean met = k.comparison() == Comparison.AT_LEAST ? sign >= 0 : sign <= 0;
        return met ? Verdict.MET : Verdict.NOT_MET;
    }

    private static IndicatorRule rule(Comparison comparison, BigDecimal bound, ValueKind kind) {
        IndicatorDefinition indicator = new IndicatorDefinition("3.1", Labels.of("Tỷ lệ", "share"), kind, "%", true,
                List.of(), List.of(ThresholdRule.always(Threshold.of(comparison, bound, ThresholdStatus.VERIFIED,
                        SOURCE))));
        return IndicatorRule.select(indicator, COMMUNE, 2024, scheme -> Optional.empty(), List.of(), code -> false);
    }

    @Test
    void theVerdictOfAnEncodedValueIsTheExactComparisonsAndTheTracedOne() {
        AtomicInteger[] reached = new AtomicInteger[8];
        for (int i = 0; i < reached.length; i++) {
            reached[i] = new AtomicInteger();
        }
        qt().withExamples(6_000).forAll(cases()).checkAssert(k -> {
            Value v = k.value();
            IndicatorRule rule = rule(k.comparison(), k.bound(), v.kind());
            long[] part = {-1, -1, -1};
            long[] whole = {-1, -1, -1};
            int cell = ValueCell.encode(v, part, whole, 1);
            Observation o = Observation.of("1", "3.1", 2024, v, SRC);
            Verdict want = expected(k);
            String what = k.comparison().symbol() + " " + k.bound() + ": " + v;
            Verdict quick = rule.verdict(cell, part[1], whole[1]);
            boolean fits = fitsLongArithmetic(cell, part[1], whole[1], k.bound());
            assertThat(quick).as("decided on primitives exactly when the numbers fit: " + what)
                    .isEqualTo(fits ? want : null);
            int weight = IndicatorRule.weigh(rule.op(), rule.direction(), rule.boundUnscaled(), rule.boundScale(),
                    cell, part[1], whole[1]);
            assertThat(weight).as("the flat-table form of the same rule: " + what)
                    .isEqualTo(fits ? want.weight() : -1);
            assertThat(rule.op()).isEqualTo(k.bound().precision() > 18 ? IndicatorRule.EXACT : IndicatorRule.COMPARE);
            assertThat(rule.verdict(o)).as("exact " + what).isEqualTo(want);
            assertThat(rule.judge(o).verdict()).as("traced " + what).isEqualTo(want);
            assertThat(part[0]).as("only position 1 is written").isEqualTo(-1L);
            assertThat(part[2]).isEqualTo(-1L);
            int tag = ValueCell.tag(cell);
            reached[tag == ValueCell.SCALAR ? 0 : tag == ValueCell.RATIO ? 1 : 2].incrementAndGet();
            reached[fits ? 3 : 4].incrementAndGet();
            reached[k.bound().precision() > 18 ? 5 : 6].incrementAndGet();
            if (signOf(k) == 0) {
                reached[7].incrementAndGet();
            }
        });
        String[] names = {"scalar cells", "ratio cells", "exact cells", "decided in longs", "decided exactly",
            "bounds too long", "bounds that fit", "values at the bound"};
        for (int i = 0; i < reached.length; i++) {
            assertThat(reached[i].get()).as(names[i]).isGreaterThan(150);
        }
    }

    private static int signOf(Case k) {
        Verdict atLeast = expected(new Case(Comparison.AT_LEAST, k.bound(), k.value()));
        Verdict atMost = expected(new Case(Comparison.AT_MOST, k.bound(), k.value()));
        return atLeast == Verdict.MET && atMost == Verdict.MET ? 0 : 1;
    }

    /** Whether the kernel's long arithmetic decides: cell and bound fit and no product overflows. */
    private static boolean fitsLongArithmetic(int cell, long part, long whole, BigDecimal bound) {
        if (bound.precision() > 18) {
            return false;
        }
        long b = bound.unscaledValue().longValueExact();
        int tag = ValueCell.tag(cell);
        if (tag == ValueCell.SCALAR) {
            return Measure.compareScaled(part, ValueCell.partScale(cell), b, bound.scale()) != Measure.OVERFLOW;
        }
        if (tag == ValueCell.RATIO) {
            return Measure.compareRatio(part, ValueCell.partScale(cell), whole, ValueCell.wholeScale(cell), b,
                    bound.scale()) != Measure.OVERFLOW;
        }
        return false;
    }

    /** A grade is always compared exactly, as its rank on the indicator's scale. */
    @Test
    void aGradeIsJudgedByItsRankOnTheScale() {
        IndicatorDefinition graded = new IndicatorDefinition("9.9", Labels.of("Xếp loại", "grade"), ValueKind.GRADE,
                "", false, List.of("C", "B", "A"), List.of(ThresholdRule.always(Threshold.atLeast("2", SOURCE))));
        IndicatorRule rule = IndicatorRule.select(graded, COMMUNE, 2024, s -> Optional.empty(), List.of(), c -> false);
        long[] part = new long[1];
        long[] whole = new long[1];
        for (String grade : List.of("C", "B", "A")) {
            Value.Grade g = new Value.Grade(grade);
            int cell = ValueCell.encode(g, part, whole, 0);
            assertThat(ValueCell.tag(cell)).isEqualTo(ValueCell.EXACT);
            Observation o = Observation.of("1", "9.9", 2024, g, SRC);
            Verdict want = grade.equals("C") ? Verdict.NOT_MET : Verdict.MET;
            assertThat(rule.verdict(cell, part[0], whole[0])).as("only the exact value decides " + grade).isNull();
            assertThat(rule.verdict(o)).as(grade).isEqualTo(want);
            assertThat(rule.judge(o).verdict()).as(grade).isEqualTo(want);
        }
    }
}
