package io.github.ntmlib.plan;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.core.criteria.AggregateTrace;
import io.github.ntmlib.core.criteria.Comparison;
import io.github.ntmlib.core.criteria.CountingMode;
import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.CriterionResult;
import io.github.ntmlib.core.criteria.Standard;
import io.github.ntmlib.core.criteria.Verdict;
import io.github.ntmlib.core.engine.Evaluation;
import io.github.ntmlib.core.engine.PreparedEvaluation;
import io.github.ntmlib.core.engine.StandardResult;
import io.github.ntmlib.core.engine.UnitResult;
import io.github.ntmlib.core.report.Gap;
import io.github.ntmlib.core.report.Gaps;
import io.github.ntmlib.plan.internal.IntegerProgram;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Answers a {@link PlanRequest} with an {@link ImprovementPlan}.
 *
 * <p>How: every unit of the scope not counted for a goal is a candidate; what it must change to
 * reach the goal's standard (and every standard that standard nests in) is derived from the
 * evaluation's facts and costed; every candidate's improvements are applied to a copy of the data
 * and judged again by the engine, and a candidate the engine does not then judge met is not
 * plannable. The choice of units is an integer programme (ojAlgo, branch and bound): the least cost
 * that meets every goal (within the budget, if any), or the most goal units within the budget. The
 * answer is then checked and settled in exact arithmetic: its counts and its budget are recomputed
 * from the exact costs, and exchanges of units that lower the exact cost are made, ties going to the
 * unit with the smaller code; so the same question gives the same plan whatever the order of its
 * inputs. The chosen units' improvements are applied together and judged once more before the plan
 * is returned.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Planner {

    private Planner() {
    }

    /** A goal's units: those counted, those the target asks for, every unit it applies to. */
    private record GoalUnits(Goal goal, Standard standard, List<String> pool, Set<String> counted, int total,
            int required) {
    }

    /**
     * Plans.
     *
     * @param request the request
     * @return the plan, complete or with its shortfall
     * @throws io.github.ntmlib.core.locality.UnknownUnitException      if the scope is unknown
     * @throws io.github.ntmlib.core.engine.UnknownStandardException if a goal's standard is unknown
     * @throws PlanningException if the goals do not nest, a requirement is not a count of its goal's
     *                           standard, or the costs exceed what the optimiser holds exactly
     */
    public static ImprovementPlan plan(PlanRequest request) {
        Prepared p = prepare(request);
        List<Goal> goals = p.goals();
        List<GoalUnits> units = p.units();
        TreeMap<String, UnitGap[]> gaps = p.gaps();
        int levels = goals.size();
        PreparedEvaluation prepared = request.evaluation();
        Evaluation evaluation = p.evaluation();
        UnitResult scope = p.scope();
        Map<String, String> names = p.names();
        Map<String, Exclusion> excluded = p.excluded();
        CostModel costs = request.costs().orElse(null);
        Selection.Problem problem = new Selection.Problem(new ArrayList<>(gaps.keySet()), levels, costs != null);
        for (Map.Entry<String, UnitGap[]> e : gaps.entrySet()) {
            boolean[] counted = new boolean[levels];
            for (int i = 0; i < levels; i++) {
                counted[i] = units.get(i).counted().contains(e.getKey());
            }
            problem.add(e.getKey(), counted, e.getValue());
        }
        int[] needs = new int[levels];
        for (int i = 0; i < levels; i++) {
            needs[i] = Math.max(0, units.get(i).required() - units.get(i).counted().size());
        }
        Selection selection = Selection.solve(problem, needs, request.objective(), request.budget().orElse(null));
        int[] top = selection.top();
        List<UnitGap> chosen = new ArrayList<>();
        for (int j = 0; j < top.length; j++) {
            if (top[j] > 0) {
                chosen.add(problem.gapAt(j, top[j]));
            }
        }
        Evaluation judged = Scenario.judge(prepared, chosen);
        for (int j = 0; j < top.length; j++) {
            for (int i = 0; i < top[j]; i++) {
                String u = problem.unit(j);
                if (!problem.counted(j, i) && judged.result(u, goals.get(i).standard()).map(StandardResult::verdict)
                        .orElse(Verdict.NOT_ASSESSED) != Verdict.MET) {
                    throw new IllegalStateException("the engine does not judge " + u + " " + goals.get(i).standard()
                            + " met after the plan's improvements, though it did for the unit alone");
                }
            }
        }
        return assemble(request, evaluation, scope, units, problem, selection, excluded, names);
    }

    /** The goals, their units and every candidate's gap, re-judged by the engine. */
    private record Prepared(Evaluation evaluation, UnitResult scope, List<Goal> goals, List<GoalUnits> units,
            TreeMap<String, UnitGap[]> gaps, Map<String, Exclusion> excluded, Map<String, String> names) {
    }

    private static Prepared prepare(PlanRequest request) {
        PreparedEvaluation prepared = request.evaluation();
        Evaluation evaluation = prepared.evaluate();
        CriteriaSet set = evaluation.criteriaSet();
        UnitResult scope = evaluation.unit(request.scope());
        List<Goal> goals = ordered(request.goals(), evaluation, set);
        CostModel costs = request.costs().orElse(null);
        if (costs != null) {
            checkCosts(costs, set);
            checkUnits(costs.exclusions().keySet(), "costs.exclusions", evaluation);
        }
        checkUnits(request.allocations().keySet(), "allocations", evaluation);
        List<GoalUnits> units = new ArrayList<>();
        for (Goal g : goals) {
            units.add(goalUnits(g, scope, evaluation, set));
        }
        GapCosting costing = new GapCosting(evaluation, costs, request.year());
        Map<String, String> names = new HashMap<>();
        // canonical order: unit codes, so that the plan does not depend on the order of the inputs
        TreeMap<String, UnitGap[]> gaps = new TreeMap<>();
        Map<String, Exclusion> excluded = new TreeMap<>();
        int levels = goals.size();
        for (int i = 0; i < levels; i++) {
            GoalUnits gu = units.get(i);
            for (String u : gu.pool()) {
                names.put(u, evaluation.unit(u).name());
                if (gu.counted().contains(u)) {
                    continue;
                }
                Optional<Exclusion> ex = costs == null ? Optional.empty() : costs.exclusion(u);
                if (ex.isPresent()) {
                    excluded.put(u, ex.get());
                    continue;
                }
                gaps.computeIfAbsent(u, k -> new UnitGap[levels])[i] = costing.derive(u, i, gu.goal().standard());
            }
        }
        verify(prepared, gaps, units);
        return new Prepared(evaluation, scope, goals, units, gaps, excluded, names);
    }

    /** A unit code the hierarchy does not have (an exclusion, an allocation) is a typo: an error, never ignored. */
    private static void checkUnits(Set<String> codes, String field, Evaluation evaluation) {
        for (String code : new java.util.TreeSet<>(codes)) {
            if (!evaluation.snapshot().contains(code)) {
                throw new PlanningException(code, field, Labels.of("đơn vị '" + code + "' không có trong danh mục đơn vị"
                        + " hành chính của kết quả đánh giá", "unit '" + code + "' is not in the evaluation's hierarchy"));
            }
        }
    }

    /** A cost for an indicator, standard or criterion the set does not have is a typo: an error, never ignored. */
    private static void checkCosts(CostModel costs, CriteriaSet set) {
        Set<String> indicators = new java.util.HashSet<>();
        set.indicators().values().forEach(m -> indicators.addAll(m.keySet()));
        for (String code : new java.util.TreeSet<>(costs.indicators().keySet())) {
            if (!indicators.contains(code)) {
                throw new PlanningException(null, "costs.indicators", Labels.of("bảng chi phí có chỉ tiêu '" + code
                        + "' mà bộ tiêu chí không có", "the cost model prices indicator '" + code
                        + "', which the criteria set does not have"));
            }
        }
        for (String key : new java.util.TreeSet<>(costs.criteria().keySet())) {
            int slash = key.indexOf('/');
            String standard = key.substring(0, slash);
            String criterion = key.substring(slash + 1);
            if (set.standard(standard).flatMap(s -> s.criterion(criterion)).isEmpty()) {
                throw new PlanningException(null, "costs.criteria", Labels.of("bảng chi phí có tiêu chí '" + criterion
                        + "' của mức chuẩn '" + standard + "' mà bộ tiêu chí không có", "the cost model prices criterion '"
                        + criterion + "' of standard '" + standard + "', which the criteria set does not have"));
            }
        }
    }

    /**
     * Every candidate of a request, goal by goal (lowest standard first), in unit code order: what
     * each unit not counted for a goal would have to change to reach it and what that costs, already
     * re-judged by the engine, or why it cannot be planned. Excluded units are not candidates.
     *
     * @param request the request (its objective and budget play no part)
     * @return the candidates
     * @throws io.github.ntmlib.core.locality.UnknownUnitException      if the scope is unknown
     * @throws io.github.ntmlib.core.engine.UnknownStandardException if a goal's standard is unknown
     * @throws PlanningException as {@link #plan} does
     */
    public static List<Candidate> candidates(PlanRequest request) {
        Prepared p = prepare(request);
        List<Candidate> list = new ArrayList<>();
        for (int i = 0; i < p.goals().size(); i++) {
            String standard = p.goals().get(i).standard();
            for (Map.Entry<String, UnitGap[]> e : p.gaps().entrySet()) {
                UnitGap g = e.getValue()[i];
                if (g != null) {
                    String name = p.names().getOrDefault(e.getKey(), e.getKey());
                    list.add(g.isPlannable() ? new Candidate(g.unit, name, standard, g.improvements, g.cost(), List.of())
                            : new Candidate(g.unit, name, standard, List.of(), null, g.problems));
                }
            }
        }
        return list;
    }

    /** Goals ordered by nesting, lowest first; each must nest in the one before. */
    private static List<Goal> ordered(List<Goal> goals, Evaluation evaluation, CriteriaSet set) {
        for (Goal g : goals) {
            evaluation.standard(g.standard());
        }
        List<Goal> sorted = new ArrayList<>(goals);
        sorted.sort(Comparator.comparingInt((Goal g) -> set.requiredBy(g.standard()).size()));
        for (int i = 1; i < sorted.size(); i++) {
            String lower = sorted.get(i - 1).standard();
            String upper = sorted.get(i).standard();
            if (!set.requiredBy(upper).contains(lower)) {
                throw new PlanningException(upper, "goals", Labels.of("các mục tiêu phải là các mức chuẩn lồng nhau: \""
                        + name(set, upper).vietnamese() + "\" không đòi hỏi \"" + name(set, lower).vietnamese() + "\"",
                        "the goals must be nested standards: \"" + name(set, upper).english() + "\" does not require \""
                                + name(set, lower).english() + "\""));
            }
        }
        return sorted;
    }

    private static Labels name(CriteriaSet set, String standard) {
        return set.standard(standard).map(Standard::labels).orElse(Labels.of(standard, standard));
    }

    private static GoalUnits goalUnits(Goal goal, UnitResult scope, Evaluation evaluation, CriteriaSet set) {
        Standard standard = set.standard(goal.standard()).orElseThrow();
        CountingMode mode = evaluation.request().counting();
        if (goal.target() instanceof Target.Requirement req) {
            AggregateTrace trace = requirement(req, goal, scope, set);
            List<String> pool = evaluation.descendants(scope.unit()).stream()
                    .filter(u -> trace.kinds().contains(u.kind()) && u.standard(goal.standard()).isPresent())
                    .map(UnitResult::unit).collect(Collectors.toList());
            Set<String> holding = Set.copyOf(trace.holding());
            return new GoalUnits(goal, standard, pool, holding, trace.total(), trace.count() + trace.needed());
        }
        List<String> pool = new ArrayList<>();
        Set<String> counted = new java.util.HashSet<>();
        for (UnitResult u : evaluation.descendants(scope.unit())) {
            Optional<StandardResult> r = u.standard(goal.standard());
            if (r.isPresent()) {
                pool.add(u.unit());
                if (mode == CountingMode.OFFICIAL ? r.get().isRecognised() : r.get().isAttained()) {
                    counted.add(u.unit());
                }
            }
        }
        if (pool.isEmpty()) {
            throw new PlanningException(scope.unit(), "scope", Labels.of("không có đơn vị nào thuộc phạm vi \""
                    + scope.name() + "\" áp dụng mức chuẩn \"" + standard.labels().vietnamese() + "\"",
                    "no unit within \"" + scope.name() + "\" is judged on the standard \""
                            + standard.labels().english() + "\""));
        }
        int total = pool.size();
        int required;
        if (goal.target() instanceof Target.More more) {
            required = counted.size() + more.units();
        } else if (goal.target() instanceof Target.Share share) {
            // ceil(p × total / 100), exactly
            BigDecimal exact = share.percent().multiply(BigDecimal.valueOf(total)).divide(BigDecimal.valueOf(100));
            required = exact.setScale(0, java.math.RoundingMode.CEILING).intValueExact();
        } else {
            required = total;
        }
        return new GoalUnits(goal, standard, pool, counted, total, required);
    }

    private static AggregateTrace requirement(Target.Requirement req, Goal goal, UnitResult scope, CriteriaSet set) {
        Optional<CriterionResult> criterion = scope.standard(req.standard()).flatMap(r -> r.criterion(req.criterion()));
        Labels where = Labels.of("yêu cầu " + req.criterion() + " của mức chuẩn \"" + name(set, req.standard()).vietnamese()
                + "\" của \"" + scope.name() + "\"", "requirement " + req.criterion() + " of the standard \""
                + name(set, req.standard()).english() + "\" of \"" + scope.name() + "\"");
        if (criterion.isEmpty() || criterion.get().aggregate().isEmpty()) {
            throw new PlanningException(scope.unit(), "target", Labels.of(where.vietnamese()
                    + " không có hoặc không phải là một tỷ lệ đơn vị đạt chuẩn", where.english()
                    + " does not exist or is not a share of units holding a standard"));
        }
        AggregateTrace trace = criterion.get().aggregate().get();
        if (!trace.standard().equals(goal.standard()) || trace.comparison() != Comparison.AT_LEAST) {
            throw new PlanningException(scope.unit(), "target", Labels.of(where.vietnamese()
                    + " không đòi hỏi thêm đơn vị đạt mức chuẩn \"" + name(set, goal.standard()).vietnamese() + "\"",
                    where.english() + " does not ask for more units of the standard \""
                            + name(set, goal.standard()).english() + "\""));
        }
        return trace;
    }

    /**
     * Judges every candidate's improvements again, goal by goal, all candidates of a goal at once
     * (a unit's standards read only its own rows once no criterion of the units below is left to
     * close); a candidate the engine does not then judge met is not plannable.
     */
    private static void verify(PreparedEvaluation prepared, Map<String, UnitGap[]> gaps, List<GoalUnits> units) {
        for (int i = 0; i < units.size(); i++) {
            List<UnitGap> level = new ArrayList<>();
            for (UnitGap[] g : gaps.values()) {
                if (g[i] != null && g[i].isPlannable()) {
                    level.add(g[i]);
                }
            }
            if (level.isEmpty()) {
                continue;
            }
            Evaluation judged = Scenario.judge(prepared, level);
            String standard = units.get(i).goal().standard();
            for (UnitGap g : level) {
                StandardResult r = judged.result(g.unit, standard).orElseThrow();
                if (r.verdict() != Verdict.MET) {
                    String still = r.criteria().stream().filter(c -> c.verdict() != Verdict.MET).map(CriterionResult::code)
                            .collect(Collectors.joining(", "));
                    java.util.Objects.requireNonNull(gaps.get(g.unit))[i] = g.refused(Labels.of("sau các cải thiện, bộ máy đánh giá vẫn chưa công nhận đạt"
                            + (still.isEmpty() ? " (mức chuẩn yêu cầu trước chưa đạt)" : " (tiêu chí " + still + ")"),
                            "after the improvements the engine still does not judge it met" + (still.isEmpty()
                                    ? " (the standard it requires)" : " (criteria " + still + ")")));
                }
            }
        }
    }

    private static ImprovementPlan assemble(PlanRequest request, Evaluation evaluation, UnitResult scope,
            List<GoalUnits> units, Selection.Problem problem, Selection selection, Map<String, Exclusion> excluded,
            Map<String, String> names) {
        int levels = units.size();
        int[] top = selection.top();
        boolean money = request.costs().isPresent();
        List<UnitPlan> plans = new ArrayList<>();
        Map<String, Cost> byDistrict = new LinkedHashMap<>();
        for (int j = 0; j < top.length; j++) {
            if (top[j] == 0) {
                continue;
            }
            String u = problem.unit(j);
            UnitGap gap = problem.gapAt(j, top[j]);
            List<String> standards = new ArrayList<>();
            for (int i = 0; i < top[j]; i++) {
                if (!problem.counted(j, i)) {
                    standards.add(units.get(i).goal().standard());
                }
            }
            String district = district(evaluation, scope.unit(), u);
            plans.add(new UnitPlan(u, names.getOrDefault(u, u), district.equals(u) ? null : district, district.equals(u) ? null
                    : evaluation.unit(district).name(), standards, gap.improvements, gap.cost()));
            byDistrict.merge(district, gap.cost(), Cost::plus);
        }
        List<GoalOutcome> outcomes = new ArrayList<>();
        int[] planned = selection.counts();
        for (int i = 0; i < levels; i++) {
            GoalUnits gu = units.get(i);
            int counted = gu.counted().size();
            outcomes.add(new GoalOutcome(gu.goal(), gu.standard().labels(), gu.total(), counted, gu.required(),
                    problem.available(i), planned[i], Math.max(0, gu.required() - counted - planned[i])));
        }
        List<LeftOut> left = leftOut(units, problem, top, excluded, names, selection.status());
        Baseline baseline = baseline(evaluation, units, problem, selection);
        List<DistrictFunding> funding = new ArrayList<>();
        if (money && !request.allocations().isEmpty()) {
            Set<String> districts = new java.util.TreeSet<>(byDistrict.keySet());
            districts.addAll(request.allocations().keySet().stream().filter(d -> isInScope(evaluation, scope.unit(), d))
                    .collect(Collectors.toSet()));
            for (String d : districts) {
                Cost c = byDistrict.getOrDefault(d, Cost.zero(true));
                funding.add(new DistrictFunding(d, evaluation.unit(d).name(), c.money().orElseThrow(),
                        request.allocations().get(d)));
            }
        }
        return new ImprovementPlan(request, evaluation, scope.unit(), scope.name(), outcomes, plans, selection.cost(),
                selection.status(), selection.costToComplete(), left, baseline, funding);
    }

    /** Whether a unit of the hierarchy lies below the scope (allocation codes are checked known before). */
    private static boolean isInScope(Evaluation evaluation, String scope, String unit) {
        return evaluation.snapshot().ancestors(unit).stream().anyMatch(a -> a.code().equals(scope));
    }

    /** The child of the scope on the unit's path (the unit itself when it is a child of the scope). */
    private static String district(Evaluation evaluation, String scope, String unit) {
        String u = unit;
        while (true) {
            String parent = evaluation.unit(u).parent().orElse(scope);
            if (parent.equals(scope)) {
                return u;
            }
            u = parent;
        }
    }

    private static List<LeftOut> leftOut(List<GoalUnits> units, Selection.Problem problem, int[] top,
            Map<String, Exclusion> excluded, Map<String, String> names, ImprovementPlan.Status status) {
        // the dearest chosen unit per goal: a unit left out at no more than that is a tie, not costlier
        Cost[] dearest = new Cost[units.size()];
        for (int j = 0; j < problem.size(); j++) {
            for (int i = 0; i < top[j]; i++) {
                UnitGap g = problem.gap(j, i);
                if (!problem.counted(j, i) && g != null && (dearest[i] == null || g.cost().compareTo(dearest[i]) > 0)) {
                    dearest[i] = g.cost();
                }
            }
        }
        List<LeftOut> costed = new ArrayList<>();
        List<LeftOut> others = new ArrayList<>();
        for (int j = 0; j < problem.size(); j++) {
            String u = problem.unit(j);
            for (int i = top[j]; i < units.size(); i++) {
                if (problem.counted(j, i)) {
                    continue;
                }
                UnitGap g = problem.gap(j, i);
                String standard = units.get(i).goal().standard();
                if (g == null) {
                    break;
                }
                if (g.isPlannable()) {
                    // beyond the budget only when the budget is what stops the plan
                    LeftOut.Reason reason = status == ImprovementPlan.Status.SHORT_OF_BUDGET
                            || (status == ImprovementPlan.Status.SHORT_OF_UNITS && problem.budgeted())
                            ? LeftOut.Reason.BEYOND_BUDGET : dearest[i] != null && g.cost().compareTo(dearest[i]) <= 0
                            ? LeftOut.Reason.TIED : LeftOut.Reason.COSTLIER;
                    costed.add(new LeftOut(u, names.getOrDefault(u, u), standard, reason, g.cost(), List.of()));
                } else {
                    others.add(new LeftOut(u, names.getOrDefault(u, u), standard, LeftOut.Reason.NOT_PLANNABLE, null,
                            g.problems));
                }
                break;
            }
        }
        for (Exclusion e : excluded.values()) {
            others.add(new LeftOut(e.unit(), names.getOrDefault(e.unit(), e.unit()), units.get(0).goal().standard(),
                    e.kind() == Exclusion.Kind.EXCLUDED ? LeftOut.Reason.EXCLUDED : LeftOut.Reason.IN_ANOTHER_PLAN, null,
                    e.note().isEmpty() ? List.of() : List.of(Labels.of(e.note(), e.note()))));
        }
        costed.sort(Comparator.comparing((LeftOut l) -> l.costIfChosen().orElseThrow().amount()).thenComparing(LeftOut::unit));
        List<LeftOut> all = new ArrayList<>(costed);
        all.addAll(others);
        return all;
    }

    /** The closest-first plan: units in the order of the gap ranking, skipping those not plannable. */
    private static Baseline baseline(Evaluation evaluation, List<GoalUnits> units, Selection.Problem problem,
            Selection selection) {
        int levels = units.size();
        int[] top = new int[problem.size()];
        Map<String, Integer> index = new HashMap<>();
        for (int j = 0; j < problem.size(); j++) {
            index.put(problem.unit(j), j);
        }
        List<String> order = new ArrayList<>();
        for (int i = levels - 1; i >= 0; i--) {
            for (Gap g : Gaps.ranking(evaluation, units.get(i).goal().standard())) {
                Integer j = index.get(g.unit());
                // a unit counted for the goal already (recognised, not attaining) brings it nothing
                if (j == null || top[j] > i || problem.counted(j, i) || !problem.allowed(j, i + 1)) {
                    continue;
                }
                if (selection.need(i) <= Selection.counts(problem, top, levels)[i]) {
                    break;
                }
                int was = top[j];
                top[j] = i + 1;
                if (!selection.withinBudget(problem, top)) {
                    top[j] = was;
                    continue;
                }
                if (was == 0) {
                    order.add(problem.unit(j));
                }
            }
        }
        int[] counts = Selection.counts(problem, top, levels);
        int reached = 0;
        boolean complete = true;
        for (int i = 0; i < levels; i++) {
            reached += counts[i];
            complete &= counts[i] >= selection.need(i);
        }
        return new Baseline(order, problem.cost(top), reached, complete);
    }
}
