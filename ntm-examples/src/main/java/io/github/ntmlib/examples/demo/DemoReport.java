package io.github.ntmlib.examples.demo;

import io.github.ntmlib.base.Figures;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.core.criteria.CountingMode;
import io.github.ntmlib.core.criteria.CriterionResult;
import io.github.ntmlib.core.criteria.Verdict;
import io.github.ntmlib.core.engine.Evaluation;
import io.github.ntmlib.core.engine.StandardResult;
import io.github.ntmlib.core.locality.AdminUnit;
import io.github.ntmlib.core.locality.Level;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.UnitKind;
import io.github.ntmlib.core.report.Gap;
import io.github.ntmlib.core.report.Gaps;
import io.github.ntmlib.core.report.Plan;
import io.github.ntmlib.core.report.Progress;
import io.github.ntmlib.core.report.Tallies;
import io.github.ntmlib.core.report.Tally;
import io.github.ntmlib.criteria2021.NationalCriteria2021;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The demo's report in one language, built from an evaluation: the seed report's structure
 * (headline results, a table per district, the province requirements, plan progress, OCOP,
 * disbursement and the gaps), every figure formatted as reports print them. The text and HTML
 * renderings read this model only.
 *
 * @param language     the language
 * @param title        the title
 * @param notes        what is synthetic and where the unit list differs from the seed
 * @param headlines    the headline results
 * @param districts    one row per district-level unit
 * @param requirements the province's requirements (tỉnh hoàn thành nhiệm vụ)
 * @param plans        the year's plan progress
 * @param ocop         OCOP lines
 * @param disbursement the 2024 disbursement by type
 * @param gaps         the communes closest to nâng cao and what they lack
 */
public record DemoReport(Language language, String title, List<String> notes, List<String> headlines,
        List<DistrictRow> districts, List<Requirement> requirements, List<String> plans, List<String> ocop,
        List<MoneyRow> disbursement, List<GapRow> gaps) {

    /** How many gaps the report lists. */
    public static final int GAPS_SHOWN = 10;

    /**
     * Copies the lists.
     *
     * @param language     the language
     * @param title        the title
     * @param notes        notes
     * @param headlines    headlines
     * @param districts    districts
     * @param requirements requirements
     * @param plans        plans
     * @param ocop         OCOP lines
     * @param disbursement disbursement rows
     * @param gaps         gaps
     */
    public DemoReport {
        notes = List.copyOf(notes);
        headlines = List.copyOf(headlines);
        districts = List.copyOf(districts);
        requirements = List.copyOf(requirements);
        plans = List.copyOf(plans);
        ocop = List.copyOf(ocop);
        disbursement = List.copyOf(disbursement);
        gaps = List.copyOf(gaps);
    }

    /**
     * A district-level unit's row.
     *
     * @param name           the unit's name
     * @param communes       its xã
     * @param ntm            xã recognised NTM
     * @param advanced       xã recognised nâng cao
     * @param model          xã recognised kiểu mẫu
     * @param villages       its thôn
     * @param villagesModel  thôn recognised kiểu mẫu
     * @param status         the unit's own recognised status, or "—"
     * @param advancedShare  the share of xã nâng cao, printed
     * @param advancedPermille the share of xã nâng cao in ‰ (for the chart), 0 without xã
     */
    public record DistrictRow(String name, int communes, int ntm, int advanced, int model, int villages,
            int villagesModel, String status, String advancedShare, int advancedPermille) {
    }

    /**
     * A province requirement.
     *
     * @param code        its code
     * @param label       its label
     * @param met         whether it is met
     * @param verdict     the verdict, printed
     * @param explanation the engine's explanation
     */
    public record Requirement(String code, String label, boolean met, String verdict, String explanation) {

        /**
         * A province requirement as the engine judged it.
         *
         * @param c        the criterion's result
         * @param language the language
         * @return the requirement
         */
        public static Requirement of(CriterionResult c, Language language) {
            return new Requirement(c.code(), c.labels().in(language), c.verdict() == Verdict.MET,
                    c.verdict().labels().in(language), c.explanation(language));
        }
    }

    /**
     * A disbursement row.
     *
     * @param label     the capital type
     * @param disbursed disbursed, printed
     * @param plan      the plan, printed
     * @param rate      the rate, printed at the seed's digits
     * @param permille  the rate in ‰ (for the chart)
     */
    public record MoneyRow(String label, String disbursed, String plan, String rate, int permille) {
    }

    /**
     * A commune short of nâng cao.
     *
     * @param commune  its name
     * @param district its district
     * @param missing  how many criteria are not met or not assessed
     * @param criteria what it lacks
     */
    public record GapRow(String commune, String district, int missing, String criteria) {
    }

    /**
     * Builds the report.
     *
     * @param evaluation the demo's evaluation
     * @param yearEnd    the evaluation at the end of the plan year (statuses only)
     * @param language   the language
     * @return the report
     */
    public static DemoReport of(Evaluation evaluation, Evaluation yearEnd, Language language) {
        boolean vi = language == Language.VIETNAMESE;
        Locale locale = language.locale();
        Snapshot snapshot = evaluation.snapshot();
        Tallies tallies = Tallies.of(evaluation);
        String province = HaTinhDemo.PROVINCE;
        AdminUnit root = snapshot.require(province);
        String date = DemoText.date(evaluation.request().asOf(), language);
        String title = vi ? "Kết quả xây dựng nông thôn mới " + root.name() + " năm " + HaTinhDemo.YEAR + " (đến " + date + ")"
                : "New Rural Development results, " + root.name() + ", " + HaTinhDemo.YEAR + " (as of " + date + ")";
        Set<UnitKind> xa = Set.of(UnitKind.COMMUNE);
        int communes = snapshot.descendants(province, UnitKind.COMMUNE).size();
        List<String> notes = new ArrayList<>();
        notes.add(vi ? "DỮ LIỆU TỔNG HỢP (synthetic): đơn vị hành chính là danh mục GSO thật; thôn, kết quả tiêu chí và "
                + "quyết định công nhận là dữ liệu tổng hợp, sinh cố định, hiệu chỉnh theo số liệu của báo cáo năm 2024; "
                + "chỉ tiêu cấp tỉnh, OCOP và giải ngân là số liệu thật của báo cáo."
                : "SYNTHETIC DATA: the administrative units are the real GSO list; villages, criterion outcomes and "
                + "recognition decisions are synthetic, generated deterministically and calibrated to the 2024 report's "
                + "figures; the province values, OCOP and disbursement are the report's real figures.");
        if (communes != SeedFigures.COMMUNES) {
            notes.add(vi ? "Danh mục GSO ngày " + date + " có " + communes + " xã; báo cáo tính " + SeedFigures.COMMUNES
                    + " xã, nên các tỷ lệ theo xã khác báo cáo (69/169 = 40,8% trong báo cáo)."
                    : "The GSO list of " + date + " holds " + communes + " xã; the report counts " + SeedFigures.COMMUNES
                    + ", so shares of xã differ from the report's (69/169 = 40.8% there).");
        }
        List<String> headlines = new ArrayList<>();
        headlines.add(tallies.tally(province, NationalCriteria2021.COMMUNE_NTM, Tally.Scope.DESCENDANTS, xa)
                .format(CountingMode.OFFICIAL, "NTM", 1, locale));
        headlines.add(tallies.tally(province, NationalCriteria2021.COMMUNE_ADVANCED, Tally.Scope.DESCENDANTS, xa)
                .format(CountingMode.OFFICIAL, vi ? "NTM nâng cao" : "NTM advanced (nâng cao)", 1, locale));
        headlines.add(tallies.tally(province, NationalCriteria2021.COMMUNE_MODEL, Tally.Scope.DESCENDANTS, xa)
                .format(CountingMode.OFFICIAL, vi ? "NTM kiểu mẫu" : "NTM model (kiểu mẫu)", 1, locale));
        headlines.add(tallies.tally(province, NationalCriteria2021.VILLAGE_MODEL, Tally.Scope.DESCENDANTS,
                Set.of(UnitKind.VILLAGE)).format(CountingMode.OFFICIAL, vi ? "khu dân cư NTM kiểu mẫu (tổng hợp)"
                        : "model residential area (synthetic)", 1, locale));
        int districtUnits = snapshot.children(province).size();
        long districtsDone = snapshot.children(province).stream().filter(d -> recognised(evaluation, d.code())).count();
        headlines.add(vi ? districtsDone + "/" + districtUnits + " đơn vị cấp huyện đạt chuẩn/hoàn thành nhiệm vụ xây dựng NTM"
                : districtsDone + "/" + districtUnits + " district-level units NTM or completed");
        StandardResult prov = evaluation.result(province, NationalCriteria2021.PROVINCE_COMPLETED).orElseThrow();
        headlines.add(vi ? "Tỉnh hoàn thành nhiệm vụ xây dựng NTM: đạt " + prov.count(Verdict.MET) + "/"
                + prov.criteria().size() + " yêu cầu"
                : "Province completed (hoàn thành nhiệm vụ): " + prov.count(Verdict.MET) + "/" + prov.criteria().size()
                + " requirements met");

        List<DistrictRow> rows = new ArrayList<>();
        for (AdminUnit d : snapshot.children(province)) {
            rows.add(row(evaluation, tallies, d, vi, locale));
        }
        List<Requirement> reqs = new ArrayList<>();
        for (CriterionResult c : prov.criteria()) {
            reqs.add(Requirement.of(c, language));
        }
        List<String> plans = new ArrayList<>();
        plans.add((vi ? "Có thêm " + SeedFigures.ADVANCED_PLAN + " xã đạt chuẩn NTM nâng cao: "
                : SeedFigures.ADVANCED_PLAN + " more xã NTM advanced: ") + Progress.of(new Plan(province,
                NationalCriteria2021.COMMUNE_ADVANCED, xa, HaTinhDemo.YEAR, SeedFigures.ADVANCED_PLAN), yearEnd)
                .format(0, locale));
        plans.add((vi ? "Có thêm " + SeedFigures.MODEL_PLAN + " xã đạt chuẩn NTM kiểu mẫu: "
                : SeedFigures.MODEL_PLAN + " more xã NTM model: ") + Progress.of(new Plan(province,
                NationalCriteria2021.COMMUNE_MODEL, xa, HaTinhDemo.YEAR, SeedFigures.MODEL_PLAN), yearEnd)
                .format(0, locale));
        List<String> ocop = List.of(
                vi ? "Lũy kế " + SeedFigures.OCOP_RECOGNISED + " sản phẩm OCOP được công nhận; "
                        + SeedFigures.OCOP_VALID + " sản phẩm còn hiệu lực ("
                        + Figures.formatPercent(SeedFigures.OCOP_VALID, SeedFigures.OCOP_RECOGNISED, 1, locale) + ")"
                        : SeedFigures.OCOP_RECOGNISED + " OCOP products recognised in total; " + SeedFigures.OCOP_VALID
                        + " certificates still valid ("
                        + Figures.formatPercent(SeedFigures.OCOP_VALID, SeedFigures.OCOP_RECOGNISED, 1, locale) + ")",
                vi ? "4 sao: " + SeedFigures.OCOP_FOUR_STAR + "; 3 sao: " + SeedFigures.OCOP_THREE_STAR + " (số liệu báo cáo)"
                        : "4 stars: " + SeedFigures.OCOP_FOUR_STAR + "; 3 stars: " + SeedFigures.OCOP_THREE_STAR
                        + " (report figures)");
        List<MoneyRow> money = new ArrayList<>();
        for (SeedFigures.Disbursement d : SeedFigures.DISBURSEMENT) {
            String unit = vi ? " triệu đồng" : " million VND";
            money.add(new MoneyRow(vi ? d.vietnamese() : d.english(), Figures.format(d.disbursed(), locale) + unit,
                    Figures.format(d.plan(), locale) + unit,
                    Figures.formatPercent(d.disbursed(), d.plan(), d.printedDigits(), locale),
                    Figures.percent(BigDecimal.valueOf(d.disbursed() * 10), BigDecimal.valueOf(d.plan()), 0).intValue()));
        }
        List<GapRow> gaps = new ArrayList<>();
        for (Gap g : Gaps.ranking(evaluation, NationalCriteria2021.COMMUNE_ADVANCED)) {
            AdminUnit u = snapshot.require(g.unit());
            if (u.kind() != UnitKind.COMMUNE || gaps.size() == GAPS_SHOWN) {
                continue;
            }
            String district = snapshot.parent(u.code()).map(AdminUnit::name).orElse("");
            gaps.add(new GapRow(u.name(), district, g.missing().size(), DemoText.lacking(g, language)));
        }
        return new DemoReport(language, title, notes, headlines, rows, reqs, plans, ocop, money, gaps);
    }

    private static boolean recognised(Evaluation evaluation, String unit) {
        return evaluation.unit(unit).standards().stream().anyMatch(s -> s.isRecognised()
                && (s.standard().equals(NationalCriteria2021.DISTRICT_NTM)
                || s.standard().equals(NationalCriteria2021.TOWN_COMPLETED)
                || s.standard().equals(NationalCriteria2021.DISTRICT_NTM_NO_COMMUNES)));
    }

    private static DistrictRow row(Evaluation evaluation, Tallies tallies, AdminUnit d, boolean vi, Locale locale) {
        Set<UnitKind> xa = Set.of(UnitKind.COMMUNE);
        Snapshot s = evaluation.snapshot();
        int communes = s.descendants(d.code(), UnitKind.COMMUNE).size();
        int villages = s.descendants(d.code(), Level.VILLAGE).size();
        int ntm = communes == 0 ? 0 : tallies.tally(d.code(), NationalCriteria2021.COMMUNE_NTM, Tally.Scope.DESCENDANTS, xa)
                .count(CountingMode.OFFICIAL);
        int adv = communes == 0 ? 0 : tallies.tally(d.code(), NationalCriteria2021.COMMUNE_ADVANCED,
                Tally.Scope.DESCENDANTS, xa).count(CountingMode.OFFICIAL);
        int model = communes == 0 ? 0 : tallies.tally(d.code(), NationalCriteria2021.COMMUNE_MODEL,
                Tally.Scope.DESCENDANTS, xa).count(CountingMode.OFFICIAL);
        int vModel = villages == 0 ? 0 : tallies.tally(d.code(), NationalCriteria2021.VILLAGE_MODEL,
                Tally.Scope.DESCENDANTS, Set.of(UnitKind.VILLAGE)).count(CountingMode.OFFICIAL);
        String status = evaluation.unit(d.code()).standards().stream().filter(StandardResult::isRecognised)
                .map(r -> evaluation.standard(r.standard()).labels().in(vi ? Language.VIETNAMESE : Language.ENGLISH))
                .collect(Collectors.joining(", "));
        return new DistrictRow(d.name(), communes, ntm, adv, model, villages, vModel, status.isEmpty() ? "—" : status,
                communes == 0 ? "—" : Figures.formatPercent(adv, communes, 1, locale),
                communes == 0 ? 0 : Figures.percent((long) adv * 10, communes, 0).intValue());
    }
}
