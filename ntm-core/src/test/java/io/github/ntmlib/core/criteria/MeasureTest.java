package io.github.ntmlib.core.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The long path of ratio comparison agrees with exact big-number arithmetic, and the terminating
 * test agrees with exact division, on numbers that fit and numbers that overflow (both reached).
 */
class MeasureTest {

    /** An unscaled value: small, near a threshold, or near the long range's edge. */
    private static Gen<Long> unscaled() {
        return longs().between(0, 10_000).mix(longs().between(Long.MAX_VALUE / 1000, Long.MAX_VALUE), 20)
                .mix(longs().between(1, 62).map((Long i) -> 1L << i), 15);
    }

    private static Gen<BigDecimal> decimals() {
        return unscaled().zip(integers().between(0, 4), (u, scale) -> BigDecimal.valueOf(u, scale));
    }

    @Test
    void ratioComparisonInLongsAgreesWithExactArithmetic() {
        AtomicInteger fast = new AtomicInteger();
        AtomicInteger fallback = new AtomicInteger();
        AtomicInteger equal = new AtomicInteger();
        Gen<BigDecimal[]> random = decimals().zip(decimals().map((BigDecimal d) -> d.signum() == 0 ? BigDecimal.ONE
                : d), integers().between(0, 100).map((Integer i) -> BigDecimal.valueOf(i)).mix(decimals(), 30),
                (n, d, b) -> new BigDecimal[] {n, d, b});
        Gen<BigDecimal[]> atBound = longs().between(1, Long.MAX_VALUE / 100).zip(integers().between(0, 100),
                (k, b) -> new BigDecimal[] {BigDecimal.valueOf(k).multiply(BigDecimal.valueOf(b)),
                        BigDecimal.valueOf(k).multiply(BigDecimal.valueOf(100)), BigDecimal.valueOf(b)});
        qt().withExamples(20_000).forAll(random.mix(atBound, 20)).checkAssert(t -> {
            BigDecimal num = t[0];
            BigDecimal den = t[1];
            BigDecimal bound = t[2];
            int exact = Integer.signum(Measure.compareRatioExact(num, den, bound));
            Integer quick = Measure.compareRatio(num, den, bound);
            if (quick == null) {
                fallback.incrementAndGet();
            } else {
                fast.incrementAndGet();
                equal.addAndGet(exact == 0 ? 1 : 0);
                assertThat(Integer.signum(quick)).as(num + "/" + den + " vs " + bound).isEqualTo(exact);
            }
        });
        assertThat(fast.get()).as("long path").isGreaterThan(5_000);
        assertThat(fallback.get()).as("exact fallback").isGreaterThan(500);
        assertThat(equal.get()).as("ratios exactly at the bound").isGreaterThan(10);
    }

    @Test
    void terminatingTestAgreesWithExactDivision() {
        AtomicInteger terminating = new AtomicInteger();
        AtomicInteger repeating = new AtomicInteger();
        qt().withExamples(5_000).forAll(decimals(), decimals().map((BigDecimal d) -> d.signum() == 0 ? BigDecimal.ONE : d))
                .checkAssert((num, den) -> {
                    boolean divides;
                    try {
                        num.divide(den);
                        divides = true;
                    } catch (ArithmeticException e) {
                        divides = false;
                    }
                    (divides ? terminating : repeating).incrementAndGet();
                    assertThat(Measure.terminates(num, den)).as(num + "/" + den).isEqualTo(divides);
                    if (!divides) {
                        assertThat(num.divide(den, MathContext.DECIMAL128)).isNotNull();
                    }
                });
        assertThat(terminating.get()).isGreaterThan(500);
        assertThat(repeating.get()).isGreaterThan(500);
    }

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private static boolean fitsLong(BigInteger x) {
        return x.compareTo(LONG_MIN) >= 0 && x.compareTo(LONG_MAX) <= 0;
    }

    /** A signed unscaled value: small, at a power of ten, or anywhere in the long range. */
    private static Gen<Long> signedUnscaled() {
        return longs().between(-1_000, 1_000).mix(longs().between(Long.MIN_VALUE + 1, Long.MAX_VALUE), 30)
                .mix(integers().between(0, 18).zip(integers().between(-1, 1), (e, d) -> BigInteger.TEN.pow(e)
                        .longValueExact() + d), 30);
    }

    /**
     * Two decimals in long arithmetic ({@code compareScaled}): the exact sign of a − b whenever the
     * operand with the smaller scale, brought to the other's scale, fits a long (at most 18 places
     * apart), and {@link Measure#OVERFLOW} only when it does not. The contract is written here in
     * big-number arithmetic; scales are drawn equal, near each other, 18 and 19 apart and far apart.
     */
    @Test
    void scaledComparisonInLongsIsExactOrSaysItOverflows() {
        AtomicInteger decided = new AtomicInteger();
        AtomicInteger overflow = new AtomicInteger();
        AtomicInteger equal = new AtomicInteger();
        AtomicInteger rescaledLeft = new AtomicInteger();
        AtomicInteger rescaledRight = new AtomicInteger();
        Gen<Integer> gaps = integers().between(-3, 3).mix(integers().between(17, 20).zip(booleans().all(),
                (g, neg) -> neg ? -g : g), 30).mix(integers().between(-60, 60), 15);
        Gen<long[]> pairs = signedUnscaled().zip(signedUnscaled(), integers().between(-130, 130), gaps,
                (a, b, sa, gap) -> new long[] {a, b, sa, sa + gap});
        // the same number at two scales: a = b · 10^gap, so that equality is reached across scales
        Gen<long[]> same = longs().between(-99_999, 99_999).zip(integers().between(0, 13), integers().between(-5, 5),
                (b, gap, sb) -> new long[] {b * BigInteger.TEN.pow(gap).longValueExact(), b, sb + gap, sb});
        qt().withExamples(20_000).forAll(pairs.mix(same, 20)).checkAssert(t -> {
            long a = t[0];
            long b = t[1];
            int sa = (int) t[2];
            int sb = (int) t[3];
            int exact = new BigDecimal(BigInteger.valueOf(a), sa).compareTo(new BigDecimal(BigInteger.valueOf(b), sb));
            int shift = Math.abs(sa - sb);
            boolean fits = sa == sb || shift <= 18 && fitsLong(BigInteger.valueOf(sa < sb ? a : b)
                    .multiply(BigInteger.TEN.pow(shift)));
            int quick = Measure.compareScaled(a, sa, b, sb);
            String what = a + "E-" + sa + " vs " + b + "E-" + sb;
            if (fits) {
                decided.incrementAndGet();
                equal.addAndGet(exact == 0 ? 1 : 0);
                (sa < sb ? rescaledLeft : rescaledRight).addAndGet(sa == sb ? 0 : 1);
                assertThat(quick).as(what).isNotEqualTo(Measure.OVERFLOW);
                assertThat(Integer.signum(quick)).as(what).isEqualTo(exact);
            } else {
                overflow.incrementAndGet();
                assertThat(quick).as(what).isEqualTo(Measure.OVERFLOW);
            }
        });
        assertThat(decided.get()).as("decided").isGreaterThan(5_000);
        assertThat(overflow.get()).as("overflowing").isGreaterThan(2_000);
        assertThat(equal.get()).as("equal across scales").isGreaterThan(1_000);
        assertThat(rescaledLeft.get()).as("the first operand rescaled").isGreaterThan(1_000);
        assertThat(rescaledRight.get()).as("the second operand rescaled").isGreaterThan(1_000);
    }

    /**
     * A ratio against a percentage in long arithmetic, each number as unscaled value and scale: the
     * exact sign of part × 100 − percentage × whole whenever both sides, brought to one scale, fit a
     * long (at most 18 places of rescaling), and {@link Measure#OVERFLOW} only when they do not.
     */
    @Test
    void ratioComparisonOfUnscaledValuesIsExactOrSaysItOverflows() {
        AtomicInteger decided = new AtomicInteger();
        AtomicInteger overflow = new AtomicInteger();
        AtomicInteger equal = new AtomicInteger();
        AtomicInteger edge = new AtomicInteger();
        Gen<Long> magnitudes = longs().between(0, 1_000).mix(longs().between(1, Long.MAX_VALUE), 25)
                .mix(integers().between(0, 18).map((Integer e) -> BigInteger.TEN.pow(e).longValueExact()), 25);
        Gen<Integer> scales = integers().between(-2, 3).mix(integers().between(-25, 25), 35);
        Gen<long[]> random = magnitudes.zip(magnitudes.map((Long d) -> d == 0 ? 1 : d), magnitudes,
                (n, d, b) -> new long[] {n, d, b}).zip(scales, scales, scales,
                (x, sn, sd, sb) -> new long[] {x[0], sn, x[1], sd, x[2], sb});
        // 0.40 of a whole at various scales against 40%: exactly at the bound
        Gen<long[]> atBound = longs().between(1, 1_000_000).zip(integers().between(0, 8), integers().between(0, 3),
                (w, sw, extra) -> new long[] {w * 4 * BigInteger.TEN.pow(extra).longValueExact(), sw + 1 + extra, w,
                    sw, 40, 0});
        qt().withExamples(20_000).forAll(random.mix(atBound, 15)).checkAssert(t -> {
            long n = t[0];
            int sn = (int) t[1];
            long d = t[2];
            int sd = (int) t[3];
            long b = t[4];
            int sb = (int) t[5];
            BigDecimal part = new BigDecimal(BigInteger.valueOf(n), sn);
            BigDecimal whole = new BigDecimal(BigInteger.valueOf(d), sd);
            BigDecimal bound = new BigDecimal(BigInteger.valueOf(b), sb);
            int exact = Integer.signum(Measure.compareRatioExact(part, whole, bound));
            int left = sb + sd;
            int right = sn;
            int min = Math.min(left, right);
            boolean fits = left - min <= 18 && right - min <= 18
                    && fitsLong(BigInteger.valueOf(n).multiply(BigInteger.valueOf(100))
                            .multiply(BigInteger.TEN.pow(left - min)))
                    && fitsLong(BigInteger.valueOf(b).multiply(BigInteger.valueOf(d))
                            .multiply(BigInteger.TEN.pow(right - min)));
            int quick = Measure.compareRatio(n, sn, d, sd, b, sb);
            String what = part + "/" + whole + " vs " + bound + "%";
            if (left - min == 18 || right - min == 18 || left - min == 19 || right - min == 19) {
                edge.incrementAndGet();
            }
            if (fits) {
                decided.incrementAndGet();
                equal.addAndGet(exact == 0 ? 1 : 0);
                assertThat(quick).as(what).isNotEqualTo(Measure.OVERFLOW);
                assertThat(Integer.signum(quick)).as(what).isEqualTo(exact);
            } else {
                overflow.incrementAndGet();
                assertThat(quick).as(what).isEqualTo(Measure.OVERFLOW);
            }
        });
        assertThat(decided.get()).as("decided").isGreaterThan(5_000);
        assertThat(overflow.get()).as("overflowing").isGreaterThan(2_000);
        assertThat(equal.get()).as("at the bound").isGreaterThan(1_000);
        assertThat(edge.get()).as("rescaled by 18 or 19 places").isGreaterThan(200);
    }

    /**
     * The comparison of decimal values chooses long arithmetic only when the three numbers fit
     * (18 digits): a part, whole or bound of 19 digits whose unscaled value would pass for
     * {@code Long.MIN_VALUE} is compared exactly.
     */
    @Test
    void aRatioWithANumberTooLongForALongIsComparedExactly() {
        BigDecimal huge = new BigDecimal("10000000000000000000");
        assertThat(Measure.compareRatio(BigDecimal.valueOf(5), BigDecimal.ONE, huge)).as("19-digit bound").isNull();
        assertThat(Measure.compareRatio(BigDecimal.ONE, huge, BigDecimal.ONE)).as("19-digit whole").isNull();
        assertThat(Measure.compareRatio(huge, BigDecimal.ONE, BigDecimal.ONE)).as("19-digit part").isNull();
        IndicatorDefinition share = new IndicatorDefinition("3.1", io.github.ntmlib.base.Labels.of("Tỷ lệ", "share"),
                io.github.ntmlib.core.data.ValueKind.RATIO, "%", true, java.util.List.of(), java.util.List.of(
                        ThresholdRule.always(Threshold.atLeast("1", Provenance.of("QĐ", "I")))));
        assertThat(Measure.compare(new io.github.ntmlib.core.data.Value.Ratio(BigDecimal.valueOf(5), BigDecimal.ONE),
                share, huge)).as("500 < 10^21").isNegative();
        assertThat(Measure.compare(new io.github.ntmlib.core.data.Value.Ratio(BigDecimal.ONE, huge), share,
                BigDecimal.ONE)).as("100 < 10^19").isNegative();
        assertThat(Measure.compare(new io.github.ntmlib.core.data.Value.Ratio(huge, BigDecimal.ONE), share,
                new BigDecimal("1000000000000000000000"))).as("10^21 = 10^21").isZero();
    }

    /**
     * A distance is exact whenever the quotient terminates, however many digits it has (a whole
     * of 2^100 gives a 100-place distance, more than 34 significant digits), and 34 significant
     * digits otherwise; a count's and a quantity's distance is the plain difference.
     */
    @Test
    void aTerminatingDistanceIsExactWhateverItsLength() {
        IndicatorDefinition share = new IndicatorDefinition("3.1", io.github.ntmlib.base.Labels.of("Tỷ lệ", "share"),
                io.github.ntmlib.core.data.ValueKind.RATIO, "%", true, java.util.List.of(), java.util.List.of(
                        ThresholdRule.always(Threshold.atLeast("1", Provenance.of("QĐ", "I")))));
        BigDecimal whole = new BigDecimal(BigInteger.TWO.pow(100));
        BigDecimal d = Measure.distance(new io.github.ntmlib.core.data.Value.Ratio(BigDecimal.ONE, whole), share,
                BigDecimal.ONE);
        BigDecimal exact = BigDecimal.ONE.subtract(BigDecimal.valueOf(100).divide(whole));
        assertThat(d).isEqualByComparingTo(exact);
        assertThat(d.precision()).as("more than 34 digits, none rounded").isGreaterThan(34);
        BigDecimal third = Measure.distance(new io.github.ntmlib.core.data.Value.Ratio(BigDecimal.ONE,
                BigDecimal.valueOf(3)), share, BigDecimal.valueOf(34));
        assertThat(third.precision()).as("2/3 to 34 digits").isEqualTo(34);
        assertThat(Measure.distance(new io.github.ntmlib.core.data.Value.Count(7), share, BigDecimal.TEN))
                .isEqualByComparingTo("3");
        assertThat(Measure.distance(new io.github.ntmlib.core.data.Value.Quantity(new BigDecimal("12.50"), "ha"),
                share, BigDecimal.TEN)).isEqualTo(new BigDecimal("2.5"));
        BigDecimal hundred = Measure.distance(new io.github.ntmlib.core.data.Value.Count(0), share,
                new BigDecimal("1E+2"));
        assertThat(hundred).as("a whole distance is written without an exponent").isEqualTo(new BigDecimal("100"));
        assertThat(hundred.scale()).isZero();
        assertThat(hundred.toString()).isEqualTo("100");
        assertThat(Measure.terminates(BigDecimal.ZERO, BigDecimal.valueOf(3))).as("zero over anything").isTrue();
        assertThat(Measure.terminates(BigDecimal.ZERO, new BigDecimal(BigInteger.valueOf(3).pow(50)))).isTrue();
    }
}
