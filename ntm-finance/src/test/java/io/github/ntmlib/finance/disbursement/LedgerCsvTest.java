package io.github.ntmlib.finance.disbursement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.finance.FinanceDataException;
import io.github.ntmlib.base.NumberStyle;
import io.github.ntmlib.finance.plan.CapitalPlan;
import io.github.ntmlib.finance.plan.CapitalType;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class LedgerCsvTest {

    private static final String PLAN_HEADER = "date,decision,kind,unit,plan_year,component,source,type,vintage,amount\n";
    private static final String PAY_HEADER = "date,reference,unit,plan_year,component,source,type,vintage,amount\n";

    private static Reader resource(String name) {
        return new InputStreamReader(Objects.requireNonNull(LedgerCsvTest.class.getResourceAsStream(name)),
                StandardCharsets.UTF_8);
    }

    private static CapitalPlan seedPlan() {
        return LedgerCsv.readPlan(resource("ke-hoach-2024.csv"), "ke-hoach-2024.csv");
    }

    @Test
    void seedFilesGiveTheSeedRates() {
        DisbursementLedger ledger = DisbursementLedger.of(seedPlan(),
                DeadlineRules.bundled().withOverrides(List.of(SeedLedgerTest.INTO_2025)),
                LedgerCsv.readDisbursements(resource("giai-ngan-2024.csv"), "giai-ngan-2024.csv"));
        LocalDate asOf = LocalDate.of(2025, 2, 25);
        assertThat(ledger.rate(2024, RateBase.PLAN_YEAR_ONLY, Selection.all(), asOf).rate().orElseThrow()
                .format(1, NumberStyle.VI_VN)).isEqualTo("69,4%");
        assertThat(ledger.rate(2024, RateBase.PLAN_YEAR_ONLY, Selection.all().types(CapitalType.DEVELOPMENT_INVESTMENT),
                asOf).rate().orElseThrow().format(2, NumberStyle.VI_VN)).isEqualTo("72,43%");
        assertThat(ledger.rate(2024, RateBase.PLAN_YEAR_ONLY, Selection.all().types(CapitalType.RECURRENT), asOf)
                .rate().orElseThrow().format(2, NumberStyle.VI_VN)).isEqualTo("52,06%");
    }

    @Test
    void badCellsNameFileLineUnitAndColumn() {
        assertThatThrownBy(() -> LedgerCsv.readPlan(new StringReader(PLAN_HEADER
                + "2024-01-10,A,ALLOCATION,42,2024,NTM,CENTRAL_BUDGET,RECURRENT,,5 triệu đồng\n"
                + "2024-01-10,A,ALLOCATION,42,2024,NTM,ngân sách vũ trụ,RECURRENT,,5 triệu đồng\n"), "plan.csv"))
                .isInstanceOf(FinanceDataException.class).hasMessageStartingWith("plan.csv:3 [42] field 'source'")
                .hasMessageContaining("unknown capital source");
        assertThatThrownBy(() -> LedgerCsv.readPlan(new StringReader(PLAN_HEADER
                + "2024-01-10,A,ALLOCATION,42,2024,NTM,CENTRAL_BUDGET,RECURRENT,,1.2.3 triệu đồng\n"), "plan.csv"))
                .isInstanceOf(FinanceDataException.class).hasMessageStartingWith("plan.csv:2 [42/2024/NTM")
                .hasMessageContaining("field 'amount'").hasMessageContaining("exactly three digits");
        assertThatThrownBy(() -> LedgerCsv.readPlan(new StringReader(PLAN_HEADER
                + "2024-01-10,A,ALLOCATION,4200,2024,NTM,CENTRAL_BUDGET,RECURRENT,,1 triệu đồng\n"), "plan.csv"))
                .isInstanceOf(FinanceDataException.class).hasMessageStartingWith("plan.csv:2 [4200] field 'unitCode'");
        assertThatThrownBy(() -> LedgerCsv.readPlan(new StringReader(PLAN_HEADER
                + "2024-13-10,A,ALLOCATION,42,2024,NTM,CENTRAL_BUDGET,RECURRENT,,1 triệu đồng\n"), "plan.csv"))
                .isInstanceOf(FinanceDataException.class).hasMessageStartingWith("plan.csv:2 field 'date'");
        assertThatThrownBy(() -> LedgerCsv.readPlan(new StringReader(
                "date,decision,kind,unit,plan_year,component,source,type,amount\n"), "plan.csv"))
                .isInstanceOf(FinanceDataException.class).hasMessageContaining("missing column 'vintage'");
        assertThatThrownBy(() -> LedgerCsv.readPlan(new StringReader(PLAN_HEADER
                + "2024-01-10,A,ALLOCATION,42,2024,NTM,CENTRAL_BUDGET,RECURRENT,,-5 triệu đồng\n"), "plan.csv"))
                .isInstanceOf(FinanceDataException.class).hasMessageStartingWith("plan.csv:2")
                .hasMessageContaining("does not allow the amount");
    }

    @Test
    void aDisbursementBeforeItsPlanIsRejectedAtItsLine() {
        List<Disbursement> entries = LedgerCsv.readDisbursements(new StringReader(PAY_HEADER
                + "2024-06-30,KB-1,42,2024,NTM,CENTRAL_BUDGET,RECURRENT,,1 triệu đồng\n"
                + "2024-01-02,KB-2,42,2024,NTM,CENTRAL_BUDGET,RECURRENT,,1 triệu đồng\n"), "pay.csv");
        assertThatThrownBy(() -> DisbursementLedger.of(seedPlan(), DeadlineRules.bundled(), entries))
                .isInstanceOf(FinanceDataException.class).hasMessageStartingWith("pay.csv:3")
                .hasMessageContaining("before its plan exists");
    }

    @Test
    void anOverflowingPlanSumIsATypedErrorAtItsLine() {
        // Each amount fits (9 × 10^18 đồng); their sum on one line does not.
        assertThatThrownBy(() -> LedgerCsv.readPlan(new StringReader(PLAN_HEADER
                + "2024-01-10,A,ALLOCATION,42,2024,NTM,CENTRAL_BUDGET,RECURRENT,,9.000.000.000 tỷ đồng\n"
                + "2024-02-10,B,ADJUSTMENT,42,2024,NTM,CENTRAL_BUDGET,RECURRENT,,9.000.000.000 tỷ đồng\n"),
                "plan.csv")).isInstanceOf(FinanceDataException.class).hasMessageStartingWith("plan.csv:3")
                .hasMessageContaining("overflow");
    }

    @Test
    void anOverflowingDisbursementSumIsATypedErrorAtItsLine() {
        CapitalPlan plan = LedgerCsv.readPlan(new StringReader(PLAN_HEADER
                + "2024-01-10,A,ALLOCATION,42,2024,NTM,CENTRAL_BUDGET,RECURRENT,,9.000.000.000 tỷ đồng\n"), "plan.csv");
        List<Disbursement> entries = LedgerCsv.readDisbursements(new StringReader(PAY_HEADER
                + "2024-06-30,KB-1,42,2024,NTM,CENTRAL_BUDGET,RECURRENT,,9.000.000.000 tỷ đồng\n"
                + "2024-07-30,KB-2,42,2024,NTM,CENTRAL_BUDGET,RECURRENT,,9.000.000.000 tỷ đồng\n"), "pay.csv");
        DisbursementLedger ledger = DisbursementLedger.of(plan, DeadlineRules.bundled(), entries);
        assertThatThrownBy(() -> ledger.rate(2024, RateBase.PLAN_YEAR_ONLY, Selection.all(), LocalDate.of(2024, 12, 31)))
                .isInstanceOf(FinanceDataException.class).hasMessageStartingWith("pay.csv:3")
                .hasMessageContaining("overflow");
        assertThatThrownBy(() -> ledger.cumulative(2024, RateBase.PLAN_YEAR_ONLY, Selection.all()))
                .isInstanceOf(FinanceDataException.class).hasMessageStartingWith("pay.csv:3");
    }

    @Test
    void aNoBreakSpaceBeforeTheUnitIsAccepted() {
        CapitalPlan plan = LedgerCsv.readPlan(new StringReader(PLAN_HEADER
                + "2024-01-10,A,ALLOCATION,42,2024,NTM,CENTRAL_BUDGET,RECURRENT,,411.626\u00a0triệu\u202fđồng\n"),
                "plan.csv");
        assertThat(plan.events().get(0).amount()).isEqualTo(io.github.ntmlib.finance.money.Vnd.ofMillions(411_626));
    }

    @Test
    void anExtensionRowMayLeaveItsAmountEmptyAndOtherRowsMayNot() {
        CapitalPlan plan = LedgerCsv.readPlan(new StringReader(PLAN_HEADER
                + "2024-01-10,A,ALLOCATION,42,2024,NTM,CENTRAL_BUDGET,RECURRENT,,5 triệu đồng\n"
                + "2024-12-20,K,EXTENSION,42,2024,NTM,CENTRAL_BUDGET,RECURRENT,,\n"), "plan.csv");
        assertThat(plan.events()).hasSize(2);
        assertThat(plan.events().get(1).kind()).isEqualTo(io.github.ntmlib.finance.plan.PlanEvent.Kind.EXTENSION);
        assertThat(plan.events().get(1).amount()).isEqualTo(io.github.ntmlib.finance.money.Vnd.ZERO);
        assertThat(DeadlineRules.bundled().deadlineOf(plan, plan.events().get(0).line()).date())
                .isEqualTo(LocalDate.of(2025, 12, 31));
        assertThatThrownBy(() -> LedgerCsv.readPlan(new StringReader(PLAN_HEADER
                + "2024-01-10,A,ALLOCATION,42,2024,NTM,CENTRAL_BUDGET,RECURRENT,,\n"), "plan.csv"))
                .isInstanceOf(FinanceDataException.class).hasMessageStartingWith("plan.csv:2")
                .hasMessageContaining("amount");
        assertThatThrownBy(() -> LedgerCsv.readPlan(new StringReader(PLAN_HEADER
                + "2024-01-10,A,ALLOCATION,42,2024,NTM,CENTRAL_BUDGET,RECURRENT,,5 triệu đồng\n"
                + "2024-12-20,K,EXTENSION,42,2024,NTM,CENTRAL_BUDGET,RECURRENT,,1 triệu đồng\n"), "plan.csv"))
                .isInstanceOf(FinanceDataException.class).hasMessageStartingWith("plan.csv:3")
                .hasMessageContaining("an extension moves no money");
    }
}
