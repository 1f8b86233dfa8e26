package io.github.ntmlib.report;

import io.github.ntmlib.base.Language;
import io.github.ntmlib.finance.money.ReportUnit;
import io.github.ntmlib.plan.Cost;
import io.github.ntmlib.plan.DistrictFunding;
import io.github.ntmlib.plan.GoalOutcome;
import io.github.ntmlib.plan.ImprovementPlan;
import io.github.ntmlib.plan.LeftOut;
import io.github.ntmlib.plan.UnitPlan;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * The section of a report that sets out a plan toward a target ({@code ntm-plan}): the goals with
 * the plan, its cost against the budget and the closest-first plan, the units chosen with the
 * criteria each must close, the cheapest units left out, and each district's share beside its
 * allocation. Pass it to {@link Report#of(ReportRequest, List)}. Needs {@code ntm-plan} on the path
 * (an optional dependency of this module).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PlanSection implements SectionSource {

    /** The units left out listed. */
    private static final int LEFT_OUT = 10;

    private final ImprovementPlan plan;

    private PlanSection(ImprovementPlan plan) {
        this.plan = Objects.requireNonNull(plan, "plan");
    }

    /**
     * The section of a plan.
     *
     * @param plan the plan
     * @return the section source
     */
    public static PlanSection of(ImprovementPlan plan) {
        return new PlanSection(plan);
    }

    @Override
    public Optional<Section> build(ReportFacts f) {
        Language lang = f.language();
        List<Block> blocks = new ArrayList<>();
        String costs = plan.isMoney() ? f.text("Chi phí theo bảng chi phí của tỉnh", "Costs from the province's cost model")
                + (plan.isSynthetic() ? f.text(" (số liệu giả định, chỉ để minh họa)", " (synthetic figures, for"
                        + " illustration only)") : "")
                : f.text("Không có bảng chi phí: chi phí là khoảng cách chuẩn hóa", "No cost model: costs are normalised"
                        + " distances");
        blocks.add(new Paragraph(f.text("Kết quả: ", "Result: ") + plan.status().label(lang) + ". "
                + f.text("Tổng chi phí ", "Total cost ") + plan.cost().format(lang)
                + plan.budget().map(b -> f.text(", kinh phí ", ", budget ") + Cost.of(b).format(lang)).orElse("") + ". "
                + costs + "."));
        plan.costToComplete().ifPresent(c -> blocks.add(new Paragraph(f.text("Để đạt đủ mục tiêu cần ít nhất ",
                "Reaching every goal costs at least ") + c.format(lang) + ".")));
        blocks.add(new Paragraph(f.text("Chọn các đơn vị gần chuẩn nhất trước: ", "Closest units first: ")
                + plan.baseline().units().size() + f.text(" đơn vị, chi phí ", " units, cost ")
                + plan.baseline().cost().format(lang) + (plan.baseline().complete() ? "" : f.text(", không đạt mục tiêu",
                        ", does not reach the goals"))
                + plan.saving().map(s -> f.text("; kế hoạch tối ưu tiết kiệm ", "; the optimal plan saves ")
                        + s.format(lang)).orElse("") + "."));
        List<Table.Row> goals = new ArrayList<>();
        for (GoalOutcome g : plan.goals()) {
            goals.add(new Table.Row(List.of(Cell.text(g.labels().in(lang)), f.count(g.counted()), f.count(g.total()),
                    f.count(g.required()), f.count(g.plannable()), f.count(g.planned()), Cell.toned(
                            g.isReached() ? f.text("Đạt", "Reached") : f.text("Thiếu ", "Short by ") + g.shortfall(),
                            g.isReached() ? Cell.Tone.MET : Cell.Tone.NOT_MET)), false));
        }
        blocks.add(new Table("plan-goals", f.text("Mục tiêu và kế hoạch", "Goals and the plan"),
                f.text("Mục tiêu", "Goals"), List.of(f.text("Chuẩn", "Standard"), f.text("Hiện có", "Counted today"),
                        f.text("Tổng số đơn vị", "Units"), f.text("Cần đạt", "Required"),
                        f.text("Có thể lập kế hoạch", "Can be planned"), f.text("Kế hoạch thêm", "Planned"),
                        f.text("Kết quả", "Result")), goals, 1));
        List<Table.Row> units = new ArrayList<>();
        for (UnitPlan u : plan.units()) {
            String standards = u.standards().stream().map(plan::standardLabels).map(l -> l.in(lang))
                    .collect(Collectors.joining("; "));
            String work = u.needsRecognitionOnly() ? f.text("đã đạt theo số liệu; cần quyết định công nhận",
                    "meets it on the data; needs the recognition decision") : u.improvements().stream()
                    .map(i -> i.explanation(lang)).collect(Collectors.joining("\n"));
            units.add(new Table.Row(List.of(Cell.text(u.name()), Cell.text(u.districtName() == null ? ""
                    : u.districtName()), Cell.text(standards), Cell.text(work), cost(u.cost(), lang)), false));
        }
        units.add(new Table.Row(List.of(Cell.text(f.text("Tổng cộng", "Total")), Cell.text(""), Cell.text(""),
                Cell.text(""), cost(plan.cost(), lang)), true));
        blocks.add(new Table("plan-units", f.text("Các đơn vị được chọn và việc cần làm", "Units chosen and what each"
                + " must do"), f.text("Đơn vị được chọn", "Units chosen"), List.of(f.text("Đơn vị", "Unit"),
                        f.text("Thuộc", "Under"), f.text("Đạt chuẩn", "To reach"), f.text("Cần hoàn thành", "To close"),
                        costHeading(f)), units, 1));
        List<LeftOut> costed = plan.leftOut().stream().filter(l -> l.costIfChosen().isPresent()).limit(LEFT_OUT).toList();
        if (!costed.isEmpty()) {
            List<Table.Row> rows = new ArrayList<>();
            for (LeftOut l : costed) {
                rows.add(new Table.Row(List.of(Cell.text(l.name()), Cell.text(plan.standardLabels(l.standard()).in(lang)),
                        cost(l.costIfChosen().orElseThrow(), lang), Cell.text(l.reason().label(lang))), false));
            }
            blocks.add(new Table("plan-left-out", f.text("Các đơn vị chi phí thấp nhất không được chọn",
                    "Cheapest units left out"), f.text("Không được chọn", "Left out"), List.of(f.text("Đơn vị", "Unit"),
                            f.text("Chuẩn", "Standard"), costHeading(f), f.text("Lý do", "Why")), rows, 1));
        }
        if (!plan.funding().isEmpty()) {
            List<Table.Row> rows = new ArrayList<>();
            for (DistrictFunding d : plan.funding()) {
                rows.add(new Table.Row(List.of(Cell.text(d.name()), cost(Cost.of(d.planCost()), lang),
                        d.allocated().map(a -> cost(Cost.of(a), lang)).orElse(Cell.text(f.text("chưa có", "none"))),
                        Cell.toned(d.isCovered() ? f.text("Đủ", "Covered") : f.text("Thiếu ", "Short by ")
                                + Cost.of(d.uncovered()).format(lang), d.isCovered() ? Cell.Tone.MET : Cell.Tone.NOT_MET)),
                        false));
            }
            blocks.add(new Table("plan-funding", f.text("Đối chiếu với vốn phân bổ", "Against the allocations"),
                    f.text("Vốn phân bổ", "Allocations"), List.of(f.text("Đơn vị", "Unit"),
                            f.text("Chi phí kế hoạch (triệu đồng)", "Plan cost (million VND)"),
                            f.text("Vốn phân bổ (triệu đồng)", "Allocated (million VND)"), f.text("Kết quả", "Result")),
                    rows, 1));
        }
        return Optional.of(new Section("plan", f.text("Kế hoạch phấn đấu năm ", "Plan for ") + plan.year(), blocks));
    }

    private static String costHeading(ReportFacts f) {
        return f.text("Chi phí", "Cost");
    }

    /** Money in millions of đồng (exact, as printed); a normalised distance with two decimals. */
    private static Cell cost(Cost cost, Language lang) {
        if (cost.isMoney()) {
            BigDecimal millions = cost.money().orElseThrow().in(ReportUnit.MILLION);
            return Cell.number(cost.format(lang), millions);
        }
        BigDecimal d = cost.amount().toDecimal(2).setScale(2, RoundingMode.HALF_UP);
        return Cell.number(cost.format(lang), d);
    }

    /**
     * The plan shown.
     *
     * @return the plan
     */
    public ImprovementPlan plan() {
        return plan;
    }
}
