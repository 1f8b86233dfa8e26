package io.github.ntmlib.plan;

import io.github.ntmlib.base.Figures;
import io.github.ntmlib.base.Fraction;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.core.criteria.ValueText;
import io.github.ntmlib.core.data.Value;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/** A plan as text an officer reads, in Vietnamese or English: names, never ids; dd/MM/yyyy dates. */
final class PlanText {

    /** The units left out listed by name; the rest are counted. */
    private static final int LISTED = 10;

    private PlanText() {
    }

    private static String t(Language language, String vietnamese, String english) {
        return language == Language.VIETNAMESE ? vietnamese : english;
    }

    static String render(ImprovementPlan plan, Language lang) {
        Locale locale = lang.locale();
        StringBuilder out = new StringBuilder();
        out.append(t(lang, "KẾ HOẠCH PHẤN ĐẤU NĂM ", "PLAN FOR ")).append(plan.year()).append(" — ")
                .append(plan.scopeName()).append('\n');
        out.append(t(lang, "Từ kết quả đánh giá ngày ", "From the evaluation of ")).append(lang.format(plan.asOf()))
                .append(t(lang, " (số liệu năm ", " (data of ")).append(plan.dataYear()).append("), ")
                .append(plan.criteriaSet().in(lang)).append(".\n");
        out.append(t(lang, "Mục tiêu: ", "Objective: ")).append(plan.objective().label(lang));
        plan.budget().ifPresent(b -> out.append(t(lang, ", kinh phí ", ", budget ")).append(Cost.of(b).format(lang)));
        out.append(".\n");
        if (plan.isMoney()) {
            out.append(t(lang, "Chi phí theo bảng chi phí của tỉnh", "Costs from the province's cost model"));
            if (!plan.costDescription().isEmpty()) {
                out.append(" (").append(plan.costDescription()).append(')');
            }
            out.append(plan.isSynthetic() ? t(lang, "; SỐ LIỆU GIẢ ĐỊNH, chỉ để minh họa",
                    "; SYNTHETIC figures, for illustration only") : "").append(".\n");
        } else {
            out.append(t(lang, "Không có bảng chi phí: chi phí của mỗi khoảng cách là khoảng cách chuẩn hóa (một tiêu chí"
                    + " đánh giá toàn phần tính phần còn thiếu so với mức hoàn thành đã ghi nhận, hoặc 1; một chỉ tiêu"
                    + " tính phần ngưỡng còn thiếu).\n", "No cost model: a gap costs its normalised distance (a criterion"
                    + " assessed as a whole counts what its recorded completion lacks, or 1; an indicator the share of"
                    + " its threshold it lacks).\n"));
        }
        out.append('\n');
        for (GoalOutcome g : plan.goals()) {
            out.append("• ").append(g.labels().in(lang)).append(": ").append(target(g, lang)).append(t(lang,
                    "; hiện có ", "; counted today ")).append(g.counted()).append('/').append(g.total())
                    .append(t(lang, ", cần ", ", required ")).append(g.required())
                    .append(t(lang, ", kế hoạch thêm ", ", the plan adds ")).append(g.planned());
            if (g.isReached()) {
                out.append(t(lang, " — đạt", " — reached"));
            } else {
                out.append(t(lang, " — còn thiếu ", " — still short by ")).append(g.shortfall())
                        .append(t(lang, " (có thể lập kế hoạch cho ", " (")).append(g.plannable())
                        .append(t(lang, " đơn vị)", " units can be planned)"));
            }
            out.append('\n');
        }
        out.append('\n').append(t(lang, "Kết quả: ", "Result: ")).append(plan.status().label(lang).toUpperCase(locale))
                .append(".\n");
        out.append(t(lang, "Tổng chi phí: ", "Total cost: ")).append(plan.cost().format(lang));
        plan.budget().ifPresent(b -> {
            Cost budget = Cost.of(b);
            out.append(t(lang, "; kinh phí ", "; budget ")).append(budget.format(lang));
            if (budget.compareTo(plan.cost()) >= 0) {
                out.append(t(lang, ", còn lại ", ", left ")).append(budget.minus(plan.cost()).format(lang));
            }
        });
        out.append(".\n");
        plan.costToComplete().ifPresent(c -> out.append(t(lang, "Để đạt đủ mục tiêu cần ít nhất ",
                "Reaching every goal costs at least ")).append(c.format(lang)).append(plan.budget().filter(b ->
                        c.compareTo(Cost.of(b)) > 0).map(b -> t(lang, " (thiếu ", " (short by ")
                                + c.minus(Cost.of(b)).format(lang) + ")").orElse("")).append(".\n"));
        Baseline base = plan.baseline();
        out.append(t(lang, "Chọn các đơn vị gần chuẩn nhất trước: ", "Closest units first: "))
                .append(base.units().size()).append(t(lang, " đơn vị, chi phí ", " units, cost "))
                .append(base.cost().format(lang)).append(base.complete() ? "" : t(lang, ", không đạt mục tiêu",
                        ", does not reach the goals"));
        plan.saving().ifPresent(s -> out.append(t(lang, "; kế hoạch tối ưu tiết kiệm ", "; the optimal plan saves "))
                .append(s.format(lang)));
        out.append(".\n\n");
        out.append(t(lang, "CÁC ĐƠN VỊ ĐƯỢC CHỌN (", "UNITS CHOSEN (")).append(plan.units().size()).append(")\n");
        int n = 1;
        for (UnitPlan u : plan.units()) {
            out.append(n++).append(". ").append(u.name());
            if (u.districtName() != null) {
                out.append(" (").append(u.districtName()).append(')');
            }
            out.append(t(lang, " — đạt ", " — to reach ")).append(String.join(t(lang, " và ", " and "),
                    u.standards().stream().map(s -> plan.standardLabels(s).in(lang)).toList()))
                    .append(t(lang, "; chi phí ", "; cost ")).append(u.cost().format(lang)).append('\n');
            if (u.needsRecognitionOnly()) {
                out.append(t(lang, "   đã đạt theo số liệu; cần quyết định công nhận\n",
                        "   meets it on the data; needs the recognition decision\n"));
            }
            for (Improvement i : u.improvements()) {
                out.append("   - ").append(improvement(i, lang)).append('\n');
            }
        }
        List<LeftOut> costed = plan.leftOut().stream().filter(l -> l.cost() != null).toList();
        if (!costed.isEmpty()) {
            out.append('\n').append(t(lang, "CÁC ĐƠN VỊ CHI PHÍ THẤP NHẤT KHÔNG ĐƯỢC CHỌN",
                    "CHEAPEST UNITS LEFT OUT")).append('\n');
            for (LeftOut l : costed.subList(0, Math.min(LISTED, costed.size()))) {
                out.append("   - ").append(l.name()).append(": ").append(plan.standardLabels(l.standard()).in(lang))
                        .append(t(lang, ", chi phí ", ", cost ")).append(l.costIfChosen().orElseThrow().format(lang)).append(" — ")
                        .append(l.reason().label(lang)).append('\n');
            }
            if (costed.size() > LISTED) {
                out.append(t(lang, "   … và ", "   … and ")).append(costed.size() - LISTED)
                        .append(t(lang, " đơn vị khác\n", " more\n"));
            }
        }
        List<LeftOut> others = plan.leftOut().stream().filter(l -> l.cost() == null).toList();
        if (!others.isEmpty()) {
            out.append('\n').append(t(lang, "KHÔNG ĐƯA VÀO KẾ HOẠCH (", "NOT PLANNED (")).append(others.size())
                    .append(")\n");
            for (LeftOut l : others.subList(0, Math.min(LISTED, others.size()))) {
                out.append("   - ").append(l.name()).append(": ").append(l.reason().label(lang));
                if (!l.details().isEmpty()) {
                    out.append(" — ").append(String.join("; ", l.details().stream().map(d -> d.in(lang)).toList()));
                }
                out.append('\n');
            }
            if (others.size() > LISTED) {
                out.append(t(lang, "   … và ", "   … and ")).append(others.size() - LISTED)
                        .append(t(lang, " đơn vị khác\n", " more\n"));
            }
        }
        if (!plan.funding().isEmpty()) {
            out.append('\n').append(t(lang, "ĐỐI CHIẾU VỚI VỐN PHÂN BỔ", "AGAINST THE ALLOCATIONS")).append('\n');
            for (DistrictFunding f : plan.funding()) {
                out.append("   - ").append(f.name()).append(t(lang, ": kế hoạch ", ": plan "))
                        .append(Cost.of(f.planCost()).format(lang));
                if (f.allocated().isEmpty()) {
                    out.append(t(lang, "; chưa có số vốn phân bổ", "; no allocation given"));
                } else {
                    out.append(t(lang, "; vốn phân bổ ", "; allocated ")).append(Cost.of(f.allocated().get()).format(lang))
                            .append(f.isCovered() ? t(lang, " — đủ", " — covered") : t(lang, " — THIẾU ",
                                    " — SHORT BY ") + Cost.of(f.uncovered()).format(lang));
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static String target(GoalOutcome g, Language lang) {
        Target target = g.goal().target();
        if (target instanceof Target.More m) {
            return t(lang, "thêm ", "") + m.units() + t(lang, " đơn vị", " more units");
        }
        if (target instanceof Target.Share s) {
            return t(lang, "ít nhất ", "at least ") + Figures.format(s.percent(), lang.locale())
                    + t(lang, "% số đơn vị", "% of the units");
        }
        if (target instanceof Target.Requirement r) {
            return t(lang, "yêu cầu ", "requirement ") + r.criterion();
        }
        return t(lang, "tất cả các đơn vị", "every unit");
    }

    static String improvement(Improvement i, Language lang) {
        StringBuilder s = new StringBuilder();
        s.append(t(lang, "tiêu chí ", "criterion ")).append(i.criterion()).append(" (").append(i.criterionLabels().in(lang))
                .append(')');
        Labels indicator = i.indicatorLabels();
        if (indicator == null) {
            s.append(": ").append(i.kind().label(lang));
            if (i.completion() != null) {
                s.append(t(lang, " (đã ghi nhận ", " (recorded at ")).append(Figures.format(i.completion(), lang.locale()))
                        .append(t(lang, "% mức yêu cầu)", "% of the requirement)"));
            }
        } else {
            Value current = java.util.Objects.requireNonNull(i.current());
            Value planned = java.util.Objects.requireNonNull(i.planned());
            BigDecimal bound = java.util.Objects.requireNonNull(i.threshold()).value().orElse(null);
            s.append(t(lang, ", chỉ tiêu \"", ", indicator \"")).append(indicator.in(lang)).append("\": ")
                    .append(t(lang, "hiện ", "now ")).append(ValueText.value(current, bound, lang))
                    .append(t(lang, ", ngưỡng ", ", threshold "))
                    .append(ValueText.threshold(java.util.Objects.requireNonNull(i.threshold()), current, lang))
                    .append(t(lang, ", cần đạt ", ", to reach ")).append(ValueText.value(planned, bound, lang));
            BigDecimal change = i.change();
            if (change != null) {
                s.append(" (").append(i.kind() == Improvement.Kind.LOWER ? t(lang, "giảm ", "down ")
                        : t(lang, "thêm ", "up ")).append(Figures.format(change, lang.locale()));
                if (!i.measure().isEmpty()) {
                    s.append(' ').append(ValueText.unit(i.measure(), lang));
                }
                Fraction points = i.points();
                if (points != null) {
                    s.append(", ").append(Figures.format(points.toDecimal(2).setScale(2, RoundingMode.HALF_UP)
                            .stripTrailingZeros(), lang.locale())).append(t(lang, " điểm phần trăm", " percentage points"));
                }
                s.append(')');
            }
        }
        s.append(t(lang, "; chi phí ", "; cost ")).append(i.cost().format(lang));
        s.append(t(lang, "; căn cứ: ", "; source: ")).append(i.provenance().cite(lang));
        return s.toString();
    }
}
