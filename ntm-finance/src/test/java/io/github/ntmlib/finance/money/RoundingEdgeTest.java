package io.github.ntmlib.finance.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.ntmlib.base.NumberStyle;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Pinned half-up ties: figures that end exactly in 5 at the first dropped digit. Half-even (and
 * half-down) would print the lower figure wherever the kept digit is even; half-up never does.
 */
class RoundingEdgeTest {

    @Test
    void exactTiesRoundUp() {
        assertThat(Rate.of(1, 8).format(0, NumberStyle.VI_VN)).isEqualTo("13%"); // 12.5: half-even gives 12
        assertThat(Rate.of(5, 8).format(0, NumberStyle.PLAIN)).isEqualTo("63%"); // 62.5: half-even gives 62
        assertThat(Rate.of(1, 2_000).format(1, NumberStyle.VI_VN)).isEqualTo("0,1%"); // 0.05: half-even 0.0
        assertThat(Rate.of(1_205, 2_000).format(1, NumberStyle.VI_VN)).isEqualTo("60,3%"); // 60.25 at 1 digit
        assertThat(Rate.of(1_205, 2_000).format(2, NumberStyle.VI_VN)).isEqualTo("60,25%"); // no tie: exact
        assertThat(Vnd.ofDong(2_500_000).format(ReportUnit.MILLION, 0, NumberStyle.VI_VN)).isEqualTo("3 triệu đồng");
        assertThat(Vnd.ofDong(46_372_500_000L).format(ReportUnit.BILLION, 3, NumberStyle.VI_VN))
                .isEqualTo("46,373 tỷ đồng"); // half-even gives 46,372
        assertThat(Vnd.ofDong(-2_500_000).format(ReportUnit.MILLION, 0, NumberStyle.PLAIN)).isEqualTo("-3");
    }

    /** (2k + 1) / 200 is exactly k + ½ percent: printed without decimals it is always k + 1. */
    @Test
    void everyExactHalfPercentRoundsUp() {
        AtomicInteger evenKept = new AtomicInteger();
        AtomicInteger draws = new AtomicInteger();
        qt().withExamples(1_000).forAll(integers().between(0, 100_000)).checkAssert(k -> {
            draws.incrementAndGet();
            if (k % 2 == 0) {
                evenKept.incrementAndGet(); // half-even would print k here
            }
            assertThat(Rate.of(2L * k + 1, 200).format(0, NumberStyle.PLAIN)).isEqualTo((k + 1) + "%");
            assertThat(Rate.of(2L * k + 1, 200).percent(0).longValueExact()).isEqualTo(k + 1L);
        });
        assertThat(evenKept.get()).isBetween(draws.get() / 4, draws.get() * 3 / 4);
    }

    @Test
    void aRateIsAtLeastItsThresholdExactlyAtItAndNotJustBelow() {
        Rate forty = Rate.of(40, 100);
        assertThat(Rate.of(2, 5).isAtLeast(forty)).isTrue();
        assertThat(Rate.of(400_000_000_000L, 1_000_000_000_000L).isAtLeast(forty)).isTrue();
        assertThat(Rate.of(399_999_999_999L, 1_000_000_000_000L).isAtLeast(forty)).isFalse();
        assertThat(Rate.of(69, 169).isAtLeast(Rate.of(69, 169))).isTrue();
        assertThat(Rate.of(68, 169).isAtLeast(Rate.of(69, 169))).isFalse();
        // 79.99% prints as 80.0% at one digit but is below 80%.
        assertThat(Rate.of(7_999, 10_000).format(1, NumberStyle.VI_VN)).isEqualTo("80,0%");
        assertThat(Rate.of(7_999, 10_000).isAtLeast(Rate.of(80, 100))).isFalse();
        assertThat(Rate.of(7_999, 10_000).fraction().isAtLeastPercent(new java.math.BigDecimal("79.99"))).isTrue();
    }
}
