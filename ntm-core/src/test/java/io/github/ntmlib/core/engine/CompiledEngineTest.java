package io.github.ntmlib.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.ntmlib.core.criteria.CountingMode;
import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.CriterionResult;
import io.github.ntmlib.core.criteria.IndicatorTrace;
import io.github.ntmlib.core.criteria.Origin;
import io.github.ntmlib.core.criteria.RuleOrigin;
import io.github.ntmlib.core.criteria.Verdict;
import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.data.Observation;
import io.github.ntmlib.core.data.RecordedOutcome;
import io.github.ntmlib.core.data.StatusEvent;
import io.github.ntmlib.core.data.StatusRegister;
import io.github.ntmlib.core.data.Value;
import io.github.ntmlib.core.locality.AdminUnit;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.UnitKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The compiled engine against the straightforward reference (every rule chosen afresh for every
 * unit, values looked up by code), on generated countries of one to three provinces built from
 * {@link EngineWorldsTest}'s worlds (overlays, the effective-region override, villages, merged
 * communes, recorded outcomes, recognitions, both counting modes): identical evaluations, traces
 * included; parallel identical to sequential; re-evaluating one changed commune identical to a
 * full evaluation of the changed data.
 */
class CompiledEngineTest {

    /** A country: the first world's province as generated, the others' codes prefixed. */
    record Country(List<EngineWorldsTest.World> worlds, int changed, int raise) {

        String prefix(int i) {
            return i == 0 ? "" : "x" + i;
        }

        CriteriaSet set() {
            return worlds.get(0).set();
        }

        Snapshot snapshot() {
            List<AdminUnit> units = new ArrayList<>();
            for (int i = 0; i < worlds.size(); i++) {
                String p = prefix(i);
                for (AdminUnit u : worlds.get(i).snapshot().units()) {
                    units.add(AdminUnit.of(p + u.code(), u.name(), u.kind(), u.parent().map(c -> p + c), u.validity(),
                            u.classifications()));
                }
            }
            return Snapshot.of(worlds.get(0).snapshot().date(), units);
        }

        Dataset data(int bump, String changedUnit) {
            Dataset.Builder b = Dataset.builder();
            for (int i = 0; i < worlds.size(); i++) {
                String p = prefix(i);
                Dataset d = worlds.get(i).data(0);
                for (Observation o : d.observations()) {
                    String unit = p + o.unit();
                    Value v = o.value();
                    if (unit.equals(changedUnit) && v instanceof Value.Ratio) {
                        Value.Ratio r = (Value.Ratio) v;
                        BigDecimal part = r.numerator().add(BigDecimal.valueOf(bump)).min(r.denominator()).max(BigDecimal.ZERO);
                        v = new Value.Ratio(part, r.denominator());
                    }
                    b.add(Observation.of(unit, o.indicator(), o.year(), v, o.source()));
                }
                for (RecordedOutcome r : d.outcomes()) {
                    b.add(RecordedOutcome.of(p + r.unit(), r.standard(), r.criterion(), r.assessment(),
                            r.completionLow(), r.completionHigh(), r.date(), r.source()));
                }
            }
            return b.build();
        }

        StatusRegister register() {
            List<StatusEvent> events = new ArrayList<>();
            for (int i = 0; i < worlds.size(); i++) {
                String p = prefix(i);
                worlds.get(i).register().events().forEach(e -> events.add(new StatusEvent(p + e.unit(), e.standard(),
                        e.step(), e.date(), e.decision(), e.authority(), e.source())));
            }
            return StatusRegister.of(events);
        }

        Bound evaluator() {
            return Bound.of(set(), EvaluationRequest.of(SmallSet.DATE, 2024, worlds.get(0).official() ? CountingMode.OFFICIAL : CountingMode.COMPUTED));
        }

        /** The commune whose data changes: the changed-th commune of the country (wrapping). */
        String changedCommune(Snapshot s) {
            List<AdminUnit> communes = s.units(UnitKind.COMMUNE);
            return communes.isEmpty() ? s.units().get(s.size() - 1).code()
                    : communes.get(changed % communes.size()).code();
        }
    }

    /** A province with one district of one recognised commune, its values met. */
    static Country oneCommune() {
        EngineWorldsTest.World w = new EngineWorldsTest.World(List.of(List.of(new EngineWorldsTest.CommuneSpec(0,
                false, 80, 2, 50, 80, 0, 1, 80, true, false))), 0, false);
        return new Country(List.of(w), 0, 5);
    }

    static Gen<Country> countries() {
        return lists().of(EngineWorldsTest.worlds()).ofSizeBetween(1, 3)
                .zip(integers().between(0, 40), integers().between(-60, 60), Country::new);
    }

    private final AtomicInteger provinces = new AtomicInteger();
    private final AtomicInteger overridden = new AtomicInteger();
    private final AtomicInteger territorial = new AtomicInteger();
    private final AtomicInteger recorded = new AtomicInteger();
    private final AtomicInteger official = new AtomicInteger();
    private final AtomicInteger notAssessed = new AtomicInteger();
    private final AtomicInteger distances = new AtomicInteger();
    private final AtomicInteger changedVerdicts = new AtomicInteger();

    private void count(Country c, Evaluation e) {
        provinces.addAndGet(c.worlds().size() > 1 ? 1 : 0);
        official.addAndGet(c.worlds().get(0).official() ? 1 : 0);
        for (UnitResult u : e.units()) {
            for (StandardResult s : u.standards()) {
                for (CriterionResult r : s.criteria()) {
                    recorded.addAndGet(r.origin() == Origin.RECORDED ? 1 : 0);
                    for (IndicatorTrace t : r.indicators()) {
                        notAssessed.addAndGet(t.verdict() == Verdict.NOT_ASSESSED ? 1 : 0);
                        distances.addAndGet(t.distance().isPresent() ? 1 : 0);
                        t.choice().ifPresent(ch -> {
                            overridden.addAndGet(ch.overrideApplied() ? 1 : 0);
                            territorial.addAndGet(ch.origin() == RuleOrigin.OVERLAY ? 1 : 0);
                        });
                    }
                }
            }
        }
    }

    private static void assertSame(Evaluation actual, Evaluation expected) {
        assertThat(actual.units()).hasSameSizeAs(expected.units());
        for (int i = 0; i < expected.units().size(); i++) {
            UnitResult want = expected.units().get(i);
            UnitResult got = actual.units().get(i);
            assertThat(got.unit()).isEqualTo(want.unit());
            for (int s = 0; s < want.standards().size(); s++) {
                StandardResult w = want.standards().get(s);
                StandardResult g = got.standards().get(s);
                assertThat(g.criteria()).as(want.unit() + " " + w.standard()).containsExactlyElementsOf(w.criteria());
                assertThat(g).as(want.unit() + " " + w.standard()).isEqualTo(w);
            }
        }
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void compiledEvaluationEqualsTheReferenceTracesIncluded() {
        qt().withExamples(120).forAll(countries()).checkAssert(c -> {
            Snapshot s = c.snapshot();
            Dataset data = c.data(0, "");
            Bound evaluator = c.evaluator();
            Evaluation reference = evaluator.evaluateReference(s, data, c.register());
            Evaluation compiled = evaluator.evaluate(s, data, c.register());
            count(c, reference);
            assertSame(compiled, reference);
        });
        assertReached();
    }

    /**
     * The test oracle against every path of the kernel, in both counting modes: the full
     * evaluation (sequential and parallel), the verdicts run (sequential and parallel, on the
     * prepared handle), and the incremental update of one changed commune (its evaluation and its
     * verdicts) against the oracle's evaluation of the changed data.
     */
    @Test
    void everyPathOfTheKernelEqualsTheOracleInBothCountingModes() {
        java.util.Map<CountingMode, AtomicInteger> modes = new java.util.EnumMap<>(CountingMode.class);
        AtomicInteger parallelRoots = new AtomicInteger();
        qt().withExamples(60).forAll(countries()).checkAssert(c -> {
            Snapshot s = c.snapshot();
            Dataset data = c.data(0, "");
            String commune = c.changedCommune(s);
            Dataset changed = c.data(c.raise(), commune);
            for (CountingMode mode : CountingMode.values()) {
                Bound bound = c.evaluator().counting(mode);
                modes.computeIfAbsent(mode, m -> new AtomicInteger()).incrementAndGet();
                parallelRoots.addAndGet(s.roots().size() > 1 ? 1 : 0);
                Evaluation oracle = bound.evaluateReference(s, data, c.register());
                count(c, oracle);
                PreparedEvaluation prepared = bound.prepare(s, data, c.register());
                assertSame(prepared.evaluate(), oracle);
                assertSame(bound.parallel().evaluate(s, data, c.register()), oracle);
                Verdicts expected = Verdicts.of(oracle);
                assertThat(prepared.verdicts()).as("verdicts, sequential, " + mode).isEqualTo(expected);
                assertThat(bound.parallel().verdicts(s, data, c.register())).as("verdicts, parallel, " + mode)
                        .isEqualTo(expected);
                Evaluation oracleChanged = bound.evaluateReference(s, changed, c.register());
                PreparedEvaluation updated = prepared.update(changed, Set.of(commune));
                assertSame(updated.evaluate(), oracleChanged);
                assertThat(updated.verdicts()).as("verdicts after an update, " + mode)
                        .isEqualTo(Verdicts.of(oracleChanged));
            }
        });
        assertReached();
        assertThat(modes.keySet()).as("both counting modes").containsExactlyInAnyOrder(CountingMode.values());
        assertThat(parallelRoots.get()).as("parallel runs over several provinces").isGreaterThan(0);
    }

    @Test
    void parallelEvaluationEqualsTheSequentialOne() {
        qt().withExamples(80).forAll(countries()).checkAssert(c -> {
            Snapshot s = c.snapshot();
            Dataset data = c.data(0, "");
            Evaluation sequential = c.evaluator().evaluate(s, data, c.register());
            count(c, sequential);
            assertSame(c.evaluator().parallel().evaluate(s, data, c.register()), sequential);
        });
        assertReached();
    }

    @Test
    void reevaluatingAChangedCommuneEqualsAFullEvaluation() {
        qt().withExamples(120).forAll(countries()).checkAssert(c -> {
            Snapshot s = c.snapshot();
            String commune = c.changedCommune(s);
            Bound evaluator = c.evaluator();
            PreparedEvaluation before = evaluator.prepare(s, c.data(0, ""), c.register());
            Dataset changed = c.data(c.raise(), commune);
            Evaluation full = evaluator.evaluate(s, changed, c.register());
            count(c, full);
            if (!full.equals(before.evaluate())) {
                changedVerdicts.incrementAndGet();
            }
            PreparedEvaluation updated = before.update(changed, Set.of(commune));
            assertSame(updated.evaluate(), full);
            assertThat(updated.verdicts()).as("the updated handle's verdicts, validated on demand")
                    .isEqualTo(Verdicts.of(full));
        });
        assertReached();
        assertThat(changedVerdicts.get()).as("changes that changed a result").isGreaterThan(10);
    }

    @Test
    void reevaluationRefusesALenientRequestAndUnknownUnits() {
        EngineWorldsTest.World w = new EngineWorldsTest.World(List.of(List.of(new EngineWorldsTest.CommuneSpec(0,
                false, 80, 2, 50, 80, 0, 1, 80, true, false))), 0, false);
        Country c = new Country(List.of(w), 0, 5);
        Snapshot s = c.snapshot();
        PreparedEvaluation before = c.evaluator().prepare(s, c.data(0, ""), c.register());
        Dataset data = c.data(5, c.changedCommune(s));
        PreparedEvaluation lenient = c.evaluator().lenient().prepare(s, c.data(0, ""), c.register());
        assertThatThrownBy(() -> lenient.update(data, Set.of("101")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("strict evaluations only");
        assertThatThrownBy(() -> before.update(data, Set.of("999")))
                .isInstanceOf(EvaluationException.class).hasMessageContaining("unknown unit");
        assertThat(before.evaluate()).as("made once, then kept").isSameAs(before.evaluate());
        assertThat(before.update(data, Set.of()).evaluate()).as("nothing changed").isEqualTo(before.evaluate());
    }

    private void assertReached() {
        assertThat(provinces.get()).as("countries of several provinces").isGreaterThan(0);
        assertThat(overridden.get()).as("choices under the effective-region override").isGreaterThan(0);
        assertThat(territorial.get()).as("overlay (territorial) choices").isGreaterThan(0);
        assertThat(recorded.get()).as("recorded outcomes").isGreaterThan(0);
        assertThat(official.get()).as("official counting").isGreaterThan(0);
        assertThat(notAssessed.get()).as("not-assessed traces").isGreaterThan(0);
        assertThat(distances.get()).as("not-met traces with a distance").isGreaterThan(0);
    }
}
