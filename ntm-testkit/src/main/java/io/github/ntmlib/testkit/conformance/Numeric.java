package io.github.ntmlib.testkit.conformance;

import io.github.ntmlib.core.criteria.AggregateCriterion;
import io.github.ntmlib.core.criteria.Comparison;
import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.Criterion;
import io.github.ntmlib.core.criteria.CriterionResult;
import io.github.ntmlib.core.criteria.IndicatorDefinition;
import io.github.ntmlib.core.criteria.IndicatorTrace;
import io.github.ntmlib.core.criteria.Standard;
import io.github.ntmlib.core.criteria.ThresholdRule;
import io.github.ntmlib.core.criteria.ThresholdStatus;
import io.github.ntmlib.core.criteria.Verdict;
import io.github.ntmlib.core.data.Value;
import io.github.ntmlib.core.data.ValueKind;
import io.github.ntmlib.core.engine.Evaluation;
import io.github.ntmlib.core.locality.UnitKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** The verified numeric threshold rules of a set, and values around them. */
final class Numeric {

    private Numeric() {
    }

    /** One verified numeric rule of an indicator of a criterion of a standard. */
    record Case(Standard standard, Criterion criterion, IndicatorDefinition indicator, ThresholdRule rule) {

        String where() {
            return standard.id() + "/" + criterion.code() + "/" + indicator.code() + " " + rule.threshold();
        }

        BigDecimal value() {
            return rule.threshold().value().orElseThrow();
        }

        boolean atLeast() {
            return rule.threshold().comparison() == Comparison.AT_LEAST;
        }

        /** The kind of unit to probe with: the first the standard, criterion and rule all apply to. */
        Optional<UnitKind> kind() {
            for (UnitKind k : UnitKind.values()) {
                if (standard.appliesTo().contains(k) && (criterion.appliesTo().isEmpty()
                        || criterion.appliesTo().contains(k)) && (rule.kinds().isEmpty() || rule.kinds().contains(k))) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }

        /** The one-unit world to probe this case in, or empty when no kind or request fits. */
        Optional<World> world(CriteriaSet set) {
            Optional<UnitKind> kind = kind();
            Optional<Probe.Request> request = Probe.request(set.period(), rule.fromYear().orElse(Integer.MIN_VALUE),
                    rule.toYear().orElse(Integer.MAX_VALUE));
            if (kind.isEmpty() || request.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new World(Probe.of(set, kind.get(), rule.when(), standard.subdivision()),
                    Probe.code(kind.get()),
                    request.get()));
        }

        /** The smallest change of value the probe makes. */
        BigDecimal step() {
            return BigDecimal.ONE;
        }

        /** A value of the indicator's kind at an amount (a percentage for ratios), or empty if impossible. */
        Optional<Value> at(BigDecimal amount) {
            return io.github.ntmlib.testkit.Datasets.valueAt(indicator, amount);
        }
    }

    /** A probe snapshot, the unit under test in it, and the request to evaluate. */
    record World(io.github.ntmlib.core.locality.Snapshot snapshot, String unit, Probe.Request request) {
    }

    static List<Case> rules(CriteriaSet set) {
        List<Case> cases = new ArrayList<>();
        for (Standard s : set.standards()) {
            for (Criterion c : s.criteria()) {
                if (c instanceof AggregateCriterion) {
                    continue;
                }
                for (IndicatorDefinition i : c.indicators()) {
                    if (i.kind() != ValueKind.RATIO && i.kind() != ValueKind.COUNT && i.kind() != ValueKind.QUANTITY) {
                        continue;
                    }
                    for (ThresholdRule r : i.rules()) {
                        boolean ordered = r.threshold().comparison() != Comparison.MET;
                        if (ordered && r.threshold().status() == ThresholdStatus.VERIFIED
                                && r.threshold().value().isPresent() && r.within().isEmpty() && r.overlay().isEmpty()) {
                            cases.add(new Case(s, c, i, r));
                        }
                    }
                }
            }
        }
        return cases;
    }

    /** Amounts around a case's value, ascending: value ± step and ± 10 steps, and the value itself. */
    static TreeMap<BigDecimal, Value> around(Case c) {
        TreeMap<BigDecimal, Value> values = new TreeMap<>();
        BigDecimal t = c.value();
        for (int k : new int[] {-10, -1, 0, 1, 10}) {
            BigDecimal amount = t.add(c.step().multiply(BigDecimal.valueOf(k)));
            c.at(amount).ifPresent(v -> values.put(amount, v));
        }
        return values;
    }

    /** The verdict of a case's indicator in an evaluation (its trace), or the criterion's. */
    static Optional<Verdict> verdict(Evaluation e, Case c, String unit) {
        Optional<CriterionResult> result = e.result(unit, c.standard().id())
                .flatMap(r -> r.criterion(c.criterion().code()));
        if (result.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(result.get().indicators().stream().filter(t -> t.indicator().equals(c.indicator().code()))
                .findFirst().map(IndicatorTrace::verdict).orElse(result.get().verdict()));
    }

    /** The threshold the engine chose for a case's indicator, if traced. */
    static Optional<io.github.ntmlib.core.criteria.Threshold> chosen(Evaluation e, Case c, String unit) {
        return e.result(unit, c.standard().id()).flatMap(r -> r.criterion(c.criterion().code()))
                .flatMap(r -> r.indicators().stream().filter(t -> t.indicator().equals(c.indicator().code()))
                        .findFirst()).flatMap(IndicatorTrace::threshold);
    }
}
