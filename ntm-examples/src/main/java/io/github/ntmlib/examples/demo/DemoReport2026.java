package io.github.ntmlib.examples.demo;

import io.github.ntmlib.base.Figures;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.core.criteria.CriterionResult;
import io.github.ntmlib.core.criteria.Verdict;
import io.github.ntmlib.core.engine.Evaluation;
import io.github.ntmlib.core.engine.StandardResult;
import io.github.ntmlib.core.locality.AdminUnit;
import io.github.ntmlib.core.locality.Share;
import io.github.ntmlib.core.locality.UnitKind;
import io.github.ntmlib.core.report.CarryOver;
import io.github.ntmlib.core.report.CarryOverOutcome;
import io.github.ntmlib.core.report.Gap;
import io.github.ntmlib.core.report.Gaps;
import io.github.ntmlib.core.report.Plan;
import io.github.ntmlib.core.report.Progress;
import io.github.ntmlib.criteria2026.GroupDerivation;
import io.github.ntmlib.criteria2026.NationalCriteria2026;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The 2026-2030 demo's report in one language: headline results, a table per new unit (its
 * commune group, its predecessors, its 2021-2025 status carried over beside its 2026-2030
 * assessment), the province conditions, progress against the program's 2030 target as a plan (%
 * KH), and the gaps. The text and HTML renderings read this model only.
 *
 * @param language  the language
 * @param title     the title
 * @param notes     what is synthetic and what is not encoded
 * @param headlines the headline results
 * @param units     one row per unit of 1 July 2025
 * @param chart     the xã by 2026-2030 verdict, for the chart
 * @param province  the province conditions (appendix III)
 * @param plans     progress against the 2030 target
 * @param gaps      the xã closest to NTM and what they lack
 */
public record DemoReport2026(Language language, String title, List<String> notes, List<String> headlines,
        List<UnitRow> units, List<Bar> chart, List<DemoReport.Requirement> province, List<String> plans,
        List<GapRow> gaps) {

    /** The program's 2030 target: about 65% of communes NTM (news of Feb 2026, not Decision 51). */
    public static final int TARGET_PERCENT = 65;

    /**
     * Copies the lists.
     *
     * @param language  the language
     * @param title     the title
     * @param notes     notes
     * @param headlines headlines
     * @param units     unit rows
     * @param chart     chart bars
     * @param province  province conditions
     * @param plans     plan lines
     * @param gaps      gaps
     */
    public DemoReport2026 {
        notes = List.copyOf(notes);
        headlines = List.copyOf(headlines);
        units = List.copyOf(units);
        chart = List.copyOf(chart);
        province = List.copyOf(province);
        plans = List.copyOf(plans);
        gaps = List.copyOf(gaps);
    }

    /**
     * A unit of 1 July 2025.
     *
     * @param name         its name
     * @param group        its commune group, "not assessed", or "—" for a phường
     * @param groupBasis   why (the rule's branch or the facts missing)
     * @param predecessors its predecessors, with share and whether commune standards apply to their kind
     * @param carried      its 2021-2025 status carried over (the highest standard), or "—"
     * @param carryNote    each 2021-2025 standard that applies: predecessors holding it of those counted, and the outcome
     * @param verdict      its 2026-2030 commune NTM verdict, or not applicable for a phường
     * @param met          the verdict's style: "met", "notmet", "na" (not assessed or not applicable)
     * @param criteria     the criteria counts, printed
     */
    public record UnitRow(String name, String group, String groupBasis, String predecessors, String carried,
            String carryNote, String verdict, String met, String criteria) {
    }

    /**
     * A bar of the chart: how many xã have a verdict.
     *
     * @param label    the verdict
     * @param value    the count and share, printed
     * @param style    the verdict's style ("met", "notmet", "na")
     * @param permille the share in ‰
     */
    public record Bar(String label, String value, String style, int permille) {
    }

    /**
     * A xã short of NTM.
     *
     * @param commune  its name
     * @param group    its commune group, or not assessed
     * @param missing  how many criteria are not met or not assessed
     * @param criteria what it lacks
     */
    public record GapRow(String commune, String group, int missing, String criteria) {
    }

    /**
     * Builds the report.
     *
     * @param demo     the demo
     * @param language the language
     * @return the report
     */
    public static DemoReport2026 of(HaTinhDemo2026 demo, Language language) {
        boolean vi = language == Language.VIETNAMESE;
        Locale locale = language.locale();
        Evaluation evaluation = demo.evaluation();
        String province = HaTinhDemo.PROVINCE;
        AdminUnit root = evaluation.snapshot().require(province);
        List<AdminUnit> units = evaluation.snapshot().children(province);
        List<AdminUnit> xa = units.stream().filter(u -> u.kind() == UnitKind.COMMUNE).toList();
        String date = DemoText.date(HaTinhDemo2026.AS_OF, language);
        String setId = demo.choice().set().id();
        String title = vi ? "Đánh giá nông thôn mới giai đoạn 2026-2030, " + root.name() + " (đến " + date + ")"
                : "New Rural Development 2026-2030 assessment, " + root.name() + " (as of " + date + ")";
        List<String> notes = List.of(vi
                ? "DỮ LIỆU TỔNG HỢP (synthetic): đơn vị hành chính là danh mục GSO thật từ 01/07/2025; kết quả ghi nhận "
                + "theo tiêu chí, dữ kiện nhóm xã và các quyết định công nhận 2021-2025 là dữ liệu tổng hợp, sinh cố định."
                : "SYNTHETIC DATA: the administrative units are the real GSO list of 1 July 2025; the recorded "
                + "outcomes per criterion, the commune group facts and the 2021-2025 recognitions are synthetic, "
                + "generated deterministically.",
                vi ? "Bộ tiêu chí " + setId + " (QĐ 51/2025/QĐ-TTg): 10 tiêu chí; 47 chỉ tiêu của Phụ lục I CHƯA được mã "
                + "hóa (không tìm thấy bảng chỉ tiêu), nên mỗi tiêu chí do kết quả ghi nhận quyết định; tiêu chí "
                + "không có kết quả ghi nhận là \"chưa đánh giá\"."
                : "Criteria set " + setId + " (Decision 51/2025/QĐ-TTg): 10 criteria; the 47 indicators of appendix I "
                + "are NOT encoded (their table was not found), so a recorded outcome decides each criterion and a "
                + "criterion without one is \"not assessed\".",
                vi ? "Kế thừa trạng thái 2021-2025 theo nguyên tắc \"" + HaTinhDemo2026.POLICY.vietnamese() + "\" (không có quy định quốc gia "
                + "cho đợt sắp xếp 01/07/2025): đạt khi mọi đơn vị sáp nhập toàn bộ thuộc loại áp dụng đã đạt vào ngày "
                + "30/06/2025; đơn vị thuộc loại không áp dụng (thị trấn, phường với tiêu chí xã) không được tính."
                : "2021-2025 statuses carried over under the policy \"" + HaTinhDemo2026.POLICY.english() + "\" (no national rule was "
                + "found for the 1 July 2025 merger): carried when every wholly merged predecessor of a kind the "
                + "standard applies to held it on 30 June 2025; predecessors of a kind it does not apply to (thị trấn, phường for "
                + "the commune standards) are not counted.");

        List<UnitRow> rows = new ArrayList<>();
        int met = 0;
        int notMet = 0;
        int notAssessed = 0;
        List<String> metCodes = new ArrayList<>();
        int[] groups = new int[4];
        int[] carriedCounts = new int[3];
        for (AdminUnit u : units) {
            boolean commune = u.kind() == UnitKind.COMMUNE;
            List<CarryOver> carried = demo.carried(u.code());
            String group = "—";
            String basis = "";
            String verdict = vi ? "không áp dụng (phường)" : "not applicable (phường)";
            String style = "na";
            String counts = "";
            if (commune) {
                GroupDerivation d = demo.groups().derivations().get(u.code());
                group = d.group().map(g -> (vi ? "nhóm " : "group ") + g).orElse(Verdict.NOT_ASSESSED.label(language));
                groups[d.group().map(Integer::parseInt).orElse(0)]++;
                basis = basis(d, vi);
                StandardResult r = evaluation.result(u.code(), NationalCriteria2026.COMMUNE_NTM).orElseThrow();
                verdict = r.verdict().label(language);
                style = r.verdict() == Verdict.MET ? "met" : r.verdict() == Verdict.NOT_MET ? "notmet" : "na";
                counts = r.count(Verdict.MET) + "/" + r.criteria().size() + (vi ? " đạt" : " met")
                        + (r.count(Verdict.NOT_MET) > 0 ? ", " + r.count(Verdict.NOT_MET) + (vi ? " chưa đạt" : " not met") : "")
                        + (r.count(Verdict.NOT_ASSESSED) > 0 ? ", " + r.count(Verdict.NOT_ASSESSED)
                        + (vi ? " chưa đánh giá" : " not assessed") : "");
                switch (r.verdict()) {
                    case MET -> {
                        met++;
                        metCodes.add(u.code());
                    }
                    case NOT_MET -> notMet++;
                    default -> notAssessed++;
                }
                for (int i = 0; i < 3; i++) {
                    if (carried.get(i).carriedOver()) {
                        carriedCounts[i]++;
                    }
                }
            }
            rows.add(new UnitRow(u.name(), group, basis, predecessors(commune ? carried.get(0) : carried.get(3), commune
                    ? (vi ? "tiêu chí xã" : "commune standards") : (vi ? "đô thị văn minh" : "civilised urban"), vi), highest(demo, carried, language),
                    carryNote(demo, carried, language), verdict, style, counts));
        }

        Locale l = locale;
        List<String> headlines = new ArrayList<>();
        headlines.add(vi ? "Bộ tiêu chí " + setId + " chọn theo năm số liệu " + HaTinhDemo2026.YEAR + " và ngày " + date
                : "Criteria set " + setId + " chosen by data year " + HaTinhDemo2026.YEAR + " and date " + date);
        headlines.add(met + "/" + xa.size() + (vi ? " xã đạt chuẩn NTM theo đánh giá (kết quả ghi nhận tổng hợp) (đạt "
                : " xã assessed NTM (synthetic recorded outcomes) (") + Figures.formatPercent(met, xa.size(), 1, l) + ")"
                + (vi ? "; chưa đạt: " : "; not met: ") + notMet + (vi ? "; chưa đánh giá: " : "; not assessed: ")
                + notAssessed);
        long wards = units.size() - xa.size();
        headlines.add(vi ? wards + " phường: không áp dụng bộ tiêu chí xã NTM" : wards
                + " phường: the commune NTM set does not apply");
        headlines.add((vi ? "Nhóm xã (dữ kiện tổng hợp): nhóm 1: " : "Commune groups (synthetic facts): group 1: ")
                + groups[1] + (vi ? "; nhóm 2: " : "; group 2: ") + groups[2] + (vi ? "; nhóm 3: " : "; group 3: ")
                + groups[3] + "; " + Verdict.NOT_ASSESSED.label(language) + ": " + groups[0]);
        headlines.add((vi ? "Kế thừa trạng thái 2021-2025 (" : "2021-2025 statuses carried over (") + HaTinhDemo2026.POLICY.labels().in(language)
                + "): NTM " + carriedCounts[0] + "/" + xa.size() + (vi ? " xã; nâng cao " : " xã; advanced ")
                + carriedCounts[1] + "/" + xa.size() + (vi ? " xã; kiểu mẫu " : " xã; model ") + carriedCounts[2] + "/"
                + xa.size() + " xã");

        List<DemoReport.Requirement> conditions = new ArrayList<>();
        StandardResult prov = evaluation.result(province, NationalCriteria2026.PROVINCE_COMPLETED).orElseThrow();
        for (CriterionResult c : prov.criteria()) {
            conditions.add(DemoReport.Requirement.of(c, language));
        }

        int target = target(xa.size());
        Progress progress = new Progress(new Plan(province, NationalCriteria2026.COMMUNE_NTM, Set.of(UnitKind.COMMUNE),
                2030, target), metCodes);
        List<String> plans = List.of(vi
                ? "Mục tiêu 2030 của Chương trình: khoảng " + TARGET_PERCENT + "% số xã đạt chuẩn NTM (tin tháng 02/2026, "
                + "không phải QĐ 51/2025), tức " + target + "/" + xa.size() + " xã (làm tròn lên)"
                : "The program's 2030 target: about " + TARGET_PERCENT + "% of communes NTM (news of Feb 2026, not "
                + "Decision 51/2025), that is " + target + "/" + xa.size() + " xã (rounded up)",
                (vi ? "Xã đạt chuẩn NTM theo đánh giá đến " + date + ": " : "Xã assessed NTM as of " + date + ": ")
                        + progress.format(1, l));

        List<GapRow> gaps = new ArrayList<>();
        for (Gap g : Gaps.ranking(evaluation, NationalCriteria2026.COMMUNE_NTM)) {
            if (gaps.size() == DemoReport.GAPS_SHOWN) {
                break;
            }
            AdminUnit u = evaluation.snapshot().require(g.unit());
            String group = demo.groups().derivations().get(u.code()).group().map(x -> (vi ? "nhóm " : "group ") + x)
                    .orElse(Verdict.NOT_ASSESSED.label(language));
            gaps.add(new GapRow(u.name(), group, g.missing().size(), DemoText.lacking(g, language)));
        }
        List<Bar> chart = List.of(bar(Verdict.MET, met, xa.size(), "met", language),
                bar(Verdict.NOT_MET, notMet, xa.size(), "notmet", language),
                bar(Verdict.NOT_ASSESSED, notAssessed, xa.size(), "na", language));
        return new DemoReport2026(language, title, notes, headlines, rows, chart, conditions, plans, gaps);
    }

    private static Bar bar(Verdict verdict, int count, int of, String style, Language language) {
        return new Bar(verdict.label(language), count + "/" + of + " (" + Figures.formatPercent(count, of, 1,
                language.locale()) + ")", style, Figures.percent((long) count * 10, of, 0).intValue());
    }

    /**
     * The 2030 target in xã: {@value #TARGET_PERCENT}% of the xã, rounded up to a whole xã (the
     * least count that reaches the share), decided in integers.
     *
     * @param communes the number of xã, not negative
     * @return the least {@code t} with {@code t * 100 >= communes * TARGET_PERCENT}
     * @throws IllegalArgumentException for a negative count
     */
    public static int target(int communes) {
        if (communes < 0) {
            throw new IllegalArgumentException("a count of xã is not negative: " + communes);
        }
        return (int) (((long) communes * TARGET_PERCENT + 99) / 100);
    }

    /** Why a xã is in its group, or which facts are missing. */
    private static String basis(GroupDerivation d, boolean vi) {
        if (d.group().isEmpty()) {
            return d.read().isEmpty() ? (vi ? "chưa có dữ kiện" : "no facts supplied")
                    : (vi ? "thiếu: " : "missing: ") + String.join(", ", d.missing(vi ? Language.VIETNAMESE : Language.ENGLISH));
        }
        String why = d.basisLabel(vi ? Language.VIETNAMESE : Language.ENGLISH);
        Language lang = vi ? Language.VIETNAMESE : Language.ENGLISH;
        return d.setAside().isEmpty() ? why : why + (vi ? "; gác lại: " : "; set aside: ")
                + String.join(", ", d.setAside(lang));
    }

    /** Each carried standard that applies to the unit: held/counted and the policy's outcome. */
    private static String carryNote(HaTinhDemo2026 demo, List<CarryOver> carried, Language language) {
        return carried.stream().filter(c -> c.outcome() != CarryOverOutcome.NOT_APPLICABLE_TO_UNIT)
                .map(c -> demo.previousSet().standard(c.standard()).orElseThrow().labels().in(language) + ": "
                        + c.holding() + "/" + c.counted() + " " + (language == Language.VIETNAMESE ? "đã đạt" : "held")
                        + " → " + c.outcome().label(language))
                .collect(Collectors.joining("; "));
    }

    private static String predecessors(CarryOver carried, String standards, boolean vi) {
        return carried.predecessors().stream().map(p -> p.predecessor().name() + " (" + (p.share() == Share.FULL
                ? (vi ? "toàn bộ" : "whole") : (vi ? "một phần" : "part"))
                + (p.standing() == CarryOver.PredecessorStanding.Standing.NOT_APPLICABLE
                ? (vi ? ", không áp dụng " + standards : ", " + standards + " not applicable") : "") + ")")
                .collect(Collectors.joining(", "));
    }

    /** The highest 2021-2025 standard carried over, or "—". */
    private static String highest(HaTinhDemo2026 demo, List<CarryOver> carried, Language language) {
        for (int i = carried.size() - 1; i >= 0; i--) {
            CarryOver c = carried.get(i);
            if (c.carriedOver()) {
                return demo.previousSet().standard(c.standard()).orElseThrow().labels().in(language);
            }
        }
        boolean none = carried.stream().allMatch(c -> c.outcome() == CarryOverOutcome.NOT_APPLICABLE_TO_UNIT);
        return none ? "—" : CarryOverOutcome.NOT_CARRIED_OVER.label(language);
    }
}
