package io.github.ntmlib.report;

import io.github.ntmlib.base.Figures;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.core.criteria.CountingMode;
import io.github.ntmlib.core.criteria.CriterionResult;
import io.github.ntmlib.core.criteria.Standard;
import io.github.ntmlib.core.engine.Evaluation;
import io.github.ntmlib.core.engine.StandardResult;
import io.github.ntmlib.core.engine.UnitResult;
import io.github.ntmlib.core.locality.UnitKind;
import io.github.ntmlib.core.report.Gap;
import io.github.ntmlib.core.report.Gaps;
import io.github.ntmlib.core.report.Plan;
import io.github.ntmlib.core.report.Progress;
import io.github.ntmlib.core.report.Tally;
import io.github.ntmlib.finance.allocation.Allocation;
import io.github.ntmlib.finance.allocation.AllocationShare;
import io.github.ntmlib.finance.money.ReportUnit;
import io.github.ntmlib.finance.money.Vnd;
import io.github.ntmlib.ocop.Stars;
import io.github.ntmlib.ocop.portfolio.PortfolioReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The standard sections of a report, each a {@link SectionSource}. */
final class StandardSections {

    /** The most units listed per standard as closest to it. */
    static final int CLOSEST = 5;

    private StandardSections() {
    }

    static List<SectionSource> body() {
        return List.of(StandardSections::overall, StandardSections::districts, StandardSections::requirements,
                StandardSections::plans, StandardSections::closest, StandardSections::ocop, StandardSections::finance);
    }

    static SectionSource appendix() {
        return StandardSections::matrix;
    }

    static String subtitle(ReportFacts f) {
        Evaluation e = f.evaluation();
        Language lang = f.language();
        return f.scope().name() + " — " + e.criteriaSet().labels().in(lang)
                + f.text(", đánh giá ngày ", ", assessed as of ") + lang.format(e.request().asOf())
                + f.text(", số liệu năm ", ", data year ") + e.request().dataYear() + ", "
                + e.request().counting().labels().in(lang);
    }

    /** The label of a standard in the report's language. */
    private static String name(ReportFacts f, Standard s) {
        return s.labels().in(f.language());
    }

    static Optional<Section> overall(ReportFacts f) {
        List<Block> blocks = new ArrayList<>();
        CountingMode mode = f.counting();
        List<Table.Row> rows = new ArrayList<>();
        List<BarChart.Group> groups = new ArrayList<>();
        for (Standard s : f.standardsBelow()) {
            Tally t = f.total(s);
            blocks.add(new Paragraph(t.format(mode, name(f, s), ReportFacts.DECIMALS, f.language().locale())));
            rows.add(new Table.Row(List.of(Cell.text(name(f, s)), Cell.text(f.kindNames(t.kinds())), f.count(t.total()),
                    f.count(t.recognised()), f.count(t.attained()), f.count(t.notAssessed()),
                    f.percent(t.count(mode), t.total())), false));
            if (t.total() > 0) {
                groups.add(new BarChart.Group(name(f, s), List.of(Figures.percent(t.recognised(), t.total(), 1),
                        Figures.percent(t.attained(), t.total(), 1))));
            }
        }
        if (rows.isEmpty()) {
            blocks.add(new Paragraph(f.text("Không có đơn vị nào thuộc phạm vi áp dụng của các chuẩn.",
                    "No unit below is within the scope of any standard.")));
        } else {
            blocks.add(new Table("tallies", f.text("Tổng hợp", "Tallies"), f.text("Tổng hợp", "Tallies"),
                    List.of(f.text("Chuẩn", "Standard"), f.text("Loại đơn vị", "Kinds of unit"),
                            f.text("Tổng số", "Total"), f.text("Được công nhận", "Recognised"),
                            f.text("Đạt theo tính toán", "Attained (computed)"),
                            f.text("Chưa đánh giá", "Not assessed"), f.text("Tỷ lệ (%)", "Share (%)")),
                    rows, 1));
            blocks.add(BarChart.of("tallies-chart", f.text("Tỷ lệ đơn vị đạt chuẩn", "Share of units meeting each standard"),
                    List.of(f.text("Được công nhận", "Recognised"), f.text("Đạt theo tính toán", "Attained (computed)")),
                    groups, f.language()));
        }
        return Optional.of(new Section("overall", f.text("Kết quả chung", "Overall results"), blocks));
    }

    static Optional<Section> districts(ReportFacts f) {
        List<Standard> standards = f.communeStandards();
        Evaluation e = f.evaluation();
        String scope = f.request().scope();
        List<UnitResult> groups = e.children(scope).stream()
                .filter(c -> standards.stream().anyMatch(s -> f.tallies().tally(c.unit(), s.id(), Tally.Scope.DESCENDANTS,
                        f.kindsOf(s)).total() > 0)).toList();
        if (standards.isEmpty() || groups.isEmpty()) {
            return Optional.empty();
        }
        CountingMode mode = f.counting();
        // standards over the same kinds share one column of unit counts
        Map<Set<UnitKind>, List<Standard>> byKinds = new LinkedHashMap<>();
        standards.forEach(s -> byKinds.computeIfAbsent(f.kindsOf(s), k -> new ArrayList<>()).add(s));
        List<String> header = new ArrayList<>(List.of(f.text("Đơn vị", "Unit")));
        byKinds.forEach((kinds, list) -> {
            header.add(f.text("Số ", "Number of ") + f.kindNames(kinds));
            for (Standard s : list) {
                header.add(name(f, s) + f.text(": đạt chuẩn", ": meeting"));
                header.add(name(f, s) + f.text(": tỷ lệ (%)", ": share (%)"));
            }
        });
        List<Table.Row> rows = new ArrayList<>();
        List<BarChart.Group> bars = new ArrayList<>();
        for (UnitResult g : groups) {
            Map<String, Tally> ts = new LinkedHashMap<>();
            standards.forEach(s -> ts.put(s.id(), f.tallies().tally(g.unit(), s.id(), Tally.Scope.DESCENDANTS,
                    f.kindsOf(s))));
            rows.add(row(f, g.name(), byKinds, ts, mode, false));
            bars.add(new BarChart.Group(g.name(), ts.values().stream().map(t -> t.total() == 0 ? BigDecimal.ZERO
                    : Figures.percent(t.count(mode), t.total(), 1)).toList()));
        }
        Map<String, Tally> direct = new LinkedHashMap<>();
        standards.forEach(s -> direct.put(s.id(), f.tallies().tally(scope, s.id(), Tally.Scope.CHILDREN, f.kindsOf(s))));
        if (direct.values().stream().anyMatch(t -> t.total() > 0)) {
            rows.add(row(f, f.text("Trực thuộc ", "Directly under ") + f.scope().name(), byKinds, direct, mode, false));
        }
        String totalLabel = f.scope().kind() == UnitKind.PROVINCE ? f.text("Toàn tỉnh", "Province total")
                : f.scope().kind() == UnitKind.CENTRAL_CITY ? f.text("Toàn thành phố", "City total")
                : f.text("Toàn huyện", "District total");
        Map<String, Tally> all = new LinkedHashMap<>();
        standards.forEach(s -> all.put(s.id(), f.total(s)));
        rows.add(row(f, totalLabel, byKinds, all, mode, true));
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Table("districts", f.text("Kết quả theo đơn vị cấp huyện", "Results by district"),
                f.text("Theo huyện", "By district"), header, rows, 1));
        blocks.add(BarChart.of("districts-chart", f.text("Tỷ lệ đạt chuẩn theo đơn vị cấp huyện (%)",
                "Share meeting each standard by district (%)"), standards.stream().map(s -> name(f, s)).toList(), bars,
                f.language()));
        return Optional.of(new Section("districts", f.text("Kết quả theo đơn vị cấp huyện",
                "Results by district"), blocks));
    }

    private static Table.Row row(ReportFacts f, String label, Map<Set<UnitKind>, List<Standard>> byKinds,
            Map<String, Tally> tallies, CountingMode mode, boolean total) {
        List<Cell> cells = new ArrayList<>(List.of(Cell.text(label)));
        byKinds.forEach((kinds, list) -> {
            cells.add(f.count(Objects.requireNonNull(tallies.get(list.get(0).id())).total()));
            for (Standard s : list) {
                Tally t = Objects.requireNonNull(tallies.get(s.id()));
                cells.add(f.count(t.count(mode)));
                cells.add(f.percent(t.count(mode), t.total()));
            }
        });
        return new Table.Row(cells, total);
    }

    static Optional<Section> requirements(ReportFacts f) {
        UnitResult scope = f.scope();
        if (scope.standards().isEmpty()) {
            return Optional.empty();
        }
        Language lang = f.language();
        List<Block> blocks = new ArrayList<>();
        int n = 0;
        for (StandardResult s : scope.standards()) {
            n++;
            String standard = name(f, f.evaluation().standard(s.standard()));
            blocks.add(new Paragraph(standard + ": " + s.verdict().labels().in(lang)));
            List<Table.Row> rows = new ArrayList<>();
            for (CriterionResult c : s.criteria()) {
                rows.add(new Table.Row(List.of(Cell.text(c.code()), Cell.text(c.labels().in(lang)),
                        Cell.toned(c.verdict().labels().in(lang), Cell.Tone.of(c.verdict())),
                        Cell.text(c.explanation(lang))), false));
            }
            blocks.add(new Table("requirements-" + s.standard(), standard, f.text("Yêu cầu ", "Requirements ") + n, List.of(f.text("Mã", "Code"), f.text("Tiêu chí", "Criterion"),
                    f.text("Kết quả", "Result"), f.text("Giải thích", "Explanation")), rows, 1));
        }
        return Optional.of(new Section("requirements", f.text("Yêu cầu đối với ", "Requirements for ")
                + scope.name(), blocks));
    }

    static Optional<Section> plans(ReportFacts f) {
        if (f.request().plans().isEmpty()) {
            return Optional.empty();
        }
        Language lang = f.language();
        CountingMode mode = f.counting();
        List<Block> blocks = new ArrayList<>();
        List<Table.Row> rows = new ArrayList<>();
        for (Plan plan : f.request().plans()) {
            Standard s = f.evaluation().standard(plan.standard());
            Progress p = Progress.of(plan, f.evaluation());
            Tally t = f.tallies().tally(plan.unit(), plan.standard(), Tally.Scope.DESCENDANTS, plan.kinds());
            blocks.add(new Paragraph(f.text("Kế hoạch ", "Plan ") + name(f, s) + ": " + p.format(0, lang.locale())));
            p.differenceFrom(t, mode, lang).ifPresent(why -> blocks.add(new Paragraph(why)));
            rows.add(new Table.Row(List.of(Cell.text(name(f, s)), f.count(plan.target()), f.count(p.achieved().size()),
                    f.percent(p.achieved().size(), plan.target()), f.count(t.count(mode)), f.count(t.total())), false));
        }
        blocks.add(new Table("plans", f.text("Tiến độ kế hoạch", "Plan progress"), f.text("Kế hoạch", "Plans"),
                List.of(f.text("Chuẩn", "Standard"), f.text("Kế hoạch năm", "Target for the year"),
                        f.text("Đạt trong năm", "Achieved in the year"), f.text("Tỷ lệ KH (%)", "Share of plan (%)"),
                        f.text("Tổng số đạt chuẩn", "Meeting it in all"), f.text("Tổng số đơn vị", "Units")), rows, 1));
        return Optional.of(new Section("plans", f.text("Tiến độ kế hoạch", "Plan progress"), blocks));
    }

    static Optional<Section> closest(ReportFacts f) {
        Language lang = f.language();
        Evaluation e = f.evaluation();
        String scope = f.request().scope();
        List<Table.Row> rows = new ArrayList<>();
        for (Standard s : e.criteriaSet().standards()) {
            List<Gap> gaps = Gaps.ranking(e, s.id()).stream()
                    .filter(g -> g.unit().equals(scope) || e.snapshot().ancestors(g.unit()).stream()
                            .anyMatch(a -> a.code().equals(scope))).limit(CLOSEST).toList();
            for (Gap g : gaps) {
                UnitResult u = e.unit(g.unit());
                String parent = u.parent().map(p -> e.unit(p).name()).orElse("");
                rows.add(new Table.Row(List.of(Cell.text(name(f, s)), Cell.text(u.name()), Cell.text(parent),
                        f.count(g.notMet()), f.count(g.notAssessed()), Cell.text(g.missing().stream()
                                .map(c -> c.code() + " " + c.labels().in(lang) + " (" + c.verdict().labels().in(lang) + ")")
                                .collect(Collectors.joining("; ")))), false));
            }
        }
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Section("closest", f.text("Các đơn vị gần đạt chuẩn nhất",
                "Units closest to each standard"), List.of(new Table("closest",
                f.text("Tiêu chí còn thiếu", "Missing criteria"), f.text("Gần đạt chuẩn", "Closest"),
                List.of(f.text("Chuẩn", "Standard"), f.text("Đơn vị", "Unit"), f.text("Thuộc", "Under"),
                        f.text("Số tiêu chí chưa đạt", "Criteria not met"),
                        f.text("Số tiêu chí chưa đánh giá", "Criteria not assessed"),
                        f.text("Tiêu chí còn thiếu", "Missing criteria")), rows, 2))));
    }

    static Optional<Section> ocop(ReportFacts f) {
        if (f.request().ocop().isEmpty()) {
            return Optional.empty();
        }
        PortfolioReport p = f.request().ocop().orElseThrow().asOf(f.evaluation().request().asOf());
        Language lang = f.language();
        List<Table.Row> rows = new ArrayList<>();
        Map<Stars, Integer> byStars = p.byStars();
        for (Stars s : Stars.values()) {
            Integer n = byStars.get(s);
            if (n != null && n > 0) {
                rows.add(new Table.Row(List.of(Cell.text(s.labels().in(lang)), f.count(n),
                        f.percent(n, p.valid())), false));
            }
        }
        rows.add(new Table.Row(List.of(Cell.text(f.text("Tổng số còn hiệu lực", "Valid in all")), f.count(p.valid()),
                f.percent(p.valid(), p.valid())), true));
        return Optional.of(new Section("ocop", f.text("Sản phẩm OCOP", "OCOP products"), List.of(
                new Paragraph(f.text("Đến ngày ", "As of ") + lang.format(p.date()) + ": "
                        + f.text(p.valid() + " sản phẩm còn hiệu lực, " + p.expired() + " hết hiệu lực, " + p.revoked()
                                + " bị thu hồi.", p.valid() + " products valid, " + p.expired() + " expired, "
                                + p.revoked() + " revoked.")),
                new Table("ocop", f.text("Sản phẩm OCOP theo hạng sao", "OCOP products by star rating"), "OCOP",
                        List.of(f.text("Hạng sao", "Stars"), f.text("Số sản phẩm", "Products"),
                                f.text("Tỷ lệ (%)", "Share (%)")), rows, 1))));
    }

    static Optional<Section> finance(ReportFacts f) {
        if (f.request().finance().isEmpty()) {
            return Optional.empty();
        }
        Allocation a = f.request().finance().orElseThrow();
        Language lang = f.language();
        Evaluation e = f.evaluation();
        List<Table.Row> rows = new ArrayList<>();
        for (AllocationShare s : a.shares()) {
            String unit = e.snapshot().unit(s.unitCode()).map(u -> u.name()).orElse(s.unitCode());
            rows.add(new Table.Row(List.of(Cell.text(unit), money(s.fixedGrant(), lang), money(s.apportioned(), lang),
                    money(s.total(), lang)), false));
        }
        Vnd fixed = Vnd.sum(a.shares().stream().map(AllocationShare::fixedGrant).toList());
        Vnd apportioned = Vnd.sum(a.shares().stream().map(AllocationShare::apportioned).toList());
        Vnd total = Vnd.sum(a.shares().stream().map(AllocationShare::total).toList());
        rows.add(new Table.Row(List.of(Cell.text(f.text("Tổng cộng", "Total")), money(fixed, lang),
                money(apportioned, lang), money(total, lang)), true));
        return Optional.of(new Section("finance", f.text("Phân bổ vốn", "Capital allocation"), List.of(
                new Paragraph(f.text("Tổng vốn phân bổ: ", "Capital allocated: ")
                        + a.pool().format(ReportUnit.MILLION, lang) + "."),
                new Table("finance", f.text("Phân bổ vốn (triệu đồng)", "Capital allocation (million VND)"),
                        f.text("Phân bổ vốn", "Allocation"), List.of(f.text("Đơn vị", "Unit"),
                                f.text("Hỗ trợ cố định", "Fixed grant"), f.text("Phân bổ theo hệ số", "Apportioned"),
                                f.text("Tổng", "Total")), rows, 1))));
    }

    private static Cell money(Vnd amount, Language lang) {
        BigDecimal millions = amount.in(ReportUnit.MILLION);
        return Cell.number(Figures.format(millions, lang.locale()), millions);
    }

    static Optional<Section> matrix(ReportFacts f) {
        Evaluation e = f.evaluation();
        Language lang = f.language();
        List<UnitResult> units = new ArrayList<>();
        units.add(f.scope());
        units.addAll(f.below());
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(f.text(
                "Mỗi ô ghi kết quả của tiêu chí (đạt, chưa đạt, chưa đánh giá) và giá trị quyết định kết quả đó.",
                "Each cell gives the criterion's result (met, not met, not assessed) and the value that decided it.")));
        int n = 0;
        for (Standard s : e.criteriaSet().standards()) {
            List<UnitResult> holders = units.stream().filter(u -> u.standard(s.id()).isPresent()).toList();
            if (holders.isEmpty()) {
                continue;
            }
            n++;
            List<String> codes = new ArrayList<>();
            List<String> legend = new ArrayList<>();
            for (UnitResult u : holders) {
                for (CriterionResult c : u.standard(s.id()).orElseThrow().criteria()) {
                    if (!codes.contains(c.code())) {
                        codes.add(c.code());
                        legend.add(c.code() + " " + c.labels().in(lang));
                    }
                }
            }
            List<String> header = new ArrayList<>(List.of(f.text("Mã", "Code"), f.text("Đơn vị", "Unit"),
                    f.text("Kết quả chung", "Overall")));
            header.addAll(codes);
            List<Table.Row> rows = new ArrayList<>();
            for (UnitResult u : holders) {
                StandardResult r = u.standard(s.id()).orElseThrow();
                List<Cell> cells = new ArrayList<>(List.of(Cell.text(u.unit()), Cell.text(u.name()),
                        Cell.toned(r.verdict().labels().in(lang), Cell.Tone.of(r.verdict()))));
                for (String code : codes) {
                    cells.add(r.criterion(code).map(c -> Cell.toned(Decisive.text(c, lang), Cell.Tone.of(c.verdict())))
                            .orElse(Cell.text("")));
                }
                rows.add(new Table.Row(cells, false));
            }
            blocks.add(new Paragraph(name(f, s) + ": " + String.join("; ", legend) + "."));
            blocks.add(new Table("matrix-" + s.id(), f.text("Phụ lục ", "Appendix ") + n + ": " + name(f, s),
                    f.text("Phụ lục ", "Appendix ") + n, header, rows, 2));
        }
        return Optional.of(new Section("appendix", f.text("PHỤ LỤC: Ma trận kết quả theo tiêu chí",
                "APPENDIX: Criterion matrix"), blocks));
    }
}
