package io.github.ntmlib.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Exact fractions: decided in integers, rounded half-up only when printed. */
class FractionTest {

    @Test
    void sixtyNineOfOneHundredSixtyNineIsAtLeastFortyPercentDecidedInIntegers() {
        Fraction f = Fraction.of(69, 169);
        assertThat(f.isAtLeastPercent(new BigDecimal("40"))).isTrue();
        assertThat(f.isAtLeastPercent(new BigDecimal("40.83"))).isFalse(); // 40.828...%
        assertThat(f.percent(1)).isEqualByComparingTo("40.8");
        assertThat(f.toString()).isEqualTo("69/169");
    }

    @Test
    void exactlyAtTheThresholdCountsAndJustBelowDoesNot() {
        assertThat(Fraction.of(4, 5).isAtLeastPercent(new BigDecimal("80"))).isTrue();
        assertThat(Fraction.of(7999, 10000).isAtLeastPercent(new BigDecimal("80"))).isFalse();
        assertThat(Fraction.of(4, 5).comparePercent(new BigDecimal("80"))).isZero();
    }

    @Test
    void halfUpAtThePrintedDigitsNotHalfEven() {
        assertThat(Fraction.of(1, 8).percent(1)).isEqualByComparingTo("12.5");
        assertThat(Fraction.of(1, 8).percent(0)).isEqualByComparingTo("13"); // half-even would give 12
        assertThat(Fraction.of(5, 200).toDecimal(2)).isEqualByComparingTo("0.03"); // 0.025 -> 0.03
    }

    @Test
    void theSignSitsOnTheNumerator() {
        Fraction f = Fraction.of(-139, -2); // 69.5
        assertThat(f.numerator()).isEqualTo(BigInteger.valueOf(139));
        assertThat(f.denominator()).isEqualTo(BigInteger.valueOf(2));
        assertThat(f.compareTo(Fraction.of(70))).isNegative();
        assertThat(Fraction.of(139, -2).compareTo(Fraction.of(0))).isNegative();
        assertThatThrownBy(() -> Fraction.of(1, 0)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void decimalsBecomeExactFractions() {
        assertThat(Fraction.of(new BigDecimal("79.9"), new BigDecimal("100"))).isEqualTo(Fraction.of(799, 1000));
        assertThat(Fraction.of(new BigDecimal("69.5")).compareTo(Fraction.of(139, 2))).isZero();
        assertThat(Fraction.of(1, 4).exactDecimal()).contains(new BigDecimal("0.25"));
        assertThat(Fraction.of(1, 3).exactDecimal()).isEmpty();
    }

    @Test
    void equalityIsByValueAndAgreesWithHashCodeAndOrder() {
        qt().forAll(longs().between(-10_000, 10_000), longs().between(1, 10_000), integers().between(1, 50))
                .checkAssert((n, d, k) -> {
                    Fraction a = Fraction.of(n, d);
                    Fraction b = Fraction.of(n * k, d * k);
                    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
                    assertThat(a.compareTo(b)).isZero();
                    assertThat(a.reduced()).isEqualTo(a);
                    assertThat(a.plus(Fraction.of(1)).compareTo(a)).isPositive();
                });
    }

    @Test
    void thePercentComparisonAgreesWithCrossMultiplication() {
        qt().forAll(integers().between(0, 2_000), integers().between(1, 2_000), integers().between(0, 1_000))
                .checkAssert((part, whole, tenths) -> {
                    BigDecimal percent = BigDecimal.valueOf(tenths, 1);
                    boolean expected = BigInteger.valueOf(part).multiply(BigInteger.valueOf(1000))
                            .compareTo(BigInteger.valueOf(tenths).multiply(BigInteger.valueOf(whole))) >= 0;
                    assertThat(Fraction.of(part, whole).isAtLeastPercent(percent)).isEqualTo(expected);
                });
    }
}
