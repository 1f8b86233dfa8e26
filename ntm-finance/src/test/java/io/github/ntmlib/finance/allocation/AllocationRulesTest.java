package io.github.ntmlib.finance.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.finance.FinanceDataException;
import io.github.ntmlib.finance.money.ReportUnit;
import io.github.ntmlib.finance.money.Vnd;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: the rules of the allocation inputs and of the divisor methods at their edges: the
 * bounds each validating factory accepts and refuses, the order of claimants, and a divisor
 * method whose first estimate overshoots while a unit holds no seat.
 */
class AllocationRulesTest {

    private static final Vnd UNIT = Vnd.ofMillions(1);

    private static List<Claimant> claimants(int... points) {
        List<Claimant> out = new ArrayList<>();
        for (int i = 0; i < points.length; i++) {
            out.add(Claimant.withPoints(String.valueOf((char) ('A' + i)), "p", BigDecimal.valueOf(points[i])));
        }
        return out;
    }

    private static long[] seats(long pool, ApportionmentMethod method, int... points) {
        Allocation a = Allocation.of(UNIT.times(pool), claimants(points), method);
        return a.shares().stream().mapToLong(s -> s.apportioned().dong() / UNIT.dong()).toArray();
    }

    private static boolean[] tied(long pool, ApportionmentMethod method, int... points) {
        Allocation a = Allocation.of(UNIT.times(pool), claimants(points), method);
        boolean[] out = new boolean[points.length];
        for (int i = 0; i < points.length; i++) {
            out[i] = a.shares().get(i).decidedByTieBreak();
        }
        return out;
    }

    @Test
    void sainteLagueRemovesTheOvershootOfItsRoundedEstimateFromHoldersOnly() {
        // Weights 3/3/3/1 for 2 seats: the rounded quotas 0.6, 0.6, 0.6, 0.2 give 1, 1, 1, 0 = 3
        // seats, one too many; the seat goes back from a unit that holds one (C, last in the
        // tie-break), never from D, which holds none.
        assertThat(seats(2, ApportionmentMethod.SAINTE_LAGUE, 3, 3, 3, 1)).containsExactly(1, 1, 0, 0);
        assertThat(tied(2, ApportionmentMethod.SAINTE_LAGUE, 3, 3, 3, 1)).containsExactly(true, true, true, false);
    }

    @Test
    void aUnitWithoutASeatIsNotTiedWhenNoClaimEqualsTheWeakestSeat() {
        for (ApportionmentMethod method : ApportionmentMethod.values()) {
            assertThat(seats(1, method, 3, 1)).as(method.name()).containsExactly(1, 0);
            assertThat(tied(1, method, 3, 1)).as(method.name()).containsExactly(false, false);
            assertThat(seats(3, method, 5, 3, 2)).as(method.name()).isNotEmpty();
            assertThat(tied(4, method, 5, 3, 2)).as(method.name()).containsExactly(false, false, false);
        }
        // D'Hondt, weights 4/2/1 for 2 seats: A's second seat (4/2 = 2) equals B's first (2/1):
        // the tie-break gives it to A; C's claim 1 is below and not tied.
        assertThat(seats(2, ApportionmentMethod.D_HONDT, 4, 2, 1)).containsExactly(2, 0, 0);
        assertThat(tied(2, ApportionmentMethod.D_HONDT, 4, 2, 1)).containsExactly(true, true, false);
        // Sainte-Laguë, weights 3/1 for 2 seats: A's second seat (3/3 = 1) equals B's first (1/1).
        assertThat(seats(2, ApportionmentMethod.SAINTE_LAGUE, 3, 1)).containsExactly(2, 0);
        assertThat(tied(2, ApportionmentMethod.SAINTE_LAGUE, 3, 1)).containsExactly(true, true);
    }

    @Test
    void claimantsInAnyOrderGiveTheSameSharesSortedByCode() {
        List<Claimant> forward = claimants(5, 3, 2);
        List<Claimant> backward = new ArrayList<>(forward);
        java.util.Collections.reverse(backward);
        for (ApportionmentMethod method : ApportionmentMethod.values()) {
            Allocation a = Allocation.of(UNIT.times(4), forward, method);
            Allocation b = Allocation.of(UNIT.times(4), backward, method);
            assertThat(b.shares()).as(method.name()).isEqualTo(a.shares());
            assertThat(b.shares()).extracting(AllocationShare::unitCode).containsExactly("A", "B", "C");
        }
        // A duplicate is found even when the two entries are not next to each other.
        List<Claimant> twice = List.of(forward.get(0), forward.get(1), Claimant.withPoints("A", "q", BigDecimal.ONE));
        assertThatThrownBy(() -> Allocation.of(UNIT.times(4), twice, ApportionmentMethod.D_HONDT))
                .isInstanceOf(FinanceDataException.class).hasMessageContaining("twice");
        List<Claimant> withNull = Arrays.asList(forward.get(0), null);
        assertThatThrownBy(() -> Allocation.of(UNIT.times(4), withNull, ApportionmentMethod.D_HONDT))
                .isInstanceOf(FinanceDataException.class).hasMessageContaining("claimant");
    }

    @Test
    void aPoolTakenWhollyByFixedGrantsNeedsNoPoints() {
        Allocation a = Allocation.of(UNIT.times(3), Map.of("A", UNIT.times(3)),
                List.of(Claimant.withPoints("A", "p", BigDecimal.ZERO)), UNIT, ApportionmentMethod.D_HONDT);
        assertThat(a.shares()).singleElement().satisfies(s -> {
            assertThat(s.total()).isEqualTo(UNIT.times(3));
            assertThat(s.apportioned()).isEqualTo(Vnd.ZERO);
            assertThat(s.explain(ReportUnit.MILLION)).contains("fixed grant 3 million VND");
        });
    }

    @Test
    void poolRoundingUnitAndGrantsAreBoundedAtZero() {
        List<Claimant> one = claimants(1);
        assertThat(Allocation.of(Vnd.ZERO, one, ApportionmentMethod.D_HONDT).shares().get(0).total())
                .isEqualTo(Vnd.ZERO);
        assertThatThrownBy(() -> Allocation.of(Vnd.ofDong(-1), one, ApportionmentMethod.D_HONDT))
                .isInstanceOf(FinanceDataException.class).hasMessageContaining("negative");
        assertThatThrownBy(() -> Allocation.of(UNIT, Map.of(), one, Vnd.ZERO, ApportionmentMethod.D_HONDT))
                .isInstanceOf(FinanceDataException.class).hasMessageContaining("rounding unit must be positive");
        assertThat(Allocation.of(Vnd.ofDong(3), Map.of(), one, Vnd.ofDong(1), ApportionmentMethod.D_HONDT)
                .shares().get(0).total()).isEqualTo(Vnd.ofDong(3));
        assertThatThrownBy(() -> Allocation.of(UNIT, Map.of("A", Vnd.ofDong(-1)), one, UNIT,
                ApportionmentMethod.D_HONDT)).isInstanceOf(FinanceDataException.class)
                .hasMessageContaining("fixed grant must not be negative");
        // A pool exactly equal to the fixed grants is accepted; one đồng less is not.
        assertThat(Allocation.of(UNIT, Map.of("A", UNIT), one, UNIT, ApportionmentMethod.D_HONDT).pool())
                .isEqualTo(UNIT);
        assertThatThrownBy(() -> Allocation.of(UNIT.minus(Vnd.ofDong(1)), Map.of("A", UNIT), one, Vnd.ofDong(1),
                ApportionmentMethod.D_HONDT)).isInstanceOf(FinanceDataException.class)
                .hasMessageContaining("smaller than the sum of fixed grants");
    }

    @Test
    void pointTermsAndClaimantsRefuseBlankLabelsNegativeCoefficientsAndCounts() {
        assertThat(new PointTerm("p", BigDecimal.ZERO, 0).count()).isZero();
        assertThatThrownBy(() -> new PointTerm(" ", BigDecimal.ONE, 1)).isInstanceOf(FinanceDataException.class)
                .hasMessageContaining("label");
        assertThatThrownBy(() -> new PointTerm(null, BigDecimal.ONE, 1)).isInstanceOf(FinanceDataException.class);
        assertThatThrownBy(() -> new PointTerm("p", new BigDecimal("-0.1"), 1))
                .isInstanceOf(FinanceDataException.class).hasMessageContaining("coefficient");
        assertThatThrownBy(() -> new PointTerm("p", BigDecimal.ONE, -1)).isInstanceOf(FinanceDataException.class)
                .hasMessageContaining("count");
        assertThatThrownBy(() -> Claimant.withPoints(" ", "p", BigDecimal.ONE))
                .isInstanceOf(FinanceDataException.class).hasMessageContaining("unit code");
        assertThatThrownBy(() -> Claimant.withPoints(null, "p", BigDecimal.ONE))
                .isInstanceOf(FinanceDataException.class).hasMessageContaining("unit code");
    }

    @Test
    void communeCriteriaMetRunFrom0To19() {
        assertThat(new CommuneStatus("18325", 0, 19, false, false, false).criteriaMet()).isZero();
        assertThat(new CommuneStatus("18325", 19, 19, false, false, false).criteriaMet()).isEqualTo(19);
        assertThatThrownBy(() -> new CommuneStatus("18325", -1, 19, false, false, false))
                .isInstanceOf(FinanceDataException.class).hasMessageContaining("0 to 19");
        assertThatThrownBy(() -> new CommuneStatus("18325", 20, 19, false, false, false))
                .isInstanceOf(FinanceDataException.class).hasMessageContaining("0 to 19");
        assertThatThrownBy(() -> new CommuneStatus(null, 3, 19, false, false, false))
                .isInstanceOf(FinanceDataException.class).hasMessageContaining("5 digits");
        assertThatThrownBy(() -> new CommuneStatus("1832", 3, 19, false, false, false))
                .isInstanceOf(FinanceDataException.class).hasMessageContaining("5 digits");
    }

    @Test
    void aCommuneListedTwiceIsRefusedAndCategoriesWithoutCommunesTakeNoTerm() {
        CommuneStatus a = new CommuneStatus("18325", 10, 19, false, false, false);
        CommuneStatus b = new CommuneStatus("18326", 19, 19, true, false, false);
        CommuneCoefficients table = CommuneCoefficients.decision07of2022();
        assertThatThrownBy(() -> Claimant.fromCommunes("42", List.of(a, b, a), table,
                CommuneStatus.AllCriteriaRule.values()[0])).isInstanceOf(FinanceDataException.class)
                .hasMessageContaining("commune listed twice under 42");
        Claimant c = Claimant.fromCommunes("42", List.of(a, b), table, CommuneStatus.AllCriteriaRule.values()[0]);
        assertThat(c.terms()).extracting(PointTerm::count).containsExactly(1L, 1L);
        assertThat(table.source()).isNotBlank();
    }

    @Test
    void aCoefficientTableRefusesARepeatedCategoryAndACoefficientForExcludedCommunes() {
        String repeated = "{\"coefficients\":[{\"category\":\"FROM_15_TO_18\",\"coefficient\":3.0},"
                + "{\"category\":\"FROM_15_TO_18\",\"coefficient\":2.0}]}";
        assertThatThrownBy(() -> CommuneCoefficients.fromJson(new ByteArrayInputStream(
                repeated.getBytes(StandardCharsets.UTF_8)), "t.json")).isInstanceOf(FinanceDataException.class)
                .hasMessageContaining("repeated");
        String excluded = "{\"coefficients\":[{\"category\":\"EXCLUDED_EXTREMELY_DIFFICULT\",\"coefficient\":1}]}";
        assertThatThrownBy(() -> CommuneCoefficients.fromJson(new ByteArrayInputStream(
                excluded.getBytes(StandardCharsets.UTF_8)), "t.json")).isInstanceOf(FinanceDataException.class)
                .hasMessageContaining("excluded");
    }

    @Test
    void anExplanationPrintsAWholeQuotaWithoutDenominatorAndSaysNoPoints() {
        Allocation a = Allocation.of(UNIT.times(4), List.of(Claimant.withPoints("A", "p", BigDecimal.ONE),
                new Claimant("B", List.of())), ApportionmentMethod.D_HONDT);
        assertThat(a.share("A").orElseThrow().explain(ReportUnit.MILLION)).contains("quota 4 rounding units");
        assertThat(a.share("B").orElseThrow().explain(ReportUnit.MILLION)).contains("B: no points = 0 of 1");
        Allocation thirds = Allocation.of(UNIT, claimants(1, 1, 1), ApportionmentMethod.LARGEST_REMAINDER);
        assertThat(thirds.share("A").orElseThrow().explain(ReportUnit.MILLION)).contains("quota 1/3 rounding units");
    }
}
