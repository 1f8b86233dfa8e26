package io.github.ntmlib.finance.disbursement;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ntmlib.base.NumberStyle;
import io.github.ntmlib.finance.money.ReportUnit;
import io.github.ntmlib.finance.money.TotalCheck;
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

/** The seed's 2024 Hà Tĩnh figures (section 6.3) rebuilt from plan events and disbursements. */
class SeedLedgerTest {

    static final CapitalLine DTPT = SeedLedgerFixture.DTPT;
    static final CapitalLine SU_NGHIEP = SeedLedgerFixture.SU_NGHIEP;
    static final DeadlineOverride INTO_2025 = SeedLedgerFixture.INTO_2025;

    static DisbursementLedger seedLedger() {
        return SeedLedgerFixture.ledger();
    }

    @Test
    void ratesAsOfTheReportDateMatchTheSeed() {
        DisbursementLedger ledger = seedLedger();
        LocalDate asOf = LocalDate.of(2025, 2, 25);
        DisbursementRate dtpt = ledger.rate(2024, RateBase.PLAN_YEAR_ONLY,
                Selection.all().types(CapitalType.DEVELOPMENT_INVESTMENT), asOf);
        DisbursementRate suNghiep = ledger.rate(2024, RateBase.PLAN_YEAR_ONLY,
                Selection.all().types(CapitalType.RECURRENT), asOf);
        DisbursementRate total = ledger.rate(2024, RateBase.PLAN_YEAR_ONLY, Selection.all().units("42"), asOf);

        assertThat(dtpt.disbursed()).isEqualTo(Vnd.ofMillions(365_695));
        assertThat(dtpt.plan()).isEqualTo(Vnd.ofMillions(504_912));
        assertThat(dtpt.rate().orElseThrow().format(2, NumberStyle.VI_VN)).isEqualTo("72,43%");
        assertThat(suNghiep.rate().orElseThrow().format(2, NumberStyle.VI_VN)).isEqualTo("52,06%");
        assertThat(total.disbursed()).isEqualTo(Vnd.ofMillions(411_626));
        assertThat(total.rate().orElseThrow().format(1, NumberStyle.VI_VN)).isEqualTo("69,4%");

        // The recomputed plan is 593,140; the report states 593,139: kept, and warned about.
        TotalCheck check = new TotalCheck("NTM 2024 plan", Vnd.ofMillions(593_139),
                List.of(dtpt.plan(), suNghiep.plan()), ReportUnit.MILLION);
        assertThat(total.plan()).isEqualTo(check.recomputed());
        assertThat(check.warning()).isPresent();
    }

    @Test
    void aRateAsOfAnEarlierDateUsesThePlanAndDisbursementsOfThatDate() {
        DisbursementRate early = seedLedger().rate(2024, RateBase.PLAN_YEAR_ONLY,
                Selection.all().types(CapitalType.DEVELOPMENT_INVESTMENT), LocalDate.of(2024, 7, 1));
        assertThat(early.plan()).isEqualTo(Vnd.ofMillions(480_000));
        assertThat(early.disbursed()).isEqualTo(Vnd.ofMillions(200_000));
        assertThat(early.rate().orElseThrow().percent(2)).isEqualByComparingTo("41.67");
    }

    @Test
    void positionsSeparateWhatIsStillDisbursableFromWhatLapsed() {
        DisbursementLedger ledger = seedLedger();
        LinePosition before = ledger.position(SU_NGHIEP, LocalDate.of(2025, 3, 1));
        assertThat(before.stillDisbursable()).isEqualTo(Vnd.ofMillions(88_228 - 46_931));
        assertThat(before.lapsed()).isEqualTo(Vnd.ZERO);
        LinePosition after = ledger.position(SU_NGHIEP, LocalDate.of(2026, 1, 1));
        assertThat(after.stillDisbursable()).isEqualTo(Vnd.ZERO);
        assertThat(after.lapsed()).isEqualTo(Vnd.ofMillions(88_228 - 46_931));
        assertThat(after.deadline().basis()).contains("test fixture");
        assertThat(ledger.positions(2024, LocalDate.of(2026, 1, 1))).hasSize(2);
        assertThat(ledger.cumulative(2024, RateBase.PLAN_YEAR_ONLY, Selection.all()).lastEntry().getValue())
                .isEqualTo(Vnd.ofMillions(412_626));
    }

    @Test
    void extendedCapitalCountsOnlyInTheWiderBase() {
        CapitalLine current = CapitalLine.of("42", 2025, "NTM", CapitalSource.CENTRAL_BUDGET,
                CapitalType.DEVELOPMENT_INVESTMENT);
        CapitalLine extended = new CapitalLine("42", 2025, "NTM", CapitalSource.CENTRAL_BUDGET,
                CapitalType.DEVELOPMENT_INVESTMENT, 2024);
        CapitalPlan plan = CapitalPlan.of(List.of(
                PlanEvent.allocation(LocalDate.of(2025, 1, 5), "A", current, Vnd.ofMillions(100)),
                PlanEvent.allocation(LocalDate.of(2025, 1, 5), "B", extended, Vnd.ofMillions(50))));
        DisbursementLedger ledger = DisbursementLedger.of(plan, DeadlineRules.bundled(), List.of(
                Disbursement.of(LocalDate.of(2025, 3, 1), current, Vnd.ofMillions(40), "1"),
                Disbursement.of(LocalDate.of(2025, 3, 1), extended, Vnd.ofMillions(50), "2")));
        LocalDate asOf = LocalDate.of(2025, 6, 30);
        assertThat(ledger.rate(2025, RateBase.PLAN_YEAR_ONLY, Selection.all(), asOf).rate().orElseThrow()
                .percent(0)).isEqualByComparingTo("40");
        assertThat(ledger.rate(2025, RateBase.PLAN_YEAR_WITH_EXTENDED, Selection.all(), asOf).rate().orElseThrow()
                .percent(0)).isEqualByComparingTo("60");
        assertThat(ledger.carriedOver(2025, Selection.all(), asOf)).isEqualTo(Vnd.ofMillions(50));
        assertThat(ledger.rate(2025, RateBase.PLAN_YEAR_WITH_EXTENDED, Selection.all().vintages(2024), asOf)
                .disbursed()).isEqualTo(Vnd.ofMillions(50));
        assertThat(RateBase.PLAN_YEAR_WITH_EXTENDED.vietnamese()).contains("kéo dài");
        assertThat(RateBase.PLAN_YEAR_WITH_EXTENDED.english()).contains("extended");
        assertThat(ledger.position(extended, asOf).deadline().date()).isEqualTo(LocalDate.of(2025, 12, 31));
    }
}
