package io.github.ntmlib.plan.io;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.base.internal.ExactJson;
import io.github.ntmlib.core.criteria.Threshold;
import io.github.ntmlib.core.data.Value;
import io.github.ntmlib.plan.Baseline;
import io.github.ntmlib.plan.Cost;
import io.github.ntmlib.plan.DistrictFunding;
import io.github.ntmlib.plan.GoalOutcome;
import io.github.ntmlib.plan.ImprovementPlan;
import io.github.ntmlib.plan.Improvement;
import io.github.ntmlib.plan.LeftOut;
import io.github.ntmlib.plan.Target;
import io.github.ntmlib.plan.UnitPlan;
import java.io.Writer;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A plan as JSON, {@code ntm.plan/1} (schema {@code docs/schemas/plan-1.schema.json}), by the rules
 * of every ntm document: money a JSON integer of whole đồng; a normalised distance an exact fraction
 * object; decimals plain strings; dates ISO; codes the enum names; names in both languages.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PlanJson {

    /** The schema id. */
    public static final String SCHEMA = "ntm.plan/1";

    private PlanJson() {
    }

    /**
     * The plan as JSON text.
     *
     * @param plan the plan
     * @return the document
     */
    public static String write(ImprovementPlan plan) {
        return document(plan).toJson();
    }

    /**
     * Writes the plan.
     *
     * @param plan the plan
     * @param out  where to write; flushed, not closed
     */
    public static void write(ImprovementPlan plan, Writer out) {
        document(plan).write(out);
    }

    private static ExactJson.Obj document(ImprovementPlan plan) {
        ExactJson.Obj d = ExactJson.document(SCHEMA);
        d.object("scope").put("code", plan.scope()).put("name", plan.scopeName());
        d.put("asOf", plan.asOf()).put("dataYear", plan.dataYear()).put("year", plan.year());
        labels(d, "criteriaSet", plan.criteriaSet());
        d.put("objective", plan.objective().name());
        if (plan.budget().isPresent()) {
            d.put("budget", plan.budget().get().dong());
        } else {
            d.putNull("budget");
        }
        d.object("costs").put("money", plan.isMoney()).put("description", plan.costDescription())
                .put("synthetic", plan.isSynthetic());
        d.put("status", plan.status().name()).put("complete", plan.isComplete());
        cost(d, "cost", plan.cost());
        cost(d, "costToComplete", plan.costToComplete().orElse(null));
        cost(d, "saving", plan.saving().orElse(null));
        ExactJson.Arr goals = d.array("goals");
        for (GoalOutcome g : plan.goals()) {
            ExactJson.Obj o = goals.object().put("standard", g.goal().standard());
            labels(o, "name", g.labels());
            target(o.object("target"), g.goal().target());
            o.put("total", g.total()).put("counted", g.counted()).put("required", g.required())
                    .put("plannable", g.plannable()).put("planned", g.planned()).put("shortfall", g.shortfall())
                    .put("reached", g.isReached());
        }
        ExactJson.Arr units = d.array("units");
        for (UnitPlan u : plan.units()) {
            ExactJson.Obj o = units.object().put("unit", u.unit()).put("name", u.name())
                    .put("district", Optional.ofNullable(u.district())).put("districtName",
                            Optional.ofNullable(u.districtName()));
            ExactJson.Arr standards = o.array("standards");
            u.standards().forEach(standards::add);
            cost(o, "cost", u.cost());
            o.put("recognitionOnly", u.needsRecognitionOnly());
            ExactJson.Arr improvements = o.array("improvements");
            for (Improvement i : u.improvements()) {
                improvement(improvements.object(), i);
            }
        }
        ExactJson.Arr left = d.array("leftOut");
        for (LeftOut l : plan.leftOut()) {
            ExactJson.Obj o = left.object().put("unit", l.unit()).put("name", l.name()).put("standard", l.standard())
                    .put("reason", l.reason().name());
            cost(o, "cost", l.cost());
            ExactJson.Arr details = o.array("details");
            for (Labels detail : l.details()) {
                details.object().put("vi", detail.vietnamese()).put("en", detail.english());
            }
        }
        Baseline b = plan.baseline();
        ExactJson.Obj base = d.object("baseline");
        ExactJson.Arr baseUnits = base.array("units");
        b.units().forEach(baseUnits::add);
        cost(base, "cost", b.cost());
        base.put("reached", b.reached()).put("complete", b.complete());
        ExactJson.Arr funding = d.array("funding");
        for (DistrictFunding f : plan.funding()) {
            ExactJson.Obj o = funding.object().put("unit", f.unit()).put("name", f.name())
                    .put("planCost", f.planCost().dong());
            if (f.allocated().isPresent()) {
                o.put("allocation", f.allocated().get().dong());
            } else {
                o.putNull("allocation");
            }
            o.put("covered", f.isCovered()).put("uncovered", f.uncovered().dong());
        }
        return d;
    }

    private static void labels(ExactJson.Obj o, String name, Labels labels) {
        o.object(name).put("vi", labels.vietnamese()).put("en", labels.english());
    }

    private static void target(ExactJson.Obj o, Target target) {
        if (target instanceof Target.More m) {
            o.put("kind", "MORE").put("units", m.units());
        } else if (target instanceof Target.Share s) {
            o.put("kind", "SHARE").decimal("percent", s.percent());
        } else if (target instanceof Target.Requirement r) {
            o.put("kind", "REQUIREMENT").put("standard", r.standard()).put("criterion", r.criterion());
        } else {
            o.put("kind", "ALL");
        }
    }

    private static void cost(ExactJson.Obj o, String name, @Nullable Cost cost) {
        if (cost == null) {
            o.putNull(name);
        } else if (cost.isMoney()) {
            o.put(name, cost.money().orElseThrow().dong());
        } else {
            o.fraction(name, cost.amount());
        }
    }

    private static void improvement(ExactJson.Obj o, Improvement i) {
        o.put("standard", i.standard()).put("criterion", i.criterion());
        labels(o, "criterionName", i.criterionLabels());
        o.put("indicator", Optional.ofNullable(i.indicator()));
        if (i.indicatorLabels() != null) {
            labels(o, "indicatorName", i.indicatorLabels());
        } else {
            o.putNull("indicatorName");
        }
        o.put("kind", i.kind().name());
        value(o, "current", i.current());
        Threshold th = i.threshold();
        if (th == null) {
            o.putNull("threshold");
        } else {
            ExactJson.Obj t = o.object("threshold").put("comparison", th.comparison().name());
            if (th.value().isPresent()) {
                t.decimal("value", th.value().get());
            } else {
                t.putNull("value");
            }
        }
        value(o, "planned", i.planned());
        if (i.change() != null) {
            o.decimal("change", i.change());
        } else {
            o.putNull("change");
        }
        o.put("measure", i.measure());
        if (i.points() != null) {
            o.fraction("points", i.points());
        } else {
            o.putNull("points");
        }
        if (i.completion() != null) {
            o.decimal("completion", i.completion());
        } else {
            o.putNull("completion");
        }
        cost(o, "cost", i.cost());
        o.object("source").put("vi", i.provenance().cite(Language.VIETNAMESE))
                .put("en", i.provenance().cite(Language.ENGLISH));
    }

    private static void value(ExactJson.Obj o, String name, @Nullable Value value) {
        if (value == null) {
            o.putNull(name);
            return;
        }
        ExactJson.Obj v = o.object(name).put("kind", value.kind().name());
        if (value instanceof Value.Flag f) {
            v.put("met", f.met());
        } else if (value instanceof Value.Quantity q) {
            v.decimal("amount", q.amount()).put("unit", q.unit());
        } else if (value instanceof Value.Ratio r) {
            v.decimal("numerator", r.numerator()).decimal("denominator", r.denominator());
        } else if (value instanceof Value.Count c) {
            v.put("count", c.count());
        } else if (value instanceof Value.Grade g) {
            v.put("grade", g.grade());
        }
    }
}
