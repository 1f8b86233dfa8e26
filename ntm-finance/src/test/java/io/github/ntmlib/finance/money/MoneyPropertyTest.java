package io.github.ntmlib.finance.money;

import io.github.ntmlib.base.NumberStyle;
import io.github.ntmlib.base.Figures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class MoneyPropertyTest {

    private static final long LIMIT = 1_000_000_000_000_000L;

    @Test
    void additionAndSubtractionAreExactInverses() {
        qt().forAll(longs().between(-LIMIT, LIMIT), longs().between(-LIMIT, LIMIT)).check((a, b) -> {
            Vnd x = Vnd.ofDong(a);
            Vnd y = Vnd.ofDong(b);
            return x.plus(y).minus(y).equals(x) && x.plus(y).equals(y.plus(x))
                    && x.plus(y).dong() == a + b;
        });
    }

    @Test
    void formattingThenParsingGivesBackTheSameAmountInEveryUnitAndStyle() {
        qt().forAll(longs().between(-LIMIT, LIMIT), integers().between(0, 2), integers().between(0, 1))
                .checkAssert((dong, unitIndex, styleIndex) -> {
                    Vnd amount = Vnd.ofDong(dong);
                    ReportUnit unit = ReportUnit.values()[unitIndex];
                    NumberStyle style = NumberStyle.values()[styleIndex];
                    String exact = amount.format(unit, style);
                    String fixed = amount.format(unit, unit.exponent(), style);
                    if (style == NumberStyle.VI_VN) {
                        assertThat(Vnd.parse(exact)).isEqualTo(amount);
                        assertThat(Vnd.parse(fixed)).isEqualTo(amount);
                    } else {
                        assertThat(Vnd.parse(exact, style, unit)).isEqualTo(amount);
                        assertThat(Vnd.parse(fixed, style, unit)).isEqualTo(amount);
                    }
                });
    }

    @Test
    void numberTextRoundTripsAnyDecimal() {
        qt().forAll(longs().all(), integers().between(0, 12), integers().between(0, 1))
                .checkAssert((unscaled, scale, styleIndex) -> {
                    BigDecimal value = BigDecimal.valueOf(unscaled, scale);
                    NumberStyle style = NumberStyle.values()[styleIndex];
                    assertThat(Figures.parse(Figures.format(value, style), style)).isEqualTo(value);
                });
    }

    @Test
    void ratesAreNonNegativeExactAndRoundedHalfUpOnlyWhenPrinted() {
        qt().forAll(longs().between(0, LIMIT), longs().between(1, LIMIT), integers().between(0, 4))
                .checkAssert((part, whole, decimals) -> {
                    Rate rate = Rate.of(Vnd.ofDong(part), Vnd.ofDong(whole));
                    assertThat(rate.numerator().signum()).isGreaterThanOrEqualTo(0);
                    // exact: the fraction equals part/whole by cross-multiplication
                    assertThat(rate.numerator().multiply(BigInteger.valueOf(whole)))
                            .isEqualTo(rate.denominator().multiply(BigInteger.valueOf(part)));
                    BigDecimal exactish = new BigDecimal(BigInteger.valueOf(part).multiply(BigInteger.valueOf(100)))
                            .divide(BigDecimal.valueOf(whole), decimals + 10, RoundingMode.DOWN);
                    BigDecimal printed = rate.percent(decimals);
                    BigDecimal half = BigDecimal.valueOf(5, decimals + 1);
                    assertThat(printed.subtract(exactish).abs()).isLessThanOrEqualTo(half);
                    assertThat(printed.signum()).isGreaterThanOrEqualTo(0);
                });
    }

    @Test
    void printedPercentagesParseBackToTheRoundedValue() {
        qt().forAll(longs().between(0, LIMIT), longs().between(1, LIMIT), integers().between(0, 4),
                integers().between(0, 1)).checkAssert((part, whole, decimals, styleIndex) -> {
                    NumberStyle style = NumberStyle.values()[styleIndex];
                    Rate rate = Rate.of(part, whole);
                    Rate printed = Rate.parsePercent(rate.format(decimals, style), style);
                    assertThat(printed.percent(decimals)).isEqualTo(rate.percent(decimals));
                    assertThat(Rate.parsePercent(printed.format(decimals, style), style)).isEqualTo(printed);
                });
    }
}
