package io.github.ntmlib.core.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.core.locality.UnitKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Counting units below (a district's "at least 40% of its communes advanced", "at most 20%"):
 * the verdict is met when the condition holds however the units not assessed turn out, not met
 * when it fails however they turn out, and not assessed when they could still decide it; the
 * number still needed is the least number of units that must start (at least) or stop (at most)
 * holding the standard. Both are checked against a brute-force reading written here in integers
 * (count × 100 against percent × total), with percentages that divide the total exactly and
 * ones that do not, and counts that are refused (negative, or more than the total) as such.
 */
class AggregateCountingPropertyTest {

    private static final Provenance SOURCE = Provenance.of("QĐ 318/QĐ-TTg", "Phụ lục II");

    private static AggregateCriterion condition(Comparison comparison, BigDecimal percent) {
        return AggregateCriterion.of("P1", Labels.of("Tỷ lệ xã", "share of communes"), Set.of(UnitKind.COMMUNE),
                "commune-advanced", comparison, percent, SOURCE);
    }

    private static boolean holds(Comparison c, BigDecimal percent, int count, int total) {
        int sign = BigDecimal.valueOf(count * 100L).compareTo(percent.multiply(BigDecimal.valueOf(total)));
        return c.holds(sign);
    }

    private record Draw(Comparison comparison, BigDecimal percent, int total, int holding, int notAssessed) {
    }

    private static Gen<Draw> draws() {
        Gen<BigDecimal> percents = integers().between(0, 100).map((Integer i) -> BigDecimal.valueOf(i))
                .mix(integers().between(0, 10_000).map((Integer i) -> BigDecimal.valueOf(i, 2)), 40);
        return booleans().all().zip(percents, integers().between(0, 30), integers().between(0, 1_000),
                integers().between(0, 1_000), (atLeast, p, total, h, n) -> {
                    int holding = total == 0 ? 0 : h % (total + 1);
                    int notAssessed = total - holding == 0 ? 0 : n % (total - holding + 1);
                    return new Draw(atLeast ? Comparison.AT_LEAST : Comparison.AT_MOST, p, total, holding, notAssessed);
                });
    }

    @Test
    void theVerdictIsDecidedOnlyWhenTheUnitsNotAssessedCannotChangeIt() {
        AtomicInteger[] reached = new AtomicInteger[6];
        for (int i = 0; i < reached.length; i++) {
            reached[i] = new AtomicInteger();
        }
        qt().withExamples(4_000).forAll(draws()).checkAssert(d -> {
            AggregateCriterion a = condition(d.comparison(), d.percent());
            boolean always = true;
            boolean never = true;
            for (int k = 0; k <= d.notAssessed(); k++) {
                boolean h = holds(d.comparison(), d.percent(), d.holding() + k, d.total());
                always &= h;
                never &= !h;
            }
            Verdict want = always ? Verdict.MET : never ? Verdict.NOT_MET : Verdict.NOT_ASSESSED;
            String what = d.toString();
            assertThat(a.verdict(d.holding(), d.notAssessed(), d.total())).as(what).isEqualTo(want);
            int needed = a.needed(d.holding(), d.total());
            int least = 0;
            while (!holds(d.comparison(), d.percent(), d.comparison() == Comparison.AT_LEAST ? d.holding() + least
                    : d.holding() - least, d.total())) {
                least++;
            }
            assertThat(needed).as("needed " + what).isEqualTo(least);
            reached[want.ordinal()].incrementAndGet();
            reached[3 + d.comparison().ordinal()].addAndGet(want == Verdict.NOT_ASSESSED ? 1 : 0);
            if (needed > 0 && holds(d.comparison(), d.percent(), d.holding(), d.total()) == false
                    && d.percent().multiply(BigDecimal.valueOf(d.total())).remainder(BigDecimal.valueOf(100))
                            .signum() != 0) {
                reached[5].incrementAndGet();
            }
        });
        String[] names = {"met", "not met", "not assessed", "not assessed, at least", "not assessed, at most",
            "short of a bound that is not a whole number of units"};
        for (int i = 0; i < reached.length; i++) {
            assertThat(reached[i].get()).as(names[i]).isGreaterThan(100);
        }
    }

    /** At most 20% of 10: one holding and three unknown could still be three too many. */
    @Test
    void atMostIsNotAssessedWhileTheUnknownUnitsCouldStillBreakIt() {
        AggregateCriterion atMost = condition(Comparison.AT_MOST, BigDecimal.valueOf(20));
        assertThat(atMost.verdict(1, 3, 10)).isEqualTo(Verdict.NOT_ASSESSED);
        assertThat(atMost.verdict(1, 1, 10)).isEqualTo(Verdict.MET);
        assertThat(atMost.verdict(3, 0, 10)).isEqualTo(Verdict.NOT_MET);
        assertThat(atMost.needed(3, 10)).isEqualTo(1);
        AggregateCriterion atLeast = condition(Comparison.AT_LEAST, BigDecimal.valueOf(40));
        assertThat(atLeast.verdict(3, 1, 10)).as("3 + 1 of 10 could still reach 40%").isEqualTo(Verdict.NOT_ASSESSED);
        assertThat(atLeast.verdict(3, 0, 10)).isEqualTo(Verdict.NOT_MET);
        assertThat(atLeast.verdict(4, 0, 10)).isEqualTo(Verdict.MET);
        assertThat(atLeast.needed(3, 10)).isEqualTo(1);
    }

    /** Counts that cannot come from counting are refused, naming the condition. */
    @Test
    void countsThatCannotBeAreRefused() {
        AggregateCriterion a = condition(Comparison.AT_LEAST, BigDecimal.valueOf(40));
        for (int[] bad : List.of(new int[] {-1, 0, 5}, new int[] {0, -1, 5}, new int[] {4, 2, 5}, new int[] {6, 0, 5},
                new int[] {0, 6, 5})) {
            assertThatThrownBy(() -> a.verdict(bad[0], bad[1], bad[2])).as(java.util.Arrays.toString(bad))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("P1");
        }
        assertThat(a.verdict(3, 2, 5)).as("every unit counted once").isEqualTo(Verdict.MET);
        assertThat(a.verdict(0, 5, 5)).isEqualTo(Verdict.NOT_ASSESSED);
        AggregateTrace.restore("commune-ntm", CountingMode.COMPUTED, List.of("1", "2"), 3, Comparison.AT_LEAST,
                BigDecimal.TEN, 0, List.of("3"), Set.of(UnitKind.COMMUNE), SOURCE);
        assertThatThrownBy(() -> AggregateTrace.restore("commune-ntm", CountingMode.COMPUTED, List.of("1", "2"), 3,
                Comparison.AT_LEAST, BigDecimal.TEN, 0, List.of("3", "4"), Set.of(UnitKind.COMMUNE), SOURCE))
                .as("more units named than counted").isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 holding, 2 not assessed of 3");
    }
}
