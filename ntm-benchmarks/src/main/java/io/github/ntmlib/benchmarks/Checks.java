package io.github.ntmlib.benchmarks;

import io.github.ntmlib.base.Language;
import io.github.ntmlib.core.criteria.CriterionResult;
import io.github.ntmlib.core.criteria.IndicatorTrace;
import io.github.ntmlib.core.engine.Evaluation;
import io.github.ntmlib.core.engine.Evaluator;
import io.github.ntmlib.core.engine.StandardResult;
import io.github.ntmlib.core.engine.UnitResult;
import io.github.ntmlib.core.engine.Verdicts;
import io.github.ntmlib.core.report.Tallies;

/**
 * The equivalence checks of the benchmarks, without timings (CI runs them): on a world, the
 * limit and the DMN peer give the library's verdict for every commune, a parallel evaluation
 * equals the sequential one, the verdicts mode gives the full evaluation's verdicts and statuses
 * for every unit and standard (sequential and parallel, both counting modes, fresh and indexed
 * data) with equal tallies, and re-evaluating one changed commune equals a full evaluation; and
 * the planner's closest-first heuristic ({@link PlanBenchmarks}) is the plan's baseline, which the
 * plan never costs more than.
 */
public final class Checks {

    private Checks() {
    }

    /**
     * Runs the checks on a world.
     *
     * @param args the world: "national" or a number of synthetic communes (default 1000)
     */
    public static void main(String[] args) {
        String name = args.length > 0 ? args[0] : "1000";
        World w = Worlds.get(name);
        Evaluator evaluator = w.evaluator();
        Evaluation e = evaluator.evaluate(w.request(), w.snapshot(), w.data(), w.register());
        FlatChecks f = FlatChecks.of(e);
        boolean[] out = new boolean[f.size()];
        agree("limit", f, out, Limit.run(f, out));
        Peer peer = Peer.of(f);
        agree("DMN peer", f, out, peer.run(out));
        if (!evaluator.parallel().evaluate(w.request(), w.snapshot(), w.data(), w.register()).equals(e)) {
            throw new IllegalStateException("parallel evaluation differs from the sequential one");
        }
        verdicts(w, evaluator, e);
        String commune = w.snapshot().units(io.github.ntmlib.core.locality.UnitKind.COMMUNE).get(0).code();
        java.util.List<io.github.ntmlib.core.data.Observation> changed = new java.util.ArrayList<>();
        for (io.github.ntmlib.core.data.Observation o : w.observations()) {
            changed.add(!o.unit().equals(commune) || !(o.value() instanceof io.github.ntmlib.core.data.Value.Ratio) ? o
                    : io.github.ntmlib.core.data.Observation.of(o.unit(), o.indicator(), o.year(),
                            io.github.ntmlib.core.data.Value.Ratio.of(0, 1), o.source()));
        }
        io.github.ntmlib.core.data.Dataset data = io.github.ntmlib.core.data.Dataset.builder().addAll(changed).build();
        Evaluation full = evaluator.evaluate(w.request(), w.snapshot(), data, w.register());
        io.github.ntmlib.core.engine.PreparedEvaluation prepared = evaluator.prepare(w.request(), w.snapshot(),
                w.data(), w.register());
        if (full.equals(e) || !prepared.update(data, java.util.Set.of(commune)).evaluate().equals(full)) {
            throw new IllegalStateException("re-evaluating commune " + commune + " differs from a full evaluation");
        }
        // the planner (issue 23) on its own world, every xã of the largest province: its closest-first
        // heuristic is the plan's baseline, and the plan costs no more
        String planner = PlanBenchmarks.checkPlanner();
        System.out.println("checks (" + name + ": " + w.communes() + " communes, " + w.observations().size()
                + " observations, " + f.size() + " communes x " + f.width() + " checks): limit, DMN peer,"
                + " verdicts mode, tallies of verdicts, parallel and incremental agree with the library; " + planner);
    }

    /**
     * The verdicts mode against the full evaluation, for every unit and standard, sequential and
     * parallel, counting official statuses too, on a fresh and on an already indexed dataset; and
     * tallies of verdicts equal to tallies of the evaluation.
     */
    static void verdicts(World w, Evaluator evaluator, Evaluation e) {
        Verdicts expected = Verdicts.of(e);
        for (Evaluator ev : java.util.List.of(evaluator, evaluator.parallel())) {
            for (io.github.ntmlib.core.data.Dataset d : java.util.List.of(w.yearData(), w.yearData(), w.data())) {
                if (!ev.verdicts(w.request(), w.snapshot(), d, w.register()).equals(expected)) {
                    throw new IllegalStateException("verdicts mode differs from the full evaluation");
                }
            }
        }
        io.github.ntmlib.core.engine.EvaluationRequest official = io.github.ntmlib.core.engine.EvaluationRequest.of(
                w.request().asOf(), w.request().dataYear(), io.github.ntmlib.core.criteria.CountingMode.OFFICIAL);
        io.github.ntmlib.core.engine.PreparedEvaluation p = evaluator.prepare(official, w.snapshot(), w.data(),
                w.register());
        if (!p.verdicts().equals(Verdicts.of(p.evaluate()))) {
            throw new IllegalStateException("verdicts mode differs from the full evaluation (official counting)");
        }
        if (!Tallies.of(evaluator.verdicts(w.request(), w.snapshot(), w.data(), w.register())).all()
                .equals(Tallies.of(e).all())) {
            throw new IllegalStateException("tallies of verdicts differ from tallies of the evaluation");
        }
    }

    static void agree(String who, FlatChecks f, boolean[] out, int met) {
        for (int i = 0; i < f.size(); i++) {
            if (out[i] != f.expected[i]) {
                throw new IllegalStateException(who + " disagrees with the library on commune " + f.communes[i]
                        + ": " + out[i] + " vs " + f.expected[i]);
            }
        }
        if (met == 0 || met == f.size()) {
            throw new IllegalStateException(who + ": verdicts are not mixed (" + met + " of " + f.size() + ")");
        }
    }

    /** Renders every explanation of an evaluation; returns the total length. */
    static long render(Evaluation e, Language language) {
        long length = 0;
        for (UnitResult u : e.units()) {
            for (StandardResult s : u.standards()) {
                length += s.explanation(language).length();
                for (CriterionResult c : s.criteria()) {
                    length += c.explanation(language).length();
                    for (IndicatorTrace t : c.indicators()) {
                        length += t.explanation(language).length();
                    }
                }
            }
        }
        return length;
    }
}
