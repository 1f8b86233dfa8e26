package io.github.ntmlib.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: report figures as printed (half-up at the printed digits, no trailing zeros, vi-VN and
 * English separators), percentages printed consistently with the threshold they are compared
 * with, strict reading of missing input, and fractions that differ being unequal.
 */
class ReportFiguresTest {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void aShareOfAWholeOfZeroHasNoValue() {
        assertThatThrownBy(() -> Figures.percent(BigDecimal.ONE, BigDecimal.ZERO, 1))
                .isInstanceOf(ArithmeticException.class).hasMessageContaining("has no value");
        assertThat(Figures.percent(d("69"), d("169"), 1)).isEqualByComparingTo("40.8");
    }

    @Test
    void percentagesPrintHalfUpWithoutTrailingZerosInBothLanguages() {
        assertThat(Figures.formatPercent(2, 3, 1, Figures.VI)).isEqualTo("66,7%");
        assertThat(Figures.formatPercent(2, 3, 1, Locale.ENGLISH)).isEqualTo("66.7%");
        assertThat(Figures.formatPercent(3, 4, 1, Figures.VI)).isEqualTo("75%");
        assertThat(Figures.formatPercent(10, 10, 2, Figures.VI)).isEqualTo("100%");
        assertThat(Figures.formatPercent(1, 8, 1, Figures.VI)).as("12.5 half-up at 1 digit").isEqualTo("12,5%");
        assertThat(Figures.formatPercent(1, 8, 0, Figures.VI)).as("12.5 half-up at 0 digits").isEqualTo("13%");
        assertThat(Figures.format(1205, Figures.VI)).isEqualTo("1.205");
        assertThat(Figures.format(-1205, Locale.ENGLISH)).isEqualTo("-1,205");
    }

    @Test
    void numbersPrintAtMostTheirDigitsHalfUpAndWithoutTrailingZeros() {
        assertThat(Figures.formatNumber(d("79.95"), 1, Language.VIETNAMESE)).isEqualTo("80");
        assertThat(Figures.formatNumber(d("79.94"), 1, Language.VIETNAMESE)).isEqualTo("79,9");
        assertThat(Figures.formatNumber(d("1205"), 2, Language.VIETNAMESE)).isEqualTo("1.205");
        assertThat(Figures.formatNumber(d("40.50"), 2, Language.ENGLISH)).isEqualTo("40.5");
        assertThat(Figures.formatNumber(d("400"), 0, Language.ENGLISH)).isEqualTo("400");
    }

    @Test
    void aPercentagePrintedBesideAThresholdSidesWithTheExactShare() {
        // 7,999/10,000 = 79.99% is below 80: never printed "80%".
        assertThat(Figures.formatPercentConsistent(d("7999"), d("10000"), d("80"), 1, Language.VIETNAMESE))
                .isEqualTo("79,99%");
        // Exactly at the bound: printed as the bound.
        assertThat(Figures.formatPercentConsistent(d("4"), d("5"), d("80"), 1, Language.ENGLISH)).isEqualTo("80%");
        // 80.004% is above 80: printed "80.004", never "80" (which would read as equal).
        assertThat(Figures.percentConsistent(d("80004"), d("100000"), d("80"), 1)).isEqualByComparingTo("80.004");
        // Far from the bound the fewest digits do.
        assertThat(Figures.percentConsistent(d("1"), d("3"), d("80"), 1)).isEqualByComparingTo("33.3");
        assertThat(Figures.percentConsistent(d("2"), d("3"), d("60"), 0)).isEqualByComparingTo("67");
        // A negative whole turns the comparison round: -9/-10 is 90%, above 80.
        assertThat(Figures.percentConsistent(d("-9"), d("-10"), d("80"), 0)).isEqualByComparingTo("90");
        // 33⅓% lies above a bound of 36 threes after the point, but every rounding to 30 digits or
        // fewer lies below it: the search stops after 30 more digits and keeps the last figure.
        assertThat(Figures.percentConsistent(d("1"), d("3"), d("33.333333333333333333333333333333333333"), 0)
                .scale()).isEqualTo(30);
    }

    @Test
    void missingNumbersAndStylesAreTypedErrors() {
        assertThatThrownBy(() -> Figures.parse("1", null)).isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("style");
        assertThatThrownBy(() -> Figures.parse(null, NumberStyle.PLAIN)).isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("a number is missing");
        assertThatThrownBy(() -> Figures.parse("  ", NumberStyle.VI_VN)).isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("a number is missing");
        assertThatThrownBy(() -> Figures.format(null, NumberStyle.PLAIN)).isInstanceOfSatisfying(
                InvalidDataException.class, e -> assertThat(e.field()).contains("value"));
        assertThatThrownBy(() -> Figures.format(BigDecimal.ONE, (NumberStyle) null)).isInstanceOfSatisfying(
                InvalidDataException.class, e -> assertThat(e.field()).contains("style"));
        assertThat(Figures.format(d("46.372"), NumberStyle.PLAIN)).isEqualTo("46.372");
        assertThat(Figures.format(d("46.372"), NumberStyle.VI_VN)).isEqualTo("46,372");
    }

    @Test
    void fractionsOfDifferentValueAreUnequalAndHashApart() {
        Fraction half = Fraction.of(1, 2);
        assertThat(half).isNotEqualTo(Fraction.of(1, 3)).isNotEqualTo("1/2");
        assertThat(half.hashCode()).isNotEqualTo(Fraction.of(1, 3).hashCode());
        assertThat(half.hashCode()).isNotEqualTo(Fraction.of(2, 1).hashCode());
        assertThat(Fraction.of(-2, 4)).isEqualTo(Fraction.of(1, -2)).hasSameHashCodeAs(Fraction.of(-1, 2));
    }
}
