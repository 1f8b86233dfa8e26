package io.github.ntmlib.plan;

import io.github.ntmlib.base.Fraction;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.core.criteria.Comparison;
import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.CriterionResult;
import io.github.ntmlib.core.criteria.IndicatorDefinition;
import io.github.ntmlib.core.criteria.IndicatorTrace;
import io.github.ntmlib.core.criteria.Reason;
import io.github.ntmlib.core.criteria.Standard;
import io.github.ntmlib.core.criteria.Threshold;
import io.github.ntmlib.core.criteria.Verdict;
import io.github.ntmlib.core.data.Assessment;
import io.github.ntmlib.core.data.DataSource;
import io.github.ntmlib.core.data.Observation;
import io.github.ntmlib.core.data.RecordedOutcome;
import io.github.ntmlib.core.data.Value;
import io.github.ntmlib.core.engine.Evaluation;
import io.github.ntmlib.core.engine.StandardResult;
import io.github.ntmlib.finance.money.Vnd;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Derives what a unit must change to reach a standard and every standard it nests in, from the
 * evaluation's facts: each criterion not met, by its origin (indicators raised or lowered to the
 * threshold in force for the unit, a yes/no indicator made met, a criterion assessed as a whole
 * brought to "đạt"), the strictest requirement kept when an indicator appears in several standards
 * of the chain; and what that costs under the cost model (or its normalised distance). What cannot
 * be derived (data missing, a threshold not set, a criterion of the units below, a rule in code, no
 * cost) makes the unit not plannable, with every reason.
 */
final class GapCosting {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Evaluation evaluation;
    private final CriteriaSet set;
    /** The set's indicators by standard, made once (the set builds the map on each call). */
    private final Map<String, Map<String, IndicatorDefinition>> indicators;
    private final @Nullable CostModel costs;
    private final LocalDate asOf;
    private final DataSource source;

    GapCosting(Evaluation evaluation, @Nullable CostModel costs, int planYear) {
        this.evaluation = evaluation;
        this.set = evaluation.criteriaSet();
        this.indicators = set.indicators();
        this.costs = costs;
        this.asOf = evaluation.request().asOf();
        this.source = DataSource.of("ntm plan", "kế hoạch năm " + planYear + " (giá trị cần đạt)");
    }

    /** One indicator's requirement from one standard of the chain. */
    private record Need(String standard, Labels standardLabels, CriterionResult criterion, IndicatorTrace trace,
            IndicatorDefinition definition, Improvement.Kind kind, Value planned, @Nullable BigDecimal change,
            @Nullable Fraction points, Observation observation) {
    }

    UnitGap derive(String unit, int goal, String standard) {
        List<String> chain = new ArrayList<>(set.requiredBy(standard));
        java.util.Collections.reverse(chain);
        chain.add(standard);
        List<Labels> problems = new ArrayList<>();
        Map<String, Need> needs = new LinkedHashMap<>();
        List<Improvement> recorded = new ArrayList<>();
        List<RecordedOutcome> outcomes = new ArrayList<>();
        for (String s : chain) {
            Standard std = set.standard(s).orElseThrow();
            Optional<StandardResult> result = evaluation.result(unit, s);
            if (result.isEmpty()) {
                problems.add(Labels.of("mức chuẩn \"" + std.labels().vietnamese() + "\" không áp dụng cho đơn vị",
                        "the standard \"" + std.labels().english() + "\" does not apply to the unit"));
                continue;
            }
            if (result.get().verdict() == Verdict.MET) {
                continue;
            }
            for (CriterionResult c : result.get().criteria()) {
                if (c.verdict() == Verdict.MET) {
                    continue;
                }
                switch (c.origin()) {
                    case RECORDED:
                        RecordedOutcome was = c.recorded().orElseThrow();
                        recorded.add(wholeCriterion(std, c, was, problems));
                        outcomes.add(RecordedOutcome.of(unit, s, c.code(), Assessment.MET, Optional.empty(),
                                Optional.empty(), asOf, source));
                        break;
                    case INDICATORS:
                        for (IndicatorTrace t : c.indicators()) {
                            if (t.verdict() != Verdict.MET) {
                                need(unit, std, c, t, problems).ifPresent(n -> merge(needs, n, problems));
                            }
                        }
                        break;
                    case AGGREGATE:
                        problems.add(Labels.of("tiêu chí " + c.code() + " (" + c.labels().vietnamese()
                                + ") được tính trên các đơn vị cấp dưới: cần lập kế hoạch cho các đơn vị đó trước",
                                "criterion " + c.code() + " (" + c.labels().english()
                                + ") counts the units below: plan those units first"));
                        break;
                    default:
                        problems.add(Labels.of("tiêu chí " + c.code() + " (" + c.labels().vietnamese()
                                + ") được đánh giá bằng một quy tắc riêng: không xác định được giá trị cần đạt",
                                "criterion " + c.code() + " (" + c.labels().english()
                                + ") is judged by a rule of its own: the values that would meet it cannot be derived"));
                        break;
                }
            }
        }
        List<Improvement> improvements = new ArrayList<>();
        List<Observation> observations = new ArrayList<>();
        Set<String> criteriaCosted = new HashSet<>();
        for (Need n : needs.values()) {
            Optional<Cost> cost = indicatorCost(n, criteriaCosted, problems);
            if (cost.isEmpty()) {
                continue;
            }
            Threshold th = n.trace().threshold().orElseThrow();
            improvements.add(new Improvement(n.standard(), n.standardLabels(), n.criterion().code(),
                    n.criterion().labels(), n.definition().code(), n.definition().labels(), n.kind(),
                    n.observation().value(), th, n.planned(), n.change(), measureOf(n.observation().value()),
                    n.points(), null, cost.get(), th.provenance()));
            observations.add(Observation.of(unit, n.definition().code(), n.observation().year(), n.planned(), source));
        }
        improvements.addAll(recorded);
        if (!problems.isEmpty()) {
            return UnitGap.notPlannable(unit, goal, problems);
        }
        Cost total = Cost.zero(costs != null);
        for (Improvement i : improvements) {
            total = total.plus(i.cost());
        }
        return UnitGap.plannable(unit, goal, improvements, total, observations, outcomes);
    }

    private Improvement wholeCriterion(Standard std, CriterionResult c, RecordedOutcome was, List<Labels> problems) {
        Cost cost;
        BigDecimal low = was.completionLow().orElse(null);
        if (costs == null) {
            Fraction left = low == null ? Fraction.of(1) : Fraction.of(HUNDRED.subtract(low.min(HUNDRED).max(BigDecimal.ZERO)),
                    HUNDRED);
            cost = Cost.normalised(left);
        } else {
            Optional<Vnd> fixed = costs.criterion(std.id(), c.code());
            if (fixed.isEmpty()) {
                problems.add(noCriterionCost(std, c));
                cost = Cost.zero(true);
            } else {
                cost = Cost.of(fixed.get());
            }
        }
        return new Improvement(std.id(), std.labels(), c.code(), c.labels(), null, null, Improvement.Kind.ASSESS_MET,
                null, null, null, null, "", null, low, cost, std.provenance());
    }

    private static Labels noCriterionCost(Standard std, CriterionResult c) {
        return Labels.of("bảng chi phí không có chi phí cho tiêu chí " + c.code() + " (" + c.labels().vietnamese()
                + ") của mức chuẩn \"" + std.labels().vietnamese() + "\"", "the cost model has no cost for criterion "
                + c.code() + " (" + c.labels().english() + ") of the standard \"" + std.labels().english() + "\"");
    }

    /** The change an indicator needs, or a problem. */
    private Optional<Need> need(String unit, Standard std, CriterionResult c, IndicatorTrace t, List<Labels> problems) {
        String vi = "chỉ tiêu \"" + t.labels().vietnamese() + "\" của tiêu chí " + c.code();
        String en = "indicator \"" + t.labels().english() + "\" of criterion " + c.code();
        if (t.verdict() == Verdict.NOT_ASSESSED) {
            String why = t.reasons().stream().map(Reason::vietnamese).collect(Collectors.joining("; "));
            String whyEn = t.reasons().stream().map(Reason::english).collect(Collectors.joining("; "));
            problems.add(Labels.of(vi + " chưa đánh giá được" + (why.isEmpty() ? "" : " (" + why + ")"),
                    en + " is not assessed" + (whyEn.isEmpty() ? "" : " (" + whyEn + ")")));
            return Optional.empty();
        }
        IndicatorDefinition def = indicators.getOrDefault(std.id(), Map.of()).get(t.indicator());
        Optional<Observation> obs = t.observation();
        Optional<Threshold> th = t.threshold();
        if (def == null || obs.isEmpty() || th.isEmpty() || (th.get().comparison() != Comparison.MET
                && th.get().value().isEmpty())) {
            problems.add(Labels.of(vi + ": không xác định được giá trị cần đạt", en
                    + ": the value that would meet it cannot be derived"));
            return Optional.empty();
        }
        Value value = obs.get().value();
        Comparison cmp = th.get().comparison();
        BigDecimal bound = th.get().value().orElse(BigDecimal.ZERO);
        boolean up = cmp != Comparison.AT_MOST;
        Improvement.Kind kind = cmp == Comparison.MET ? Improvement.Kind.MAKE_MET : up ? Improvement.Kind.RAISE
                : Improvement.Kind.LOWER;
        if (value instanceof Value.Flag && cmp == Comparison.MET) {
            return Optional.of(new Need(std.id(), std.labels(), c, t, def, kind, new Value.Flag(true), null, null,
                    obs.get()));
        }
        if (cmp == Comparison.MET) {
            problems.add(Labels.of(vi + ": không xác định được giá trị cần đạt", en
                    + ": the value that would meet it cannot be derived"));
            return Optional.empty();
        }
        if (value instanceof Value.Ratio r) {
            BigDecimal exact = bound.multiply(r.denominator()).divide(HUNDRED);
            boolean whole = isWhole(r.numerator()) && isWhole(r.denominator());
            BigDecimal n = whole ? exact.setScale(0, up ? RoundingMode.CEILING : RoundingMode.FLOOR) : exact;
            if (n.signum() < 0 || (!def.mayExceedWhole() && n.compareTo(r.denominator()) > 0)) {
                problems.add(Labels.of(vi + ": ngưỡng không đạt được trong tổng số hiện có", en
                        + ": the threshold cannot be reached within the present whole"));
                return Optional.empty();
            }
            BigDecimal change = n.subtract(r.numerator()).abs();
            Fraction points = Fraction.of(change.multiply(HUNDRED), r.denominator());
            return Optional.of(new Need(std.id(), std.labels(), c, t, def, kind, new Value.Ratio(n.stripTrailingZeros()
                    .max(BigDecimal.ZERO), r.denominator()), change.stripTrailingZeros(), points, obs.get()));
        }
        if (value instanceof Value.Quantity q) {
            return Optional.of(new Need(std.id(), std.labels(), c, t, def, kind, new Value.Quantity(bound, q.unit()),
                    bound.subtract(q.amount()).abs(), null, obs.get()));
        }
        if (value instanceof Value.Count k) {
            BigDecimal target = bound.setScale(0, up ? RoundingMode.CEILING : RoundingMode.FLOOR);
            if (target.signum() < 0) {
                problems.add(Labels.of(vi + ": không xác định được giá trị cần đạt", en
                        + ": the value that would meet it cannot be derived"));
                return Optional.empty();
            }
            long planned = target.longValueExact();
            return Optional.of(new Need(std.id(), std.labels(), c, t, def, kind, new Value.Count(planned),
                    BigDecimal.valueOf(Math.abs(planned - k.count())), null, obs.get()));
        }
        if (value instanceof Value.Grade g) {
            BigDecimal target = bound.setScale(0, up ? RoundingMode.CEILING : RoundingMode.FLOOR);
            int index = target.intValue();
            if (index < 1 || index > def.grades().size() || target.compareTo(BigDecimal.valueOf(index)) != 0) {
                problems.add(Labels.of(vi + ": không có bậc nào đạt ngưỡng", en + ": no grade of its scale meets the"
                        + " threshold"));
                return Optional.empty();
            }
            int now = def.grades().indexOf(g.grade()) + 1;
            return Optional.of(new Need(std.id(), std.labels(), c, t, def, kind, new Value.Grade(def.grades()
                    .get(index - 1)), BigDecimal.valueOf(Math.abs(index - now)), null, obs.get()));
        }
        problems.add(Labels.of(vi + ": không xác định được giá trị cần đạt", en
                + ": the value that would meet it cannot be derived"));
        return Optional.empty();
    }

    private static boolean isWhole(BigDecimal v) {
        return v.signum() == 0 || v.stripTrailingZeros().scale() <= 0;
    }

    /** Keeps the strictest requirement of an indicator over the chain. */
    private static void merge(Map<String, Need> needs, Need n, List<Labels> problems) {
        Need earlier = needs.get(n.definition().code());
        if (earlier == null) {
            needs.put(n.definition().code(), n);
            return;
        }
        if (earlier.kind() != n.kind()) {
            problems.add(Labels.of("chỉ tiêu \"" + n.trace().labels().vietnamese()
                    + "\" vừa phải tăng vừa phải giảm theo các mức chuẩn khác nhau", "indicator \""
                    + n.trace().labels().english() + "\" must both rise and fall under different standards"));
            return;
        }
        int cmp = compare(n.planned(), earlier.planned(), n.definition());
        boolean stricter = n.kind() == Improvement.Kind.LOWER ? cmp < 0 : cmp > 0;
        if (stricter) {
            needs.put(n.definition().code(), n);
        }
    }

    private static int compare(Value a, Value b, IndicatorDefinition def) {
        if (a instanceof Value.Ratio x && b instanceof Value.Ratio y) {
            return x.numerator().multiply(y.denominator()).compareTo(y.numerator().multiply(x.denominator()));
        }
        if (a instanceof Value.Quantity x && b instanceof Value.Quantity y) {
            return x.amount().compareTo(y.amount());
        }
        if (a instanceof Value.Count x && b instanceof Value.Count y) {
            return Long.compare(x.count(), y.count());
        }
        if (a instanceof Value.Grade x && b instanceof Value.Grade y) {
            return Integer.compare(def.grades().indexOf(x.grade()), def.grades().indexOf(y.grade()));
        }
        return 0;
    }

    private Optional<Cost> indicatorCost(Need n, Set<String> criteriaCosted, List<Labels> problems) {
        if (costs == null) {
            return Optional.of(Cost.normalised(normalised(n)));
        }
        Optional<IndicatorCost> rate = costs.indicator(n.definition().code());
        boolean measurable = n.change() != null && !(n.planned() instanceof Value.Grade);
        if (rate.isEmpty()) {
            if (measurable) {
                problems.add(Labels.of("bảng chi phí không có chi phí cho chỉ tiêu \"" + n.trace().labels().vietnamese()
                        + "\"", "the cost model has no cost for indicator \"" + n.trace().labels().english() + "\""));
                return Optional.empty();
            }
            Standard std = set.standard(n.standard()).orElseThrow();
            Optional<Vnd> fixed = costs.criterion(n.standard(), n.criterion().code());
            if (fixed.isEmpty()) {
                problems.add(noCriterionCost(std, n.criterion()));
                return Optional.empty();
            }
            // a criterion's fixed cost is paid once, whichever of its indicators needs it
            return Optional.of(Cost.of(criteriaCosted.add(CostModel.key(n.standard(), n.criterion().code()))
                    ? fixed.get() : Vnd.ZERO));
        }
        IndicatorCost ic = rate.get();
        Fraction amount;
        if (n.change() == null) {
            amount = Fraction.of(0);
        } else if (ic.basis() == IndicatorCost.Basis.PERCENTAGE_POINT) {
            if (n.points() == null) {
                problems.add(Labels.of("chi phí theo điểm phần trăm của chỉ tiêu \"" + n.trace().labels().vietnamese()
                        + "\" chỉ áp dụng cho chỉ tiêu tỷ lệ", "a cost per percentage point of indicator \""
                        + n.trace().labels().english() + "\" applies to ratios only"));
                return Optional.empty();
            }
            amount = n.points();
        } else {
            amount = Fraction.of(n.change());
        }
        return Optional.of(Cost.of(ic.fixed().plus(Vnd.ofDong(ceilTimes(ic.rate(), amount)))));
    }

    /** rate × amount rounded up to a whole number, exactly. */
    static long ceilTimes(BigDecimal rate, Fraction amount) {
        Fraction r = Fraction.of(rate);
        BigInteger num = r.numerator().multiply(amount.numerator());
        BigInteger den = r.denominator().multiply(amount.denominator());
        BigInteger[] qr = num.divideAndRemainder(den);
        BigInteger ceil = qr[1].signum() > 0 ? qr[0].add(BigInteger.ONE) : qr[0];
        return ceil.longValueExact();
    }

    private static Fraction normalised(Need n) {
        if (n.change() == null) {
            return Fraction.of(1);
        }
        if (n.points() != null) {
            return Fraction.of(n.points().numerator(), n.points().denominator().multiply(BigInteger.valueOf(100)));
        }
        BigDecimal bound = n.trace().threshold().flatMap(Threshold::value).orElse(BigDecimal.ZERO).abs();
        if (n.planned() instanceof Value.Grade) {
            return Fraction.of(n.change(), BigDecimal.valueOf(n.definition().grades().size()));
        }
        return bound.signum() == 0 ? Fraction.of(1) : Fraction.of(n.change(), bound);
    }

    private static String measureOf(Value value) {
        if (value instanceof Value.Quantity q) {
            return q.unit();
        }
        return "";
    }
}
