package io.github.ntmlib.finance.disbursement;

import io.github.ntmlib.finance.money.Vnd;
import io.github.ntmlib.finance.plan.CapitalLine;
import io.github.ntmlib.finance.plan.CapitalPlan;
import io.github.ntmlib.finance.plan.CapitalSource;
import io.github.ntmlib.finance.plan.CapitalType;
import io.github.ntmlib.finance.plan.PlanEvent;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The seed's 2024 Hà Tĩnh plan and disbursements (section 6.3) as plan events and ledger entries. */
public final class SeedLedgerFixture {

    public static final CapitalLine DTPT = CapitalLine.of("42", 2024, "NTM", CapitalSource.CENTRAL_BUDGET,
            CapitalType.DEVELOPMENT_INVESTMENT);
    public static final CapitalLine SU_NGHIEP = CapitalLine.of("42", 2024, "NTM", CapitalSource.CENTRAL_BUDGET,
            CapitalType.RECURRENT);
    /** Test fixture: the extension of 2024 capital into 2025 with a deadline the caller supplies. */
    public static final DeadlineOverride INTO_2025 = new DeadlineOverride("test fixture: 2022-2024 capital into 2025",
            Set.of(2022, 2023, 2024), Set.of(), Set.of(), LocalDate.of(2025, 12, 31));

    private SeedLedgerFixture() {
    }

    /**
     * The ledger.
     *
     * @return the seed ledger
     */
    public static DisbursementLedger ledger() {
        CapitalPlan plan = CapitalPlan.of(List.of(
                PlanEvent.allocation(LocalDate.of(2024, 1, 10), "01/QĐ-UBND", DTPT, Vnd.ofMillions(480_000)),
                PlanEvent.adjustment(LocalDate.of(2024, 8, 1), "02/QĐ-UBND", DTPT, Vnd.ofMillions(24_912)),
                PlanEvent.allocation(LocalDate.of(2024, 1, 10), "01/QĐ-UBND", SU_NGHIEP, Vnd.ofMillions(88_228))));
        return DisbursementLedger.of(plan, DeadlineRules.bundled().withOverrides(List.of(INTO_2025)), List.of(
                Disbursement.of(LocalDate.of(2024, 6, 30), DTPT, Vnd.ofMillions(200_000), "KB-1"),
                Disbursement.of(LocalDate.of(2024, 12, 31), DTPT, Vnd.ofMillions(150_000), "KB-2"),
                Disbursement.of(LocalDate.of(2025, 2, 20), DTPT, Vnd.ofMillions(15_695), "KB-3"),
                Disbursement.of(LocalDate.of(2024, 9, 30), SU_NGHIEP, Vnd.ofMillions(40_000), "KB-4"),
                Disbursement.of(LocalDate.of(2025, 2, 25), SU_NGHIEP, Vnd.ofMillions(5_931), "KB-5"),
                Disbursement.of(LocalDate.of(2025, 3, 1), SU_NGHIEP, Vnd.ofMillions(1_000), "KB-6")));
    }
}
