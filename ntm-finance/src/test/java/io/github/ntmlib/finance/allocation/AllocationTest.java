package io.github.ntmlib.finance.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.finance.FinanceDataException;
import io.github.ntmlib.finance.allocation.CommuneStatus.AllCriteriaRule;
import io.github.ntmlib.finance.money.ReportUnit;
import io.github.ntmlib.finance.money.Vnd;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AllocationTest {

    private static final CommuneCoefficients D07 = CommuneCoefficients.decision07of2022();

    private static List<CommuneStatus> communes(String prefix, int under15, int from15, int ntm, int difficult) {
        List<CommuneStatus> out = new ArrayList<>();
        int n = 0;
        for (int i = 0; i < under15; i++) {
            out.add(new CommuneStatus(String.format("%s%03d", prefix, n++), 12, 19, false, false, false));
        }
        for (int i = 0; i < from15; i++) {
            out.add(new CommuneStatus(String.format("%s%03d", prefix, n++), 17, 19, false, false, false));
        }
        for (int i = 0; i < ntm; i++) {
            out.add(new CommuneStatus(String.format("%s%03d", prefix, n++), 19, 19, true, false, false));
        }
        for (int i = 0; i < difficult; i++) {
            out.add(new CommuneStatus(String.format("%s%03d", prefix, n++), 8, 19, false, true, false));
        }
        return out;
    }

    @Test
    void decision07CoefficientsAndCategories() {
        assertThat(D07.coefficient(CommuneCategory.UNDER_15_OR_SAFE_ZONE)).isEqualByComparingTo("5.0");
        assertThat(D07.coefficient(CommuneCategory.FROM_15_TO_18)).isEqualByComparingTo("3.0");
        assertThat(D07.coefficient(CommuneCategory.RECOGNISED_NTM)).isEqualByComparingTo("1.0");
        assertThat(D07.coefficient(CommuneCategory.EXCLUDED_EXTREMELY_DIFFICULT)).isZero();
        AllCriteriaRule official = AllCriteriaRule.BY_OFFICIAL_STATUS;
        assertThat(D07.category(new CommuneStatus("18001", 17, 19, false, false, true), official))
                .isEqualTo(CommuneCategory.UNDER_15_OR_SAFE_ZONE);
        assertThat(D07.category(new CommuneStatus("18001", 19, 19, true, false, true), official))
                .isEqualTo(CommuneCategory.RECOGNISED_NTM);
        assertThat(D07.category(new CommuneStatus("18001", 14, 19, false, false, false), official))
                .isEqualTo(CommuneCategory.UNDER_15_OR_SAFE_ZONE);
        assertThat(D07.category(new CommuneStatus("18001", 15, 19, false, false, false), official))
                .isEqualTo(CommuneCategory.FROM_15_TO_18);
        assertThat(D07.category(new CommuneStatus("18001", 19, 19, false, false, false), official))
                .isEqualTo(CommuneCategory.FROM_15_TO_18);
        assertThat(D07.category(new CommuneStatus("18001", 19, 19, false, false, false), AllCriteriaRule.COUNT_AS_NTM))
                .isEqualTo(CommuneCategory.RECOGNISED_NTM);
        assertThat(D07.category(new CommuneStatus("18001", 19, 19, true, true, false), official))
                .isEqualTo(CommuneCategory.EXCLUDED_EXTREMELY_DIFFICULT);
        assertThatThrownBy(() -> new CommuneStatus("18001", 20, 19, false, false, false))
                .isInstanceOf(FinanceDataException.class).hasMessageContaining("criteriaMet");
        assertThat(D07.criteriaOfSet()).as("the table's bands, not a constant").isEqualTo(19);
        assertThat(D07.lowBandBelow()).isEqualTo(15);
        // a commune counted on another set (10 criteria) cannot be placed in bands made for 19
        assertThatThrownBy(() -> D07.category(new CommuneStatus("18001", 9, 10, false, false, false), official))
                .isInstanceOf(FinanceDataException.class).hasMessageContaining("19 criteria")
                .hasMessageContaining("one with 10");
        assertThatThrownBy(() -> new CommuneStatus("18001", 0, 0, false, false, false))
                .isInstanceOf(FinanceDataException.class).hasMessageContaining("criteriaOfSet");
    }

    @Test
    void coefficientMethodSharesAndExplanations() {
        Claimant a = Claimant.fromCommunes("42", communes("42", 2, 10, 100, 3), D07, AllCriteriaRule.BY_OFFICIAL_STATUS);
        Claimant b = Claimant.fromCommunes("40", communes("40", 20, 30, 40, 0), D07, AllCriteriaRule.BY_OFFICIAL_STATUS);
        assertThat(a.points()).isEqualByComparingTo("140"); // 5×2 + 3×10 + 1×100 + 0×3
        assertThat(b.points()).isEqualByComparingTo("230"); // 5×20 + 3×30 + 1×40
        Allocation allocation = Allocation.of(Vnd.ofMillions(1_000), List.of(a, b),
                ApportionmentMethod.LARGEST_REMAINDER);
        // quotas 378.378... and 621.621...: floors 378 + 621 = 999, the larger remainder (42: .378) is
        // below 40's (.621), so 40 gets the last million.
        assertThat(allocation.share("42").orElseThrow().total()).isEqualTo(Vnd.ofMillions(378));
        assertThat(allocation.share("40").orElseThrow().total()).isEqualTo(Vnd.ofMillions(622));
        String text = allocation.share("42").orElseThrow().explain(ReportUnit.MILLION);
        assertThat(text).contains("5.0 × 2").contains("3.0 × 10").contains("1.0 × 100")
                .contains("= 140.0 of 370.0 points").contains("quota 14000/37").contains("378 million VND")
                .contains("xã đặc biệt khó khăn");
    }

    @Test
    void equalRemaindersGoToMorePointsThenTheSmallerCode() {
        List<Claimant> three = List.of(Claimant.withPoints("03", "p", BigDecimal.ONE),
                Claimant.withPoints("01", "p", BigDecimal.ONE), Claimant.withPoints("02", "p", BigDecimal.ONE));
        for (ApportionmentMethod method : ApportionmentMethod.values()) {
            Allocation allocation = Allocation.of(Vnd.ofMillions(4), three, method);
            assertThat(allocation.shares()).extracting(s -> s.apportioned().dong() / 1_000_000)
                    .as(method.name()).containsExactly(2L, 1L, 1L);
        }
    }

    @Test
    void divisorMethodsCanBreakTheQuotaRuleWhereLargestRemainderCannot() {
        // Quotas of 20 units by weights 1,000 / 80 / 80 / 80 / ... : the big unit's quota is 16.67.
        List<Claimant> claimants = new ArrayList<>();
        claimants.add(Claimant.withPoints("00", "big", BigDecimal.valueOf(1_000)));
        for (int i = 1; i <= 25; i++) {
            claimants.add(Claimant.withPoints(String.format("%02d", i), "small", BigDecimal.valueOf(8)));
        }
        Allocation hamilton = Allocation.of(Vnd.ofMillions(20), claimants, ApportionmentMethod.LARGEST_REMAINDER);
        Allocation dHondt = Allocation.of(Vnd.ofMillions(20), claimants, ApportionmentMethod.D_HONDT);
        assertThat(hamilton.share("00").orElseThrow().apportioned()).isEqualTo(Vnd.ofMillions(17));
        assertThat(dHondt.share("00").orElseThrow().apportioned()).isEqualTo(Vnd.ofMillions(20));
    }

    @Test
    void fixedGrantsComeOffThePoolFirst() {
        Allocation allocation = Allocation.of(Vnd.ofMillions(100), Map.of("42", Vnd.ofMillions(30), "99",
                Vnd.ofMillions(10)), List.of(Claimant.withPoints("42", "p", BigDecimal.ONE),
                Claimant.withPoints("40", "p", BigDecimal.ONE)), Allocation.DEFAULT_ROUNDING_UNIT,
                ApportionmentMethod.SAINTE_LAGUE);
        assertThat(allocation.share("42").orElseThrow().total()).isEqualTo(Vnd.ofMillions(60));
        assertThat(allocation.share("40").orElseThrow().total()).isEqualTo(Vnd.ofMillions(30));
        assertThat(allocation.share("99").orElseThrow().total()).isEqualTo(Vnd.ofMillions(10));
    }

    @Test
    void badPoolsAndTablesAreTypedErrors() {
        List<Claimant> one = List.of(Claimant.withPoints("42", "p", BigDecimal.ONE));
        assertThatThrownBy(() -> Allocation.of(Vnd.ofMillions(10), Map.of("42", Vnd.ofMillions(11)), one,
                Allocation.DEFAULT_ROUNDING_UNIT, ApportionmentMethod.D_HONDT))
                .isInstanceOf(FinanceDataException.class).hasMessageContaining("smaller than the sum of fixed grants");
        assertThatThrownBy(() -> Allocation.of(Vnd.ofDong(10_500_000), one, ApportionmentMethod.D_HONDT))
                .isInstanceOf(FinanceDataException.class).hasMessageContaining("rounding units");
        assertThatThrownBy(() -> Allocation.of(Vnd.ofMillions(10), List.of(Claimant.withPoints("42", "p",
                BigDecimal.ZERO)), ApportionmentMethod.D_HONDT)).isInstanceOf(FinanceDataException.class)
                .hasMessageContaining("no points");
        assertThatThrownBy(() -> Allocation.of(Vnd.ofMillions(10), List.of(one.get(0), one.get(0)),
                ApportionmentMethod.D_HONDT)).isInstanceOf(FinanceDataException.class)
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> Claimant.withPoints("42", "p", BigDecimal.valueOf(-1)))
                .isInstanceOf(FinanceDataException.class);
        String missing = "{\"coefficients\":[{\"category\":\"FROM_15_TO_18\",\"coefficient\":3.0}]}";
        assertThatThrownBy(() -> CommuneCoefficients.fromJson(new ByteArrayInputStream(
                missing.getBytes(StandardCharsets.UTF_8)), "quang-tri-21-2022.json"))
                .isInstanceOf(FinanceDataException.class).hasMessageContaining("quang-tri-21-2022.json")
                .hasMessageContaining("no coefficient for UNDER_15_OR_SAFE_ZONE");
    }
}
