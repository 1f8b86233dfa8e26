package io.github.ntmlib.consumer;

import io.github.ntmlib.base.Figures;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.base.NumberStyle;
import io.github.ntmlib.core.criteria.CountingMode;
import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.CriterionResult;
import io.github.ntmlib.core.criteria.Reason;
import io.github.ntmlib.core.data.DataSource;
import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.data.Observation;
import io.github.ntmlib.core.data.StatusEvent;
import io.github.ntmlib.core.data.StatusRegister;
import io.github.ntmlib.core.data.Value;
import io.github.ntmlib.core.engine.Evaluation;
import io.github.ntmlib.core.engine.EvaluationRequest;
import io.github.ntmlib.core.engine.Evaluator;
import io.github.ntmlib.core.locality.AdminUnit;
import io.github.ntmlib.core.locality.Level;
import io.github.ntmlib.core.locality.LocalityHistory;
import io.github.ntmlib.core.locality.PlainChange;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.UnitKind;
import io.github.ntmlib.core.locality.gso.GsoLists;
import io.github.ntmlib.core.registry.CriteriaChoice;
import io.github.ntmlib.core.registry.CriteriaRegistry;
import io.github.ntmlib.core.report.Tallies;
import io.github.ntmlib.core.report.Tally;
import io.github.ntmlib.criteria2021.NationalCriteria2021;
import io.github.ntmlib.finance.allocation.Allocation;
import io.github.ntmlib.finance.allocation.ApportionmentMethod;
import io.github.ntmlib.finance.allocation.Claimant;
import io.github.ntmlib.finance.allocation.CommuneCoefficients;
import io.github.ntmlib.finance.allocation.CommuneStatus;
import io.github.ntmlib.finance.disbursement.DeadlineOverride;
import io.github.ntmlib.finance.disbursement.DeadlineRules;
import io.github.ntmlib.finance.disbursement.Disbursement;
import io.github.ntmlib.finance.disbursement.DisbursementLedger;
import io.github.ntmlib.finance.disbursement.DisbursementRate;
import io.github.ntmlib.finance.disbursement.RateBase;
import io.github.ntmlib.finance.disbursement.Selection;
import io.github.ntmlib.finance.money.ReportUnit;
import io.github.ntmlib.finance.money.Vnd;
import io.github.ntmlib.finance.plan.CapitalLine;
import io.github.ntmlib.finance.plan.CapitalPlan;
import io.github.ntmlib.finance.plan.CapitalSource;
import io.github.ntmlib.finance.plan.CapitalType;
import io.github.ntmlib.finance.plan.PlanEvent;
import io.github.ntmlib.ocop.Instrument;
import io.github.ntmlib.ocop.Stars;
import io.github.ntmlib.ocop.certificate.Certificate;
import io.github.ntmlib.ocop.certificate.ProductCode;
import io.github.ntmlib.ocop.certificate.Subject;
import io.github.ntmlib.ocop.certificate.SubjectKind;
import io.github.ntmlib.ocop.portfolio.Portfolio;
import io.github.ntmlib.ocop.portfolio.PortfolioReport;
import io.github.ntmlib.ocop.rating.CouncilResult;
import io.github.ntmlib.finance.allocation.CommuneStatus.AllCriteriaRule;
import io.github.ntmlib.ocop.rating.Rater;
import io.github.ntmlib.ocop.rating.Rating;
import io.github.ntmlib.ocop.rating.RatingAuthority;
import io.github.ntmlib.ocop.rating.Scorecard;
import io.github.ntmlib.ocop.sheet.Sheet;
import io.github.ntmlib.ocop.sheet.SheetCatalog;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every Java snippet of the project README, verbatim (the tests check that each README block
 * appears here line for line), in a project that depends on the library as an outside user does:
 * through the BOM, with the {@code module-info} the README gives.
 */
public final class ReadmeSnippets {

    private ReadmeSnippets() {
    }

    /**
     * The README's hierarchy example.
     *
     * @return what it found, for the tests
     */
    public static String hierarchy() {
        LocalityHistory haTinh = GsoLists.haTinh();                       // shipped GSO lists + merge map
        Snapshot march = haTinh.asOf(LocalDate.of(2025, 3, 1));
        AdminUnit thachHa = march.findUnique("huyen thach ha");           // accents, case, kind word optional
        Map<UnitKind, Integer> kinds = march.countByKind(thachHa.code()); // {COMMUNE=21, TOWNSHIP=2}
        Snapshot july = haTinh.asOf(LocalDate.of(2025, 7, 1));            // 69 communes under the province
        for (AdminUnit commune : july.children("42")) {
            Set<AdminUnit> before = haTinh.predecessorsOn(commune.code(), july.date(), march.date(), Level.COMMUNE);
            System.out.println(commune.name() + " <- " + before);
        }
        List<PlainChange> changes = haTinh.diff(LocalDate.of(2024, 11, 1), march.date());
        return kinds + " | " + july.children("42").size() + " | " + changes.size();
    }

    /**
     * The README's engine example.
     *
     * @return what it found, for the tests
     */
    public static String engine() {
        List<StatusEvent> recognitions = new ArrayList<>();              // none: nothing recognised
        CriteriaRegistry registry = CriteriaRegistry.load();                // every plugin on the path
        CriteriaSet set = registry.pick(2024, LocalDate.of(2024, 12, 31)).set(); // vn-2021-2025, by data year
        Snapshot haTinh = registry.classify(GsoLists.haTinh().asOf(LocalDate.of(2024, 12, 31))); // + NTM regions
        Dataset data = Dataset.builder()
                .add(Observation.of("18409", "3.1", 2024, Value.Ratio.of(799, 1000),
                        DataSource.of("Sở NN&PTNT Hà Tĩnh", "Báo cáo 2024")))
                .build();
        StatusRegister register = StatusRegister.of(recognitions);        // decisions from your database
        EvaluationRequest request = EvaluationRequest.of(LocalDate.of(2024, 12, 31), 2024, CountingMode.OFFICIAL);
        Evaluation result = Evaluator.of(set).evaluate(request, haTinh, data, register); // Evaluator: compiled once per set
        CriterionResult irrigation = result.result("18409", NationalCriteria2021.COMMUNE_NTM).orElseThrow()
                .criterion("3").orElseThrow();
        Set<Reason> reasons = irrigation.reasons();                      // [THRESHOLD_NOT_ENCODED, NO_DATA]
        String why = irrigation.explanation(Language.ENGLISH);           // "3.1: 799/1,000 = 79.9%; threshold not encoded
                                                                         //  (regional: ntm-region-2021-2025 = BAC_TRUNG_BO ..."
        Tally advanced = Tallies.of(result).tally("42", NationalCriteria2021.COMMUNE_ADVANCED,
                Tally.Scope.DESCENDANTS, Set.of(UnitKind.COMMUNE));
        String line = advanced.format(CountingMode.OFFICIAL, "NTM nâng cao", 1, Figures.VI);
                                             // "69/182 xã được công nhận đạt chuẩn NTM nâng cao (đạt 37,9%)"
        return line + "\n" + why + "\n" + reasons;
    }

    /**
     * The README's period swap.
     *
     * @return what it found, for the tests
     */
    public static String periodSwap() {
        CriteriaRegistry registry = CriteriaRegistry.load();
        LocalityHistory history = GsoLists.haTinh();
        LocalDate date = LocalDate.of(2026, 12, 31);
        int dataYear = 2026;
        Dataset data = Dataset.empty();
        StatusRegister register = StatusRegister.empty();
        CriteriaChoice choice = registry.pick(dataYear, date);            // vn-2021-2025 or vn-2026-2030, with the reason
        Snapshot units = registry.classify(history.asOf(date));           // + the plugins' tables (2021-2025 regions)
        Evaluation e = Evaluator.of(choice.set()).evaluate(EvaluationRequest.of(date, dataYear, CountingMode.COMPUTED),
                units, data, register);
        // 18133 | 2021-2025 commune-ntm: 4/4 predecessors ... carried over | 2026-2030 commune-ntm: not met (6 met, 1 not met, 3 not assessed of 10)
        return choice.set().id() + " | " + e.units().size();
    }

    /**
     * The README's OCOP example.
     *
     * @return what it found, for the tests
     */
    public static String ocop() {
        Sheet sheet = SheetCatalog.of(Instrument.QD_26_2026).sheet(1);    // Rau, củ, quả, hạt tươi
        Scorecard member1 = Scorecard.builder("Bưởi Phúc Trạch", sheet, "Member 1")
                .choose("1.3", 2)                          // machinery, not advanced technology
                .chooseAll(c -> c.options().size())        // the last (top) option everywhere else
                .build();
        Scorecard member2 = Scorecard.builder("Bưởi Phúc Trạch", sheet, "Member 2")
                .chooseAll(c -> c.options().size()).build();
        Rating rating = Rater.standard().rate(new CouncilResult("Bưởi Phúc Trạch",
                RatingAuthority.PROVINCE, LocalDate.of(2026, 6, 20), List.of(member1, member2)));
        rating.average();         // 199/2, printed "99.5": exact
        rating.awarded();         // Optional[FOUR]: the 5★ marker of 1.3 is missed on average (2.5 < 3)
        System.out.println(rating.explain());
        Rater.standard().advise(member1).orElseThrow().changes();
                                  // [OptionChange[criterion=1.3, from=OptionalInt[2], to=3, pointsFrom=2, pointsTo=3]]

        Certificate certificate = Certificate.issue(ProductCode.parse("42-18325-12-2026"), "Bưởi Phúc Trạch",
                new Subject("HTX Phúc Trạch", SubjectKind.COOPERATIVE), Stars.FOUR,
                RatingAuthority.PROVINCE, "UBND tỉnh Hà Tĩnh", "1234/QĐ-UBND", LocalDate.of(2026, 7, 1));
        certificate.expiry();     // 2029-07-01
        PortfolioReport report = Portfolio.of(List.of(certificate)).asOf(LocalDate.of(2026, 12, 31));
        report.valid();           // 1
        report.byStars();         // {THREE=0, FOUR=1, FIVE=0}
        report.byProvince();      // {42=1}
        return rating.awarded() + " | " + rating.average() + " | " + certificate.expiry() + " | " + report.valid();
    }

    /**
     * The README's finance example.
     *
     * @return what it found, for the tests
     */
    public static String finance() {
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

        Claimant haTinh = Claimant.fromCommunes("42", List.of(
                new CommuneStatus("18001", 12, 19, false, false, false),   // 5.0
                new CommuneStatus("18002", 17, 19, false, false, false),   // 3.0
                new CommuneStatus("18003", 19, 19, true, false, false)),   // 1.0
                CommuneCoefficients.decision07of2022(), AllCriteriaRule.BY_OFFICIAL_STATUS);
        Claimant ngheAn = Claimant.withPoints("40", "điểm theo tiêu chí xã (dữ liệu)", new BigDecimal("11"));
        Allocation allocation = Allocation.of(Vnd.parse("1.000 triệu đồng"), List.of(haTinh, ngheAn),
                ApportionmentMethod.LARGEST_REMAINDER);
        String why = allocation.share("42").orElseThrow().explain(ReportUnit.MILLION);
        // "42: 5.0 × 1 (...) + 3.0 × 1 (...) + 1.0 × 1 (...) = 9.0 of 20.0 points; quota 450 rounding units → 450 million VND"
        // explain(ReportUnit.MILLION, Language.VIETNAMESE): "42: 5,0 × 1 (...) + ... = 9,0 trên 20,0 điểm; hạn ngạch 450 đơn vị làm tròn → 450 triệu đồng"
        return printed + "\n" + why;
    }
}
