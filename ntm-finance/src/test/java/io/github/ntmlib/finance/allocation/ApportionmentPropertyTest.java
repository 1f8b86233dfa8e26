package io.github.ntmlib.finance.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.ntmlib.finance.money.Vnd;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ApportionmentPropertyTest {

    private static final Vnd UNIT = Vnd.ofMillions(1);

    /** Point lists with at least one positive entry; points have up to one decimal, like 5.0. */
    private static Gen<List<Integer>> points() {
        return lists().of(integers().between(0, 2_000)).ofSizeBetween(1, 12)
                .assuming(l -> l.stream().anyMatch(p -> p > 0));
    }

    private static Gen<ApportionmentMethod> methods() {
        return integers().between(0, 2).map(i -> ApportionmentMethod.values()[i]);
    }

    private static List<Claimant> claimants(List<Integer> points) {
        List<Claimant> out = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            out.add(Claimant.withPoints(ApportionmentEdgeTest.code(i), "p", BigDecimal.valueOf(points.get(i), 1)));
        }
        return out;
    }

    private static long units(Allocation allocation, String code) {
        return allocation.share(code).orElseThrow().apportioned().dong() / UNIT.dong();
    }

    @Test
    void sharesAlwaysSumExactlyToThePool() {
        qt().forAll(points(), integers().between(0, 100_000), methods(), integers().between(0, 50))
                .checkAssert((points, seats, method, fixed) -> {
                    Vnd pool = UNIT.times(seats + (long) fixed);
                    Allocation a = Allocation.of(pool, Map.of("99", UNIT.times(fixed)), claimants(points), UNIT,
                            method);
                    assertThat(Vnd.sum(a.shares().stream().map(AllocationShare::total).toList())).isEqualTo(pool);
                });
    }

    @Test
    void resultsDoNotDependOnInputOrder() {
        qt().forAll(points(), integers().between(0, 100_000), methods(), integers().between(0, 11))
                .checkAssert((points, seats, method, rotation) -> {
                    List<Claimant> claimants = claimants(points);
                    List<Claimant> shuffled = new ArrayList<>(claimants);
                    Collections.rotate(shuffled, rotation);
                    Collections.reverse(shuffled);
                    assertThat(Allocation.of(UNIT.times(seats), shuffled, method).shares())
                            .isEqualTo(Allocation.of(UNIT.times(seats), claimants, method).shares());
                });
    }

    @Test
    void largestRemainderKeepsEveryShareWithinItsQuota() {
        qt().forAll(points(), integers().between(0, 100_000)).checkAssert((points, seats) -> {
            Allocation a = Allocation.of(UNIT.times(seats), claimants(points), ApportionmentMethod.LARGEST_REMAINDER);
            long total = points.stream().mapToLong(Integer::longValue).sum();
            for (int i = 0; i < points.size(); i++) {
                BigInteger[] quota = BigInteger.valueOf(seats).multiply(BigInteger.valueOf(points.get(i)))
                        .divideAndRemainder(BigInteger.valueOf(total));
                long floor = quota[0].longValueExact();
                long ceil = quota[1].signum() == 0 ? floor : floor + 1;
                assertThat(units(a, ApportionmentEdgeTest.code(i))).isBetween(floor, ceil);
            }
        });
    }

    @Test
    void divisorMethodsNeverLowerAShareWhenItsPointsRise() {
        qt().forAll(points(), integers().between(1, 100_000), integers().between(0, 2_000), integers().between(0, 1))
                .checkAssert((points, seats, raise, webster) -> {
                    ApportionmentMethod method = webster == 1 ? ApportionmentMethod.SAINTE_LAGUE
                            : ApportionmentMethod.D_HONDT;
                    int k = raise % points.size();
                    List<Integer> raised = new ArrayList<>(points);
                    raised.set(k, points.get(k) + raise);
                    String code = ApportionmentEdgeTest.code(k);
                    long before = units(Allocation.of(UNIT.times(seats), claimants(points), method), code);
                    long after = units(Allocation.of(UNIT.times(seats), claimants(raised), method), code);
                    assertThat(after).isGreaterThanOrEqualTo(before);
                });
    }
}
