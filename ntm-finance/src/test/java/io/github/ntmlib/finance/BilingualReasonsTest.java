package io.github.ntmlib.finance;

import static io.github.ntmlib.testkit.BilingualErrors.thrownBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.base.NumberStyle;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.finance.disbursement.DeadlineRules;
import io.github.ntmlib.finance.disbursement.Disbursement;
import io.github.ntmlib.finance.disbursement.DisbursementLedger;
import io.github.ntmlib.finance.disbursement.LedgerCsv;
import io.github.ntmlib.finance.money.Rate;
import io.github.ntmlib.finance.money.ReportUnit;
import io.github.ntmlib.finance.money.TotalCheck;
import io.github.ntmlib.finance.money.Vnd;
import io.github.ntmlib.finance.plan.CapitalLine;
import io.github.ntmlib.finance.plan.CapitalPlan;
import io.github.ntmlib.finance.plan.CapitalSource;
import io.github.ntmlib.finance.plan.CapitalType;
import io.github.ntmlib.finance.plan.PlanEvent;
import io.github.ntmlib.testkit.BilingualErrors;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * Issue 21: finance's typed errors and warnings are in Vietnamese and English, at the same
 * position, subject and field; the English message is unchanged.
 */
class BilingualReasonsTest {

    private static final String PLAN_HEADER = "date,decision,kind,unit,plan_year,component,source,type,vintage,"
            + "amount\n";
    private static final CapitalLine LINE = CapitalLine.of("42", 2024, "NTM", CapitalSource.CENTRAL_BUDGET,
            CapitalType.RECURRENT);
    private static final CapitalPlan PLAN = CapitalPlan.of(List.of(
            PlanEvent.allocation(LocalDate.of(2024, 3, 1), "5/QĐ-UBND", LINE, Vnd.ofMillions(10))));

    private static void plan(String rows) {
        LedgerCsv.readPlan(new StringReader(PLAN_HEADER + rows), "plan.csv");
    }

    @Test
    void moneyWithoutItsUnitIsRefusedInBothLanguages() {
        InvalidDataException e = thrownBy(() -> Vnd.parse("1.205", SourcePosition.of("von.csv", 4), "42", "amount"));
        assertThat(e.getMessage()).isEqualTo("von.csv:4 [42] field 'amount': '1.205' has no unit (đồng, triệu đồng"
                + " or tỷ đồng)");
        assertThat(e.message(Language.VIETNAMESE)).isEqualTo("von.csv:4 [42] trường 'amount': '1.205' không có đơn"
                + " vị (đồng, triệu đồng hoặc tỷ đồng)");
        thrownBy(() -> Vnd.parse("5 đô la"));
        thrownBy(() -> Vnd.parse("1,5 đồng"));
        thrownBy(() -> Vnd.parse("1.2.3 triệu đồng"));
        thrownBy(() -> Vnd.ofMillions(Long.MAX_VALUE));
        thrownBy(() -> Rate.parsePercent("12", NumberStyle.VI_VN));
    }

    @Test
    void aBadPlanFileIsRefusedInBothLanguages() {
        thrownBy(() -> plan("2024-01-10,A,ALLOCATION,42,2024,NTM,ngân sách vũ trụ,RECURRENT,,5 triệu đồng\n"));
        thrownBy(() -> plan("2024-01-10,A,GIFT,42,2024,NTM,CENTRAL_BUDGET,RECURRENT,,5 triệu đồng\n"));
        thrownBy(() -> plan("2024-01-10,A,ALLOCATION,42,2024,NTM,CENTRAL_BUDGET,RECURRENT,,-5 triệu đồng\n"));
        thrownBy(() -> plan("2024-01-10,A,REDUCTION,42,2024,NTM,CENTRAL_BUDGET,RECURRENT,,-5 triệu đồng\n"));
        thrownBy(() -> plan("2024-01-10,A,ALLOCATION,4,2024,NTM,CENTRAL_BUDGET,RECURRENT,,5 triệu đồng\n"));
        thrownBy(() -> LedgerCsv.readPlan(new StringReader("date,decision\n"), "plan.csv"));
    }

    @Test
    void ledgerErrorsGiveDatesAsVietnameseWrites() {
        Disbursement early = new Disbursement(LocalDate.of(2024, 2, 1), LINE, Vnd.ofMillions(1), "KB-9",
                SourcePosition.of("giai-ngan.csv", 12));
        InvalidDataException e = thrownBy(() -> DisbursementLedger.of(PLAN, DeadlineRules.bundled(), List.of(early)));
        assertThat(e.getMessage()).contains("on 2024-02-01 is before its plan exists (first allocated 2024-03-01)");
        assertThat(e.message(Language.VIETNAMESE)).contains("01/02/2024").contains("01/03/2024");
        thrownBy(() -> new Disbursement(LocalDate.of(2024, 4, 1), LINE, Vnd.ZERO, "KB-1", SourcePosition.API));
        thrownBy(() -> FinanceDataException.require(null, "amount"));
    }

    @Test
    void warningsAreInBothLanguages() {
        FinanceWarning w = new TotalCheck("Hà Tĩnh", Vnd.ofMillions(10), List.of(Vnd.ofMillions(4),
                Vnd.ofMillions(5)), ReportUnit.MILLION).warning().orElseThrow();
        assertThat(w.message()).startsWith("reported total 10 triệu đồng differs from the sum of its parts");
        assertThat(w.message(Language.VIETNAMESE)).startsWith("tổng báo cáo 10 triệu đồng khác tổng các thành phần");
        assertThat(BilingualErrors.leaks(w.message(Language.VIETNAMESE))).isEmpty();
    }

    @Test
    void aForecastThatCannotProjectSaysWhyInBothLanguages() {
        java.util.TreeMap<LocalDate, Vnd> three = new java.util.TreeMap<>();
        LocalDate start = LocalDate.of(2024, 3, 1);
        for (int i = 0; i < 3; i++) {
            three.put(start.plusDays(40L * i), Vnd.ofMillions(10L * i + 1));
        }
        io.github.ntmlib.finance.forecast.Forecast forecast = io.github.ntmlib.finance.forecast.DisbursementForecast
                .project(three, Vnd.ofMillions(100), start.plusDays(100), List.of(start.plusDays(300)), 0.9);
        assertThat(forecast.notProjected()).contains("history too short to project: 3 dated points, at least 4 "
                + "needed");
        assertThat(forecast.notProjected(Language.VIETNAMESE)).contains("số liệu quá ngắn để dự báo: 3 mốc ngày, cần"
                + " ít nhất 4");
        assertThat(BilingualErrors.leaks(forecast.notProjected(Language.VIETNAMESE).orElseThrow())).isEmpty();
    }

    @Test
    void everyAmountWithoutAUnitIsRefusedInBothLanguages() {
        qt().forAll(SourceDSL.strings().numeric()).checkAssert(digits -> {
            InvalidDataException e = thrownBy(() -> Vnd.parse(digits, SourcePosition.of("von.csv", 2), null, "amount"));
            assertThat(e.getMessage()).endsWith("has no unit (đồng, triệu đồng or tỷ đồng)");
        });
    }
}
