package io.github.ntmlib.finance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ntmlib.base.Language;
import io.github.ntmlib.finance.allocation.Allocation;
import io.github.ntmlib.finance.allocation.ApportionmentMethod;
import io.github.ntmlib.finance.allocation.Claimant;
import io.github.ntmlib.finance.allocation.CommuneCoefficients;
import io.github.ntmlib.finance.allocation.CommuneStatus;
import io.github.ntmlib.finance.allocation.CommuneStatus.AllCriteriaRule;
import io.github.ntmlib.finance.disbursement.DeadlineOverride;
import io.github.ntmlib.finance.disbursement.DeadlineRules;
import io.github.ntmlib.finance.disbursement.Disbursement;
import io.github.ntmlib.finance.disbursement.DisbursementLedger;
import io.github.ntmlib.finance.disbursement.DisbursementRate;
import io.github.ntmlib.finance.disbursement.RateBase;
import io.github.ntmlib.finance.disbursement.Selection;
import io.github.ntmlib.base.NumberStyle;
import io.github.ntmlib.finance.money.ReportUnit;
import io.github.ntmlib.finance.money.Vnd;
import io.github.ntmlib.finance.plan.CapitalLine;
import io.github.ntmlib.finance.plan.CapitalPlan;
import io.github.ntmlib.finance.plan.CapitalSource;
import io.github.ntmlib.finance.plan.CapitalType;
import io.github.ntmlib.finance.plan.PlanEvent;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The embedding example of ntm-finance/README.md, kept compiling and true. */
class EmbeddingExampleTest {

    @Test
    void readmeExample() {
        // --- README example start
        CapitalLine dtpt = CapitalLine.of("42", 2024, "NTM", CapitalSource.CENTRAL_BUDGET,
                CapitalType.DEVELOPMENT_INVESTMENT);
        CapitalPlan plan = CapitalPlan.of(List.of(
                PlanEvent.allocation(LocalDate.of(2024, 1, 10), "01/QĐ-UBND", dtpt, Vnd.parse("504.912 triệu đồng"))));
        // Resolution dates are your data: ntm bundles the laws, not the resolutions.
        DeadlineRules rules = DeadlineRules.bundled().withOverrides(List.of(new DeadlineOverride(
                "NQ Quốc hội (caller data)", Set.of(2024), Set.of(), Set.of(), LocalDate.of(2025, 12, 31))));
        DisbursementLedger ledger = DisbursementLedger.of(plan, rules, List.of(
                Disbursement.of(LocalDate.of(2025, 2, 20), dtpt, Vnd.parse("365.695 triệu đồng"), "KB-0001")));
        DisbursementRate rate = ledger.rate(2024, RateBase.PLAN_YEAR_ONLY, Selection.all(), LocalDate.of(2025, 2, 25));
        String printed = rate.rate().orElseThrow().format(2, NumberStyle.VI_VN); // "72,43%"

        CommuneCoefficients d07 = CommuneCoefficients.decision07of2022();
        Claimant haTinh = Claimant.fromCommunes("42", List.of(
                new CommuneStatus("18001", 12, 19, false, false, false),   // 5.0
                new CommuneStatus("18002", 17, 19, false, false, false),   // 3.0
                new CommuneStatus("18003", 19, 19, true, false, false)),   // 1.0
                d07, AllCriteriaRule.BY_OFFICIAL_STATUS);
        Claimant ngheAn = Claimant.withPoints("40", "điểm theo tiêu chí xã (dữ liệu)", new java.math.BigDecimal("11"));
        Allocation allocation = Allocation.of(Vnd.parse("1.000 triệu đồng"), List.of(haTinh, ngheAn),
                ApportionmentMethod.LARGEST_REMAINDER);
        String why = allocation.share("42").orElseThrow().explain(ReportUnit.MILLION);
        // --- README example end

        assertThat(printed).isEqualTo("72,43%");
        assertThat(allocation.share("42").orElseThrow().total()).isEqualTo(Vnd.ofMillions(450));
        assertThat(allocation.share("40").orElseThrow().total()).isEqualTo(Vnd.ofMillions(550));
        assertThat(why).startsWith("42: 5.0 × 1").contains("= 9.0 of 20.0 points").endsWith("450 million VND");
        assertThat(allocation.share("42").orElseThrow().explain(ReportUnit.MILLION, Language.VIETNAMESE))
                .startsWith("42: 5,0 × 1").contains("= 9,0 trên 20,0 điểm; hạn ngạch 450 đơn vị làm tròn")
                .endsWith("450 triệu đồng");
    }
}
