package io.github.ntmlib.benchmarks;

import io.github.ntmlib.base.Language;
import io.github.ntmlib.core.criteria.CriterionResult;
import io.github.ntmlib.core.criteria.IndicatorTrace;
import io.github.ntmlib.core.engine.Evaluation;
import io.github.ntmlib.core.engine.Evaluator;
import io.github.ntmlib.core.engine.StandardResult;
import io.github.ntmlib.core.engine.UnitResult;
import io.github.ntmlib.core.engine.Verdicts;
import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.report.Gap;
import io.github.ntmlib.core.report.Gaps;
import io.github.ntmlib.core.report.Tallies;
import io.github.ntmlib.core.report.Tally;
import io.github.ntmlib.criteria2021.NationalCriteria2021;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Benchmarks 2-6 and 8-9 over a world ("national": the real unit list; or a number of synthetic
 * communes for the scaling curve). Average time per national pass.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class EngineBenchmarks {

    /** The world. */
    @Param({"national"})
    public String world;

    private World w;
    private Evaluator evaluator;
    private Evaluation evaluation;
    private io.github.ntmlib.core.engine.PreparedEvaluation prepared;
    private FlatChecks checks;
    private Peer peer;
    private boolean[] out;

    /** Builds the world, evaluates it once and checks the limit and the peer against the library. */
    @Setup(Level.Trial)
    public void setUp() {
        w = Worlds.get(world);
        evaluator = w.evaluator();
        evaluation = evaluator.evaluate(w.request(), w.snapshot(), w.data(), w.register());
        prepared = evaluator.prepare(w.request(), w.snapshot(), w.data(), w.register());
        checks = FlatChecks.of(evaluation);
        out = new boolean[checks.size()];
        Checks.agree("limit", checks, out, Limit.run(checks, out));
    }

    /** The peer is built only for its benchmark (its model takes seconds to compile). */
    private Peer peer() {
        if (peer == null) {
            peer = Peer.of(checks);
            Checks.agree("DMN peer", checks, out, peer.run(out));
        }
        return peer;
    }

    private int flip;

    /**
     * The two datasets in turn ({@link World#yearData}): each evaluation validates and indexes its
     * data afresh, as a new dataset costs.
     */
    private Dataset fresh() {
        flip ^= 1;
        return flip == 0 ? w.data() : w.yearData();
    }

    /** (2) Every standard for the whole country, with trace facts; a new dataset each time. */
    @Benchmark
    public Evaluation evaluate() {
        return evaluator.evaluate(w.request(), w.snapshot(), fresh(), w.register());
    }

    /** (2, cached) The same, evaluating the same dataset again (its index is reused). */
    @Benchmark
    public Evaluation evaluateCached() {
        return evaluator.evaluate(w.request(), w.snapshot(), w.data(), w.register());
    }

    /** (4) Verdicts only (no traces), then every tally; a new dataset each time. */
    @Benchmark
    public List<Tally> verdictsTallies() {
        return Tallies.of(evaluator.verdicts(w.request(), w.snapshot(), fresh(), w.register())).all();
    }

    /** (4, cached) The same, judging the same dataset again (its index is reused). */
    @Benchmark
    public List<Tally> verdictsTalliesCached() {
        return Tallies.of(prepared.verdicts()).all();
    }

    /** (4, verdicts) Verdicts only, without tallies, the same dataset again. */
    @Benchmark
    public Verdicts verdictsCached() {
        return prepared.verdicts();
    }

    /** (2, all cores) The same, provinces in parallel; a new dataset each time. */
    @Benchmark
    public Evaluation evaluateParallel() {
        return evaluator.parallel().evaluate(w.request(), w.snapshot(), fresh(), w.register());
    }

    /** (3) The same, rendering every explanation text (Vietnamese). */
    @Benchmark
    public long explain() {
        Evaluation e = evaluator.evaluate(w.request(), w.snapshot(), fresh(), w.register());
        return Checks.render(e, Language.VIETNAMESE);
    }

    /** (4, full) An evaluation with trace facts and its tallies; a new dataset each time. */
    @Benchmark
    public List<Tally> tallies() {
        return Tallies.of(evaluator.evaluate(w.request(), w.snapshot(), fresh(), w.register())).all();
    }

    /** (4, reporting only) Tallies of an evaluation already made. */
    @Benchmark
    public List<Tally> talliesOnly() {
        return Tallies.of(evaluation).all();
    }

    /** (6) What-if: the 500 communes closest to nâng cao, with their gaps. */
    @Benchmark
    public List<Gap> whatIf() {
        List<Gap> ranking = Gaps.ranking(evaluation, NationalCriteria2021.COMMUNE_ADVANCED);
        return ranking.subList(0, Math.min(500, ranking.size()));
    }

    /** (8) The limit: flat primitive arrays. */
    @Benchmark
    public int limit() {
        return Limit.run(checks, out);
    }

    /** (9) The peer: Drools DMN. */
    @Benchmark
    public int dmnPeer() {
        return peer().run(out);
    }
}
