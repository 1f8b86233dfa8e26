package io.github.ntmlib.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The 2030 target in xã: the least whole count reaching 65%, decided in integers. */
class PlanTargetTest {

    @Test
    void theTargetIsTheLeastCountReachingTheShareAndGrowsWithTheCommunes() {
        AtomicInteger exact = new AtomicInteger();
        AtomicInteger roundedUp = new AtomicInteger();
        AtomicInteger zero = new AtomicInteger();
        AtomicInteger large = new AtomicInteger();
        qt().withExamples(2000).forAll(integers().between(0, 20).mix(integers().between(21, 20_000))).checkAssert(n -> {
            int t = DemoReport2026.target(n);
            long share = (long) n * DemoReport2026.TARGET_PERCENT;
            assertThat((long) t * 100).isGreaterThanOrEqualTo(share);
            assertThat(t == 0 || (long) (t - 1) * 100 < share).isTrue();
            assertThat(DemoReport2026.target(n + 1)).isBetween(t, t + 1);
            (share % 100 == 0 ? exact : roundedUp).incrementAndGet();
            if (n == 0) {
                zero.incrementAndGet();
            }
            if (n > 10_000) {
                large.incrementAndGet();
            }
        });
        // the generator reaches both sides of the rounding, the empty province and large counts
        assertThat(exact.get()).isPositive();
        assertThat(roundedUp.get()).isPositive();
        assertThat(zero.get()).isPositive();
        assertThat(large.get()).isPositive();
    }

    @Test
    void hàTĩnhsSixtyXãGiveThirtyNine() {
        assertThat(DemoReport2026.target(60)).isEqualTo(39);
        assertThat(DemoReport2026.target(61)).isEqualTo(40);
        assertThat(DemoReport2026.target(1)).isEqualTo(1);
        assertThatThrownBy(() -> DemoReport2026.target(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
