package io.github.ntmlib.examples;

import io.github.ntmlib.finance.disbursement.DeadlineOverride;
import io.github.ntmlib.finance.disbursement.DeadlineRules;
import io.github.ntmlib.finance.disbursement.Disbursement;
import io.github.ntmlib.finance.disbursement.DisbursementLedger;
import io.github.ntmlib.finance.disbursement.RateBase;
import io.github.ntmlib.finance.disbursement.Selection;
import io.github.ntmlib.finance.forecast.DisbursementForecast;
import io.github.ntmlib.finance.forecast.Forecast;
import io.github.ntmlib.finance.money.Vnd;
import io.github.ntmlib.finance.plan.CapitalLine;
import io.github.ntmlib.finance.plan.CapitalPlan;
import io.github.ntmlib.finance.plan.CapitalSource;
import io.github.ntmlib.finance.plan.CapitalType;
import io.github.ntmlib.finance.plan.PlanEvent;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Embedding example: a disbursement forecast. Monthly payments against a 2024 development
 * investment plan of 504.912 triệu đồng, then a projection of the rate at the end of the year and at
 * the extended deadline, with its prediction band (doubles: an estimate, and printed as one).
 */
public final class DisbursementOutlook {

    private DisbursementOutlook() {
    }

    /**
     * Runs the example.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        print(System.out);
    }

    /**
     * Builds the ledger, projects and prints the forecast.
     *
     * @param out where to print
     * @return the forecast
     */
    public static Forecast print(PrintStream out) {
        CapitalLine line = CapitalLine.of("42", 2024, "NTM", CapitalSource.CENTRAL_BUDGET,
                CapitalType.DEVELOPMENT_INVESTMENT);
        Vnd planned = Vnd.parse("504.912 triệu đồng");
        CapitalPlan plan = CapitalPlan.of(List.of(PlanEvent.allocation(LocalDate.of(2024, 1, 10), "01/QĐ-UBND", line,
                planned)));
        List<Disbursement> paid = new ArrayList<>();
        long[] millions = {12_000, 18_500, 21_000, 26_400, 30_100, 35_800, 33_000, 38_700, 41_200};
        for (int m = 0; m < millions.length; m++) {
            paid.add(Disbursement.of(LocalDate.of(2024, m + 2, 28), line, Vnd.ofMillions(millions[m]), "KB-" + (m + 1)));
        }
        DeadlineRules rules = DeadlineRules.bundled().withOverrides(List.of(new DeadlineOverride(
                "NQ Quốc hội (caller data)", Set.of(2024), Set.of(), Set.of(), LocalDate.of(2025, 12, 31))));
        DisbursementLedger ledger = DisbursementLedger.of(plan, rules, paid);
        LocalDate asOf = LocalDate.of(2024, 10, 31);
        Forecast forecast = DisbursementForecast.project(
                ledger.cumulative(2024, RateBase.PLAN_YEAR_ONLY, Selection.all()), planned, asOf,
                List.of(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 1, 31)), 0.9);
        out.println("as of " + asOf + ", " + forecast.observations() + " payments (an estimate, not a figure):");
        forecast.projections().forEach(p -> out.printf("  %s: about %.1f%% (90%% band %.1f%% to %.1f%%)%n", p.target(),
                p.estimatePercent(), p.lowerPercent(), p.upperPercent()));
        forecast.notProjected().ifPresent(reason -> out.println("  not projected: " + reason));
        return forecast;
    }
}
