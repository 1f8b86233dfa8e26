package io.github.ntmlib.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.ntmlib.base.Figures;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Round trips of report claims: a share or a plan ratio printed the way reports print it (vi-VN,
 * half-up at the printed digits, trailing zeros dropped) is read back with its parts and found
 * consistent; one unit more at the last printed digit is a mismatch.
 */
class ReportClaimsPropertyTest {

    /** Parts and wholes biased to the edges: 0, equal parts, 1, grouped thousands, above the whole. */
    private static Gen<int[]> ratios(int max) {
        Gen<Integer> whole = integers().between(1, max).mix(integers().between(1, 3), 30);
        Gen<Integer> digits = integers().between(0, 2);
        return whole.flatMap(w -> integers().between(0, Math.min(max, w * 2)).mix(integers().between(0, 1)
                .map(z -> z == 0 ? 0 : w), 30).zip(digits, (p, d) -> new int[] {p, w, d}));
    }

    private static BigDecimal oneMore(String printed) {
        BigDecimal value = new BigDecimal(printed.replace(".", "").replace(',', '.'));
        return value.add(BigDecimal.ONE.movePointLeft(Math.max(0, value.scale())));
    }

    @Test
    void aSharePrintedAsReportsPrintItIsConsistentAndOneUnitMoreIsNot() {
        AtomicInteger zero = new AtomicInteger();
        AtomicInteger full = new AtomicInteger();
        AtomicInteger grouped = new AtomicInteger();
        AtomicInteger stripped = new AtomicInteger();
        qt().withExamples(400).forAll(ratios(2_000_000)).checkAssert(r -> {
            int part = r[0];
            int whole = r[1];
            int digits = r[2];
            String pct = Figures.formatPercent(part, whole, digits, Figures.VI).replace("%", "");
            String text = "có " + Figures.format(part, Figures.VI) + "/" + Figures.format(whole, Figures.VI)
                    + " xã đạt chuẩn (đạt " + pct + "%).";
            List<Claim> claims = ReportClaims.scan(text).claims();
            assertThat(claims).as(text).singleElement().satisfies(c -> {
                assertThat(c.part()).isEqualByComparingTo(BigDecimal.valueOf(part));
                assertThat(c.whole()).isEqualByComparingTo(BigDecimal.valueOf(whole));
                assertThat(c.isConsistent()).as(text).isTrue();
            });
            String wrong = text.replace("(đạt " + pct + "%)", "(đạt " + Figures.format(oneMore(pct), Figures.VI) + "%)");
            assertThat(ReportClaims.scan(wrong).claims()).as(wrong).singleElement()
                    .satisfies(c -> assertThat(c.isConsistent()).isFalse());
            zero.addAndGet(part == 0 ? 1 : 0);
            full.addAndGet(part == whole ? 1 : 0);
            grouped.addAndGet(whole >= 1000 ? 1 : 0);
            stripped.addAndGet(digits > 0 && !pct.contains(",") ? 1 : 0);
        });
        assertThat(zero.get()).as("part 0").isPositive();
        assertThat(full.get()).as("part = whole").isPositive();
        assertThat(grouped.get()).as("grouped thousands").isPositive();
        assertThat(stripped.get()).as("trailing zeros dropped").isPositive();
    }

    @Test
    void aCountAgainstAPlanStatedInTheSentenceRoundTrips() {
        AtomicInteger met = new AtomicInteger();
        AtomicInteger over = new AtomicInteger();
        qt().withExamples(300).forAll(ratios(999)).checkAssert(r -> {
            int count = r[0];
            int plan = r[1];
            String pct = Figures.formatPercent(count, plan, r[2], Figures.VI).replace("%", "");
            for (String text : List.of("Năm nay có thêm " + count + " xã đạt chuẩn, đạt " + pct + "% KH (kế hoạch " + plan
                    + " xã).", "Xã NTM nâng cao đạt " + pct + "% KH (" + count + " xã đạt chuẩn/KH " + plan + " xã).")) {
                assertThat(ReportClaims.scan(text).claims()).as(text).singleElement().satisfies(c -> {
                    assertThat(c.part()).isEqualByComparingTo(BigDecimal.valueOf(count));
                    assertThat(c.whole()).isEqualByComparingTo(BigDecimal.valueOf(plan));
                    assertThat(c.isConsistent()).isTrue();
                });
                String wrong = text.replace(pct + "% KH", Figures.format(oneMore(pct), Figures.VI) + "% KH");
                assertThat(ReportClaims.scan(wrong).claims()).as(wrong).singleElement()
                        .satisfies(c -> assertThat(c.isConsistent()).isFalse());
            }
            met.addAndGet(count == plan ? 1 : 0);
            over.addAndGet(count > plan ? 1 : 0);
        });
        assertThat(met.get()).as("plan met exactly").isPositive();
        assertThat(over.get()).as("plan exceeded").isPositive();
    }

    /**
     * A money total printed with its breakdown, each part in triệu or tỷ đồng as reports print
     * them, is found consistent exactly when the parts add up: one triệu more in the total is
     * "short", one triệu less "exceeds".
     */
    @Test
    void aTotalOfMoneyAndItsPartsInMixedUnitsAddUpExactly() {
        AtomicInteger mixed = new AtomicInteger();
        AtomicInteger many = new AtomicInteger();
        AtomicInteger zeroPart = new AtomicInteger();
        AtomicInteger subsets = new AtomicInteger();
        AtomicInteger beyond = new AtomicInteger();
        Gen<List<Integer>> partsInTrieu = lists().of(integers().between(0, 5_000_000).mix(integers().between(0, 2), 10))
                .ofSizeBetween(2, 6);
        qt().withExamples(300).forAll(partsInTrieu, integers().between(0, 1 << 6)).checkAssert((parts, tyMask) -> {
            long total = parts.stream().mapToLong(Integer::longValue).sum();
            StringBuilder breakdown = new StringBuilder();
            for (int i = 0; i < parts.size(); i++) {
                long p = parts.get(i);
                boolean ty = (tyMask >> i & 1) == 1;
                breakdown.append(i == 0 ? "" : i % 2 == 0 ? "; " : ", ").append("nguồn ").append((char) ('A' + i))
                        .append(" là ").append(ty ? Figures.format(BigDecimal.valueOf(p).movePointLeft(3)
                                .stripTrailingZeros(), Figures.VI) + " tỷ đồng" : Figures.format(p, Figures.VI)
                                + " triệu đồng");
                mixed.addAndGet(ty && i > 0 && (tyMask >> (i - 1) & 1) == 0 ? 1 : 0);
                zeroPart.addAndGet(p == 0 ? 1 : 0);
            }
            many.addAndGet(parts.size() > 3 ? 1 : 0);
            for (long delta : new long[] {0, 1, -1}) {
                if (total + delta < 0) {
                    continue;
                }
                String text = "Tổng vốn năm 2025 là " + Figures.format(total + delta, Figures.VI)
                        + " triệu đồng, trong đó: " + breakdown + ".";
                if (BigDecimal.valueOf(total).compareTo(BigDecimal.valueOf(total + delta).multiply(new BigDecimal("0.75"))) < 0) {
                    // parts below three quarters of their total read as subsets: not assessed
                    assertThat(ReportClaims.scan(text).amounts()).as(text).isEmpty();
                    subsets.incrementAndGet();
                    continue;
                }
                int prefix = delta < 0 ? prefixBeforeSemicolon(parts, total + delta) : -1;
                if (prefix > 0) {
                    // the first parts make up the total exactly and a "; " goes on: those are the breakdown
                    final int n = prefix;
                    assertThat(ReportClaims.scan(text).amounts()).as(text).singleElement().satisfies(sum -> {
                        assertThat(sum.parts()).isEqualTo(n);
                        assertThat(sum.isConsistent()).isTrue();
                    });
                    beyond.incrementAndGet();
                    continue;
                }
                if (BigDecimal.valueOf(total).compareTo(BigDecimal.valueOf(total + delta).multiply(new BigDecimal("1.25"))) > 0) {
                    // parts more than a quarter above their total read as gathered from beyond it: not assessed
                    assertThat(ReportClaims.scan(text).amounts()).as(text).isEmpty();
                    beyond.incrementAndGet();
                    continue;
                }
                assertThat(ReportClaims.scan(text).amounts()).as(text).singleElement().satisfies(sum -> {
                    assertThat(sum.parts()).isEqualTo(parts.size());
                    assertThat(sum.partsSum()).isEqualByComparingTo(BigDecimal.valueOf(total));
                    assertThat(sum.isConsistent()).isEqualTo(delta == 0);
                    assertThat(sum.shortOfTotal()).isEqualTo(delta > 0);
                    assertThat(sum.exceedsTotal()).isEqualTo(delta < 0);
                });
            }
        });
        assertThat(mixed.get()).as("tỷ after triệu").isPositive();
        assertThat(many.get()).as("more than three parts").isPositive();
        assertThat(zeroPart.get()).as("a part of 0").isPositive();
        assertThat(subsets.get()).as("parts far below their total").isPositive();
        assertThat(beyond.get()).as("parts far above their total, or a first run of them that makes it up").isPositive();
    }

    /**
     * How many first parts (at least two, fewer than all) add up to {@code total} exactly with a "; " after
     * them (the separator before every even part from the third on), or -1.
     */
    private static int prefixBeforeSemicolon(List<Integer> parts, long total) {
        long sum = 0;
        for (int i = 0; i + 1 < parts.size(); i++) {
            sum += parts.get(i);
            if (sum > total) {
                return -1;
            }
            if (sum == total && i >= 1 && (i + 1) % 2 == 0) {
                return i + 1;
            }
        }
        return -1;
    }
}
