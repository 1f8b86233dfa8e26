package io.github.ntmlib.benchmarks;

import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.data.Observation;
import io.github.ntmlib.core.data.Value;
import io.github.ntmlib.core.engine.Evaluation;
import io.github.ntmlib.core.engine.Evaluator;
import io.github.ntmlib.core.locality.UnitKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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

/**
 * (5) Incremental: one commune's value changes (back and forth between two datasets that differ
 * in that commune's rows only); the commune, its district and its province are judged again.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class IncrementalBenchmarks {

    /** The world: "national" or a number of synthetic communes. */
    @Param({"national"})
    public String world;

    private World w;
    private Evaluator evaluator;
    private Dataset[] data;
    private io.github.ntmlib.core.engine.PreparedEvaluation current;
    private String commune;
    private int flip;

    /** Two datasets differing in one commune's ratios, and a first evaluation. */
    @Setup(Level.Trial)
    public void setUp() {
        w = Worlds.get(world);
        evaluator = w.evaluator();
        List<String> communes = new ArrayList<>();
        w.snapshot().units(UnitKind.COMMUNE).forEach(u -> communes.add(u.code()));
        commune = communes.get(communes.size() / 2);
        List<Observation> changed = new ArrayList<>();
        for (Observation o : w.observations()) {
            Value v = o.value();
            if (o.unit().equals(commune) && v instanceof Value.Ratio) {
                Value.Ratio r = (Value.Ratio) v;
                v = new Value.Ratio(r.denominator().subtract(r.numerator()).max(BigDecimal.ZERO), r.denominator());
            }
            changed.add(Observation.of(o.unit(), o.indicator(), o.year(), v, o.source()));
        }
        data = new Dataset[] {w.data(), Dataset.builder().addAll(changed).build()};
        current = evaluator.prepare(w.request(), w.snapshot(), data[0], w.register());
        Evaluation full = evaluator.evaluate(w.request(), w.snapshot(), data[1], w.register());
        if (!current.update(data[1], Set.of(commune)).evaluate().equals(full) || full.equals(current.evaluate())) {
            throw new IllegalStateException("incremental and full evaluations differ, or the change changed nothing");
        }
    }

    /** Re-evaluates after the commune's change. */
    @Benchmark
    public Evaluation reevaluateOneCommune() {
        flip ^= 1;
        current = current.update(data[flip], Set.of(commune));
        return current.evaluate();
    }
}
