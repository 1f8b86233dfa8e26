package io.github.ntmlib.core.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
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
}
