package io.github.ntmlib.finance.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.ntmlib.finance.money.Vnd;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The edges of apportionment: house monotonicity of the divisor methods, the Alabama paradox of
 * the largest-remainder method, the order of the last seat, and the string-order tie-break reached
 * with codes of different widths.
 */
class ApportionmentEdgeTest {

    private static final Vnd UNIT = Vnd.ofMillions(1);
    private static final int DRAWS = 2_000;

    /** Unit codes of widths 1 to 4 in no order: string order ("10" before "7") differs from numeric. */
    private static final String[] CODES = {"7", "10", "3", "100", "25", "9", "42", "5", "1000", "64", "11", "2"};

    static String code(int i) {
        return CODES[i];
    }

    /** Small whole points, so that equal claims (ties) are frequent; at least one positive. */
    private static Gen<List<Integer>> smallPoints() {
        return lists().of(integers().between(0, 6)).ofSizeBetween(2, 9).assuming(l -> l.stream().anyMatch(p -> p > 0));
    }

    private static List<Claimant> claimants(List<Integer> points) {
        List<Claimant> out = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            out.add(Claimant.withPoints(code(i), "p", BigDecimal.valueOf(points.get(i))));
        }
        return out;
    }

    private static long units(Allocation a, String code) {
        return a.share(code).orElseThrow().apportioned().dong() / UNIT.dong();
    }

    private static long[] seats(long pool, ApportionmentMethod method, int... points) {
        List<Claimant> claimants = new ArrayList<>();
        for (int i = 0; i < points.length; i++) {
            claimants.add(Claimant.withPoints(String.valueOf((char) ('A' + i)), "p", BigDecimal.valueOf(points[i])));
        }
        Allocation a = Allocation.of(UNIT.times(pool), claimants, method);
        long[] out = new long[points.length];
        for (int i = 0; i < points.length; i++) {
            out[i] = units(a, String.valueOf((char) ('A' + i)));
        }
        return out;
    }

    @Test
    void theOrderOfTheLastSeatSeparatesTheMethods() {
        // Weights 5/3/2. D'Hondt priorities 5, 3, 2.5, 2, 1.67, 1.5: seats go A, B, A, C.
        // Sainte-Laguë priorities 5, 3, 2, 1.67, 1: seats go A, B, C, A.
        assertThat(seats(3, ApportionmentMethod.D_HONDT, 5, 3, 2)).containsExactly(2, 1, 0);
        assertThat(seats(3, ApportionmentMethod.SAINTE_LAGUE, 5, 3, 2)).containsExactly(1, 1, 1);
        assertThat(seats(4, ApportionmentMethod.D_HONDT, 5, 3, 2)).containsExactly(2, 1, 1);
        assertThat(seats(4, ApportionmentMethod.SAINTE_LAGUE, 5, 3, 2)).containsExactly(2, 1, 1);
        // Largest remainder, 4 seats: quotas 2, 1.2, 0.8; the one seat left goes to C (0.8).
        assertThat(seats(4, ApportionmentMethod.LARGEST_REMAINDER, 5, 3, 2)).containsExactly(2, 1, 1);
        // D'Hondt, 5 seats: A's third claim 5/3 beats B's second 3/2.
        assertThat(seats(5, ApportionmentMethod.D_HONDT, 5, 3, 2)).containsExactly(3, 1, 1);
    }

    /**
     * The Alabama paradox: with weights 6, 6, 2 (total 14), 10 seats give quotas 4.29, 4.29, 1.43
     * and the one seat left after the floors goes to C (remainder 0.43): 4, 4, 2. With 11 seats
     * the quotas are 4.71, 4.71, 1.57 and the two seats left go to A and B (0.71 each): 5, 5, 1.
     * One seat more for the house, one seat less for C. The divisor methods never do this.
     */
    @Test
    void largestRemainderShowsTheAlabamaParadoxAndTheDivisorMethodsDoNot() {
        assertThat(seats(10, ApportionmentMethod.LARGEST_REMAINDER, 6, 6, 2)).containsExactly(4, 4, 2);
        assertThat(seats(11, ApportionmentMethod.LARGEST_REMAINDER, 6, 6, 2)).containsExactly(5, 5, 1);
        for (ApportionmentMethod method : List.of(ApportionmentMethod.D_HONDT, ApportionmentMethod.SAINTE_LAGUE)) {
            long[] ten = seats(10, method, 6, 6, 2);
            long[] eleven = seats(11, method, 6, 6, 2);
            for (int i = 0; i < 3; i++) {
                assertThat(eleven[i]).as(method + " unit " + i).isGreaterThanOrEqualTo(ten[i]);
            }
        }
    }

    @Test
    void divisorMethodsAreHouseMonotone() {
        AtomicInteger tiedDraws = new AtomicInteger();
        AtomicInteger draws = new AtomicInteger();
        qt().withExamples(DRAWS).forAll(smallPoints(), integers().between(0, 40), integers().between(0, 1))
                .checkAssert((points, house, webster) -> {
                    ApportionmentMethod method = webster == 1 ? ApportionmentMethod.SAINTE_LAGUE
                            : ApportionmentMethod.D_HONDT;
                    Allocation smaller = Allocation.of(UNIT.times(house), claimants(points), method);
                    Allocation larger = Allocation.of(UNIT.times(house + 1L), claimants(points), method);
                    draws.incrementAndGet();
                    if (larger.shares().stream().anyMatch(AllocationShare::decidedByTieBreak)) {
                        tiedDraws.incrementAndGet();
                    }
                    for (int i = 0; i < points.size(); i++) {
                        assertThat(units(larger, code(i))).isGreaterThanOrEqualTo(units(smaller, code(i)));
                    }
                });
        // The generator reaches the tie-break in a fair share of draws (small equal points): about
        // 39% measured.
        assertThat(tiedDraws.get()).as("draws with a tie out of " + draws.get()).isGreaterThan(draws.get() / 4);
    }

    /**
     * Every unit the tie-break decided lost only to units with more points, or with as many and a
     * smaller code in string order ("10" before "7"). Counts how often the string order decided
     * against the numeric order of the codes.
     */
    @Test
    void theTieBreakIsMorePointsThenTheSmallerCodeInStringOrder() {
        AtomicInteger tieDraws = new AtomicInteger();
        AtomicInteger stringAgainstNumeric = new AtomicInteger();
        AtomicInteger draws = new AtomicInteger();
        qt().withExamples(DRAWS).forAll(smallPoints(), integers().between(1, 30), integers().between(0, 2))
                .checkAssert((points, house, m) -> {
                    ApportionmentMethod method = ApportionmentMethod.values()[m];
                    Allocation a = Allocation.of(UNIT.times(house), claimants(points), method);
                    draws.incrementAndGet();
                    List<Margin> tied = new ArrayList<>();
                    for (int i = 0; i < points.size(); i++) {
                        AllocationShare s = a.share(code(i)).orElseThrow();
                        if (s.decidedByTieBreak()) {
                            tied.add(new Margin(code(i), points.get(i), units(a, code(i)), house,
                                    points.stream().mapToLong(Integer::longValue).sum(), method));
                        }
                    }
                    if (tied.isEmpty()) {
                        return;
                    }
                    tieDraws.incrementAndGet();
                    BigFrac cut = tied.stream().map(Margin::next).max(BigFrac::compareTo).orElseThrow();
                    for (Margin winner : tied) {
                        if (!winner.wonAt(cut)) {
                            continue;
                        }
                        for (Margin loser : tied) {
                            if (loser.wonAt(cut) || loser.next().compareTo(cut) != 0) {
                                continue;
                            }
                            assertThat(winner.points > loser.points
                                    || winner.points == loser.points && winner.code.compareTo(loser.code) < 0)
                                    .as(method + ": " + winner.code + " won over " + loser.code).isTrue();
                            if (winner.points == loser.points
                                    && Integer.parseInt(winner.code) > Integer.parseInt(loser.code)) {
                                stringAgainstNumeric.incrementAndGet();
                            }
                        }
                    }
                });
        // Measured: a tie in about 34% of draws, decided against the numeric order about 500 times.
        assertThat(tieDraws.get()).as("draws with a tie out of " + draws.get()).isGreaterThan(draws.get() / 4);
        assertThat(stringAgainstNumeric.get()).as("ties the string order decided against the numeric order")
                .isGreaterThan(draws.get() / 8);
    }

    /** An exact non-negative fraction for comparing claims in the test. */
    record BigFrac(BigInteger num, BigInteger den) implements Comparable<BigFrac> {
        static BigFrac of(long num, long den) {
            return new BigFrac(BigInteger.valueOf(num), BigInteger.valueOf(den));
        }

        @Override
        public int compareTo(BigFrac o) {
            return num.multiply(o.den).compareTo(o.num.multiply(den));
        }
    }

    /** A tied unit's claims at the margin: to its last unit given and to its next one. */
    record Margin(String code, int points, long seats, long house, long total, ApportionmentMethod method) {
        /** The claim to the next unit: the remainder (Hamilton) or w / d(s) (divisor methods). */
        BigFrac next() {
            return switch (method) {
                case LARGEST_REMAINDER -> BigFrac.of(house * points % total, 1);
                case D_HONDT -> BigFrac.of(points, seats + 1);
                case SAINTE_LAGUE -> BigFrac.of(2L * points, 2 * seats + 1);
            };
        }

        /** Whether this unit took the contested unit at the cut. */
        boolean wonAt(BigFrac cut) {
            return switch (method) {
                case LARGEST_REMAINDER -> seats > house * points / total;
                case D_HONDT -> seats > 0 && BigFrac.of(points, seats).compareTo(cut) == 0;
                case SAINTE_LAGUE -> seats > 0 && BigFrac.of(2L * points, 2 * seats - 1).compareTo(cut) == 0;
            };
        }
    }
}
