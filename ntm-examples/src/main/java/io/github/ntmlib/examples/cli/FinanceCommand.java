package io.github.ntmlib.examples.cli;

import io.github.ntmlib.base.Figures;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.base.NumberStyle;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.finance.allocation.Allocation;
import io.github.ntmlib.finance.allocation.AllocationShare;
import io.github.ntmlib.finance.allocation.ApportionmentMethod;
import io.github.ntmlib.finance.allocation.Claimant;
import io.github.ntmlib.finance.disbursement.DisbursementLedger;
import io.github.ntmlib.finance.disbursement.DisbursementRate;
import io.github.ntmlib.finance.disbursement.DeadlineOverride;
import io.github.ntmlib.finance.disbursement.DeadlineRules;
import io.github.ntmlib.finance.disbursement.LedgerCsv;
import io.github.ntmlib.finance.disbursement.LinePosition;
import io.github.ntmlib.finance.disbursement.RateBase;
import io.github.ntmlib.finance.disbursement.Selection;
import io.github.ntmlib.finance.io.AllocationJson;
import io.github.ntmlib.finance.io.DeadlinesJson;
import io.github.ntmlib.finance.io.RatesJson;
import io.github.ntmlib.finance.money.ReportUnit;
import io.github.ntmlib.finance.money.Vnd;
import io.github.ntmlib.finance.plan.CapitalPlan;
import io.github.ntmlib.finance.plan.CapitalType;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ntm finance}: disbursement rates and deadlines from plan and disbursement files; allocation of a pool. */
@Command(name = "finance", mixinStandardHelpOptions = true,
        description = "Program finance: disbursement rates and deadlines, allocation of a pool (Decision 07/2022).",
        subcommands = {FinanceCommand.Rates.class, FinanceCommand.Deadlines.class, FinanceCommand.Allocate.class})
final class FinanceCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw Usage.of(spec.commandLine(), "cần một lệnh con: rates, deadlines hoặc allocate",
                "a subcommand is needed: rates, deadlines or allocate");
    }

    /** The plan and disbursement files, the plan year and the date. */
    static final class Ledger {
        @Option(names = "--year", required = true, paramLabel = "YEAR", description = "the plan year")
        int year;

        @Option(names = "--as-of", required = true, paramLabel = "DATE", description = "the date")
        LocalDate asOf = LocalDate.MIN;

        @Option(names = "--plan", required = true, paramLabel = "FILE", description = "plan decisions CSV (LedgerCsv)")
        Path plan = Path.of("");

        @Option(names = "--disbursements", required = true, paramLabel = "FILE", description = "disbursements CSV")
        Path disbursements = Path.of("");

        @Option(names = "--extension", paramLabel = "YEAR=DATE",
                description = "a National Assembly resolution extending a plan year's capital to a date (your data: "
                        + "ntm bundles the laws, not the resolutions), e.g. 2024=2025-12-31")
        Map<Integer, LocalDate> extensions = new LinkedHashMap<>();

        DisbursementLedger read() {
            CapitalPlan p = Inputs.csv(plan, LedgerCsv::readPlan);
            List<DeadlineOverride> overrides = new ArrayList<>();
            extensions.forEach((year, date) -> overrides.add(new DeadlineOverride("(--extension " + year + "="
                    + Language.VIETNAMESE.format(date) + ")", Set.of(year), Set.of(), Set.of(), date)));
            return DisbursementLedger.of(p, DeadlineRules.bundled().withOverrides(overrides),
                    Inputs.csv(disbursements, LedgerCsv::readDisbursements));
        }
    }

    static NumberStyle style(Language language) {
        return language == Language.VIETNAMESE ? NumberStyle.VI_VN : NumberStyle.PLAIN;
    }

    @Command(name = "rates", mixinStandardHelpOptions = true,
            description = "Disbursement rates of a plan year on a date, in total and by capital type, exact until printed.")
    static final class Rates extends Report<Map<Optional<CapitalType>, DisbursementRate>> {
        @Mixin
        Ledger ledger = new Ledger();

        @Option(names = "--base", defaultValue = "PLAN_YEAR_ONLY", description = "PLAN_YEAR_ONLY (default) or PLAN_YEAR_WITH_EXTENDED")
        RateBase base = RateBase.PLAN_YEAR_ONLY;

        /** The rate of each capital type, then (empty key) the total. */
        @Override
        Map<Optional<CapitalType>, DisbursementRate> compute() {
            DisbursementLedger l = ledger.read();
            Map<Optional<CapitalType>, DisbursementRate> rates = new LinkedHashMap<>();
            for (CapitalType t : CapitalType.values()) {
                rates.put(Optional.of(t), l.rate(ledger.year, base, Selection.all().types(t), ledger.asOf));
            }
            rates.put(Optional.empty(), l.rate(ledger.year, base, Selection.all(), ledger.asOf));
            return rates;
        }

        @Override
        void text(Map<Optional<CapitalType>, DisbursementRate> rates, PrintWriter out, Language language) {
            boolean vi = language == Language.VIETNAMESE;
            NumberStyle style = style(language);
            rates.forEach((type, r) -> out.println(type.map(t -> t.labels().in(language)).orElse(vi ? "Tổng" : "Total")
                    + ": " + r.disbursed().format(ReportUnit.MILLION, language) + " / " + r.plan().format(ReportUnit.MILLION, language)
                    + r.rate().map(x -> (vi ? " (đạt " : " (") + x.format(RatesJson.PERCENT_DIGITS, style)
                    + (vi ? " KH)" : " of plan)")).orElse("")));
        }

        @Override
        void json(Map<Optional<CapitalType>, DisbursementRate> rates, PrintWriter out) {
            Map<CapitalType, DisbursementRate> byType = new LinkedHashMap<>();
            rates.forEach((type, r) -> type.ifPresent(t -> byType.put(t, r)));
            RatesJson.write(ledger.year, ledger.asOf, base, byType,
                    Objects.requireNonNull(rates.get(Optional.<CapitalType>empty()), "total"), out);
        }
    }

    @Command(name = "deadlines", mixinStandardHelpOptions = true,
            description = "Each capital line of a plan year on a date: plan, disbursed, deadline and its legal basis.")
    static final class Deadlines extends Report<List<LinePosition>> {
        @Mixin
        Ledger ledger = new Ledger();

        @Override
        List<LinePosition> compute() {
            return ledger.read().positions(ledger.year, ledger.asOf);
        }

        @Override
        void text(List<LinePosition> positions, PrintWriter out, Language language) {
            boolean vi = language == Language.VIETNAMESE;
            for (LinePosition p : positions) {
                out.println(p.line().describe(language) + ": " + p.disbursed().format(ReportUnit.MILLION, language) + " / "
                        + p.plan().format(ReportUnit.MILLION, language) + (vi ? "; hạn " : "; deadline ")
                        + language.format(p.deadline().date()) + " (" + p.deadline().basis(language) + ")"
                        + (p.isPastDeadline() ? (vi ? "; quá hạn, không giải ngân được: " : "; past, lapsed: ")
                        + p.lapsed().format(ReportUnit.MILLION, language) : ""));
            }
        }

        @Override
        void json(List<LinePosition> positions, PrintWriter out) {
            DeadlinesJson.write(ledger.year, ledger.asOf, positions, out);
        }
    }

    @Command(name = "allocate", mixinStandardHelpOptions = true,
            description = {"Apportions a pool among units by their points, exactly, with the chosen method.",
                    "e.g. ntm finance allocate --pool \"1.000 triệu đồng\" --points 42=9 --points 40=11"})
    static final class Allocate extends Report<Allocation> {
        @Option(names = "--pool", required = true, paramLabel = "AMOUNT", description = "the pool, e.g. \"1.000 triệu đồng\"")
        String pool = "";

        @Option(names = "--points", required = true, paramLabel = "UNIT=POINTS",
                description = "a unit's points (repeat per unit), e.g. 42=9.5")
        Map<String, String> points = new LinkedHashMap<>();

        @Option(names = "--method", defaultValue = "LARGEST_REMAINDER",
                description = "LARGEST_REMAINDER (default), D_HONDT or SAINTE_LAGUE")
        ApportionmentMethod method = ApportionmentMethod.LARGEST_REMAINDER;

        @Override
        Allocation compute() {
            Vnd amount = Vnd.parse(pool, SourcePosition.of("--pool"), null, "pool");
            List<Claimant> claimants = new ArrayList<>();
            for (Map.Entry<String, String> e : points.entrySet()) {
                // the one bounded number reader: no exponent, at most 40 digits (never "0e-999999999")
                BigDecimal p = Figures.parse(e.getValue(), NumberStyle.PLAIN, SourcePosition.of("--points"),
                        e.getKey(), "points");
                claimants.add(Claimant.withPoints(e.getKey(), "--points", p));
            }
            return Allocation.of(amount, claimants, method);
        }

        @Override
        void text(Allocation a, PrintWriter out, Language language) {
            for (AllocationShare s : a.shares()) {
                out.println(s.unitCode() + ": " + s.total().format(ReportUnit.MILLION, language) + " — "
                        + s.explain(ReportUnit.MILLION, language));
            }
        }

        @Override
        void json(Allocation a, PrintWriter out) {
            AllocationJson.write(a, out);
        }
    }
}
