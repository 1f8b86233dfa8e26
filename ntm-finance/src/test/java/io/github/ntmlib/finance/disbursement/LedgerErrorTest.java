package io.github.ntmlib.finance.disbursement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.finance.FinanceDataException;
import io.github.ntmlib.finance.money.Vnd;
import io.github.ntmlib.finance.plan.CapitalLine;
import io.github.ntmlib.finance.plan.CapitalPlan;
import io.github.ntmlib.finance.plan.CapitalSource;
import io.github.ntmlib.finance.plan.CapitalType;
import io.github.ntmlib.finance.plan.PlanEvent;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LedgerErrorTest {

    private static final CapitalLine LINE = CapitalLine.of("42", 2024, "NTM", CapitalSource.CENTRAL_BUDGET,
            CapitalType.RECURRENT);
    private static final CapitalPlan PLAN = CapitalPlan.of(List.of(
            PlanEvent.allocation(LocalDate.of(2024, 3, 1), "5/QĐ-UBND", LINE, Vnd.ofMillions(10))));

    @Test
    void disbursementBeforeThePlanExistsIsRejected() {
        Disbursement early = new Disbursement(LocalDate.of(2024, 2, 1), LINE, Vnd.ofMillions(1), "KB-9",
                SourcePosition.of("giai-ngan.csv", 12));
        assertThatThrownBy(() -> DisbursementLedger.of(PLAN, DeadlineRules.bundled(), List.of(early)))
                .isInstanceOf(FinanceDataException.class).hasMessageContaining("giai-ngan.csv:12")
                .hasMessageContaining("before its plan exists").hasMessageContaining("42/2024");
    }

    @Test
    void disbursementAfterTheDeadlineIsRejected() {
        Disbursement late = Disbursement.of(LocalDate.of(2025, 2, 1), LINE, Vnd.ofMillions(1), "KB-10");
        assertThatThrownBy(() -> DisbursementLedger.of(PLAN, DeadlineRules.bundled(), List.of(late)))
                .isInstanceOf(FinanceDataException.class).hasMessageContaining("after the line's deadline 2025-01-31");
    }

    @Test
    void disbursementAgainstALineWithoutPlanIsRejected() {
        CapitalLine other = CapitalLine.of("42", 2024, "NTM", CapitalSource.PROVINCIAL_BUDGET, CapitalType.RECURRENT);
        assertThatThrownBy(() -> DisbursementLedger.of(PLAN, DeadlineRules.bundled(),
                List.of(Disbursement.of(LocalDate.of(2024, 5, 1), other, Vnd.ofMillions(1), "x"))))
                .isInstanceOf(FinanceDataException.class).hasMessageContaining("does not have");
    }

    @Test
    void negativeAmountsUnknownSourcesAndNegativePlansAreTypedErrors() {
        assertThatThrownBy(() -> Disbursement.of(LocalDate.of(2024, 5, 1), LINE, Vnd.ofMillions(-1), "x"))
                .isInstanceOf(FinanceDataException.class).hasMessageContaining("'amount'");
        assertThatThrownBy(() -> PlanEvent.allocation(LocalDate.of(2024, 5, 1), "A", LINE, Vnd.ofMillions(-1)))
                .isInstanceOf(FinanceDataException.class);
        assertThatThrownBy(() -> CapitalSource.parse("ngân sách vũ trụ", SourcePosition.of("plan.csv", 3), "42"))
                .isInstanceOf(FinanceDataException.class).hasMessageContaining("plan.csv:3")
                .hasMessageContaining("unknown capital source");
        assertThat(CapitalSource.parse("Ngan sach Trung uong", SourcePosition.API, null))
                .isEqualTo(CapitalSource.CENTRAL_BUDGET);
        assertThatThrownBy(() -> CapitalPlan.of(List.of(
                PlanEvent.allocation(LocalDate.of(2024, 3, 1), "A", LINE, Vnd.ofMillions(10)),
                PlanEvent.adjustment(LocalDate.of(2024, 4, 1), "B", LINE, Vnd.ofMillions(-11)))))
                .isInstanceOf(FinanceDataException.class).hasMessageContaining("below zero")
                .hasMessageContaining("B");
        assertThatThrownBy(() -> CapitalPlan.of(List.of(
                PlanEvent.adjustment(LocalDate.of(2024, 4, 1), "B", LINE, Vnd.ofMillions(3)))))
                .isInstanceOf(FinanceDataException.class).hasMessageContaining("before any allocation");
        assertThatThrownBy(() -> CapitalLine.of("4", 2024, "NTM", CapitalSource.CENTRAL_BUDGET,
                CapitalType.RECURRENT)).isInstanceOf(FinanceDataException.class).hasMessageContaining("GSO");
    }

    @Test
    void overDisbursementIsAWarningNotASilentCorrection() {
        DisbursementLedger ledger = DisbursementLedger.of(PLAN, DeadlineRules.bundled(), List.of(
                Disbursement.of(LocalDate.of(2024, 4, 1), LINE, Vnd.ofMillions(8), "a"),
                Disbursement.of(LocalDate.of(2024, 5, 1), LINE, Vnd.ofMillions(4), "b")));
        assertThat(ledger.overDisbursed(LocalDate.of(2024, 4, 30))).isEmpty();
        assertThat(ledger.overDisbursed(LocalDate.of(2024, 5, 1))).singleElement()
                .satisfies(w -> assertThat(w.message()).contains("12.000.000 đồng").contains("10.000.000 đồng"));
        assertThat(ledger.rate(2024, RateBase.PLAN_YEAR_ONLY, Selection.all(), LocalDate.of(2024, 5, 1)).rate()
                .orElseThrow().percent(0)).isEqualByComparingTo("120");
    }

    @Test
    void reallocationMovesMoneyWithoutChangingTheTotal() {
        CapitalLine other = CapitalLine.of("42", 2024, "NTM", CapitalSource.CENTRAL_BUDGET,
                CapitalType.DEVELOPMENT_INVESTMENT);
        List<PlanEvent> events = new ArrayList<>(PLAN.events());
        events.addAll(PlanEvent.reallocation(LocalDate.of(2024, 6, 1), "7/QĐ-UBND", LINE, other, Vnd.ofMillions(4)));
        CapitalPlan moved = CapitalPlan.of(events);
        LocalDate d = LocalDate.of(2024, 6, 1);
        assertThat(moved.amount(LINE, d)).isEqualTo(Vnd.ofMillions(6));
        assertThat(moved.amount(other, d)).isEqualTo(Vnd.ofMillions(4));
        assertThat(moved.amount(LINE, d.minusDays(1))).isEqualTo(Vnd.ofMillions(10));
    }

    @Test
    void ratesAreNonNegativeAndExactBeforeRounding() {
        qt().forAll(longs().between(1, 1_000_000_000_000L),
                lists().of(integers().between(1, 1_000_000)).ofSizeBetween(0, 20))
                .checkAssert((planDong, amounts) -> {
                    CapitalPlan plan = CapitalPlan.of(List.of(PlanEvent.allocation(LocalDate.of(2024, 1, 1), "A",
                            LINE, Vnd.ofDong(planDong))));
                    List<Disbursement> entries = new ArrayList<>();
                    long sum = 0;
                    for (int i = 0; i < amounts.size(); i++) {
                        entries.add(Disbursement.of(LocalDate.of(2024, 1, 1).plusDays(i), LINE,
                                Vnd.ofDong(amounts.get(i)), "e" + i));
                        sum += amounts.get(i);
                    }
                    DisbursementRate rate = DisbursementLedger.of(plan, DeadlineRules.bundled(), entries)
                            .rate(2024, RateBase.PLAN_YEAR_ONLY, Selection.all(), LocalDate.of(2024, 12, 31));
                    assertThat(rate.disbursed()).isEqualTo(Vnd.ofDong(sum));
                    var r = rate.rate().orElseThrow();
                    assertThat(r.numerator().signum()).isNotNegative();
                    assertThat(r.numerator().multiply(BigInteger.valueOf(planDong)))
                            .isEqualTo(r.denominator().multiply(BigInteger.valueOf(sum)));
                });
    }

    @Test
    void disbursingExactlyThePlanIsNotOverDisbursementAndOneDongMoreIs() {
        LocalDate day = LocalDate.of(2024, 6, 1);
        DisbursementLedger exact = DisbursementLedger.of(PLAN, DeadlineRules.bundled(),
                List.of(Disbursement.of(day, LINE, Vnd.ofMillions(10), "KB-1")));
        assertThat(exact.overDisbursed(day)).isEmpty();
        DisbursementLedger over = DisbursementLedger.of(PLAN, DeadlineRules.bundled(), List.of(
                Disbursement.of(day, LINE, Vnd.ofMillions(10), "KB-1"), Disbursement.of(day, LINE, Vnd.ofDong(1),
                        "KB-2")));
        assertThat(over.overDisbursed(day)).singleElement()
                .satisfies(w -> assertThat(w.message()).contains("exceeds the plan"));
        // Before the second entry's day the line is not over-disbursed.
        assertThat(over.overDisbursed(day.minusDays(1))).isEmpty();
    }

    @Test
    void aFundGrantedExactlyItsPlanAndEntitlementsHasNoSurplusShortfallOrWarning() {
        io.github.ntmlib.finance.support.FundReconciliation exact = new io.github.ntmlib.finance.support
                .FundReconciliation("thưởng", 2024, Vnd.ofMillions(10), List.of(Vnd.ofMillions(4), Vnd.ofMillions(6)),
                List.of(Vnd.ofMillions(10)));
        assertThat(exact.surplus()).isEqualTo(Vnd.ZERO);
        assertThat(exact.shortfall()).isEqualTo(Vnd.ZERO);
        assertThat(exact.overGranted()).isEmpty();
        io.github.ntmlib.finance.support.FundReconciliation over = new io.github.ntmlib.finance.support
                .FundReconciliation("thưởng", 2024, Vnd.ofMillions(10), List.of(Vnd.ofMillions(10), Vnd.ofDong(1)),
                List.of(Vnd.ofMillions(10)));
        assertThat(over.overGranted()).isPresent();
        assertThat(over.surplus()).isEqualTo(Vnd.ofDong(1));
    }
}
