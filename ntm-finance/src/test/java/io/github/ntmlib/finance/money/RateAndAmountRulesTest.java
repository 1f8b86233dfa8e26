package io.github.ntmlib.finance.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.base.NumberStyle;
import io.github.ntmlib.finance.FinanceDataException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: what a rate and an amount accept and refuse at their edges, and that equal values are
 * equal and unequal ones are not.
 */
class RateAndAmountRulesTest {

    @Test
    void aRateOfDecimalsNeedsAPositiveWholeAndBothParts() {
        assertThat(Rate.of(new BigDecimal("231.487"), new BigDecimal("301.86")))
                .isEqualTo(Rate.of(231_487, 301_860));
        assertThatThrownBy(() -> Rate.of(BigDecimal.ONE, BigDecimal.ZERO)).isInstanceOf(FinanceDataException.class)
                .hasMessageContaining("base of a rate must be positive");
        assertThatThrownBy(() -> Rate.of(BigDecimal.ONE, new BigDecimal("0.00")))
                .isInstanceOf(FinanceDataException.class).hasMessageContaining("base of a rate must be positive");
        assertThatThrownBy(() -> Rate.of((BigDecimal) null, BigDecimal.ONE)).isInstanceOf(FinanceDataException.class)
                .hasMessageContaining("part");
        assertThatThrownBy(() -> Rate.of(BigDecimal.ONE, (BigDecimal) null)).isInstanceOf(FinanceDataException.class)
                .hasMessageContaining("whole");
    }

    @Test
    void aPrintedPercentageEndsWithItsSignAndIsNotNegative() {
        assertThat(Rate.parsePercent("0%", NumberStyle.PLAIN)).isEqualTo(Rate.of(0, 1));
        assertThat(Rate.parsePercent("69,4%", NumberStyle.VI_VN)).isEqualTo(Rate.of(347, 500));
        assertThatThrownBy(() -> Rate.parsePercent(null, NumberStyle.PLAIN)).isInstanceOf(FinanceDataException.class)
                .hasMessageContaining("ends with '%'");
        assertThatThrownBy(() -> Rate.parsePercent("69.4", NumberStyle.PLAIN))
                .isInstanceOf(FinanceDataException.class).hasMessageContaining("ends with '%'");
        assertThatThrownBy(() -> Rate.parsePercent("-0.1%", NumberStyle.PLAIN))
                .isInstanceOf(FinanceDataException.class).hasMessageContaining("must not be negative");
    }

    @Test
    void printedDecimalsAreZeroOrMore() {
        assertThat(Rate.of(2, 3).percent(0)).isEqualByComparingTo("67");
        assertThatThrownBy(() -> Rate.of(2, 3).percent(-1)).isInstanceOf(FinanceDataException.class)
                .hasMessageContaining("decimals must be 0 or more");
        assertThat(Vnd.ofDong(1_500_000).format(ReportUnit.MILLION, 0, NumberStyle.PLAIN)).isEqualTo("2");
        assertThatThrownBy(() -> Vnd.ofDong(1).format(ReportUnit.MILLION, -1, NumberStyle.PLAIN))
                .isInstanceOf(FinanceDataException.class).hasMessageContaining("decimals must be 0 or more");
    }

    @Test
    void aPrintedRateIsCheckedOnlyWhenItIsAPercentage() {
        Rate r = Rate.of(411_626, 593_139);
        assertThat(r.checkPrinted("NTM 2024", "69,4%", NumberStyle.VI_VN)).isEmpty();
        assertThat(r.checkPrinted("NTM 2024", "69,5%", NumberStyle.VI_VN)).get()
                .satisfies(w -> assertThat(w.toString()).contains("69,4%"));
        assertThatThrownBy(() -> r.checkPrinted("NTM 2024", null, NumberStyle.VI_VN))
                .isInstanceOf(FinanceDataException.class).hasMessageContaining("ends with '%'");
        assertThatThrownBy(() -> r.checkPrinted("NTM 2024", "69,4", NumberStyle.VI_VN))
                .isInstanceOf(FinanceDataException.class).hasMessageContaining("ends with '%'");
        assertThatThrownBy(() -> r.checkPrinted(null, "69,4%", NumberStyle.VI_VN))
                .isInstanceOf(FinanceDataException.class).hasMessageContaining("subject");
    }

    @Test
    void ratesAreEqualExactlyWhenTheirFractionsAre() {
        assertThat(Rate.of(2, 4)).isEqualTo(Rate.of(1, 2)).hasSameHashCodeAs(Rate.of(1, 2));
        assertThat(Rate.of(1, 2)).isNotEqualTo(Rate.of(1, 3)).isNotEqualTo("1/2");
        assertThat(Rate.of(1, 2).hashCode()).isNotEqualTo(Rate.of(1, 3).hashCode());
        assertThat(Rate.of(2, 4)).hasToString(Rate.of(1, 2).fraction().toString());
        assertThat(Rate.of(2, 4).toString()).isNotEmpty();
    }

    @Test
    void theLargerAndTheSmallerOfTwoAmounts() {
        Vnd one = Vnd.ofDong(1);
        Vnd two = Vnd.ofDong(2);
        assertThat(one.max(two)).isEqualTo(two);
        assertThat(two.max(one)).isEqualTo(two);
        assertThat(one.min(two)).isEqualTo(one);
        assertThat(two.min(one)).isEqualTo(one);
        assertThat(one.min(one)).isEqualTo(one);
    }

    @Test
    void anAmountInAUnitKeepsItsExactDecimalsAndNoTrailingZeros() {
        assertThat(Vnd.ofDong(46_372_000_000L).in(ReportUnit.BILLION)).isEqualTo(new BigDecimal("46.372"));
        assertThat(Vnd.ofDong(46_000_000_000L).in(ReportUnit.BILLION)).isEqualTo(new BigDecimal("46"));
        assertThat(Vnd.ofDong(40_000_000_000L).in(ReportUnit.BILLION)).isEqualTo(new BigDecimal("40"));
        assertThat(Vnd.ofDong(40_000_000_000L).format(ReportUnit.BILLION, NumberStyle.VI_VN)).isEqualTo("40 tỷ đồng");
    }
}
