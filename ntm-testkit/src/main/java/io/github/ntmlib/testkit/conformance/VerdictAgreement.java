package io.github.ntmlib.testkit.conformance;

import io.github.ntmlib.core.criteria.ClassificationOverride;
import io.github.ntmlib.core.criteria.CountingMode;
import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.Criterion;
import io.github.ntmlib.core.criteria.CriterionContext;
import io.github.ntmlib.core.criteria.IndicatorDefinition;
import io.github.ntmlib.core.criteria.IndicatorRule;
import io.github.ntmlib.core.criteria.IndicatorTrace;
import io.github.ntmlib.core.criteria.Standard;
import io.github.ntmlib.core.criteria.Verdict;
import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.data.Observation;
import io.github.ntmlib.core.data.StatusRegister;
import io.github.ntmlib.core.engine.Evaluation;
import io.github.ntmlib.core.engine.EvaluationRequest;
import io.github.ntmlib.core.engine.Evaluator;
import io.github.ntmlib.core.engine.PreparedEvaluation;
import io.github.ntmlib.core.engine.StandardResult;
import io.github.ntmlib.core.engine.Verdicts;
import io.github.ntmlib.core.locality.AdminUnit;
import io.github.ntmlib.core.locality.ClassificationScheme;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.testkit.Datasets;
import io.github.ntmlib.testkit.Hierarchies;
import io.github.ntmlib.testkit.Reach;
import io.github.ntmlib.testkit.Registers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The two paths a verdict can take agree, on generated worlds (hierarchies, edge-biased data and
 * registers from the testkit's generators, a fixed seed so that a failure repeats):
 * <ul>
 *   <li>{@link Check#CRITERION_VERDICT}: for every criterion of every standard, on a context of
 *       every unit it applies to, {@code criterion.verdict(context)} equals {@code
 *       criterion.evaluate(context).verdict()} (a criterion written in code that overrides
 *       {@code verdict} for speed must not change the answer);</li>
 *   <li>{@link Check#VERDICTS_MODE}: the engine's verdicts run equals the full evaluation's
 *       verdicts, in both counting modes, sequential and parallel.</li>
 * </ul>
 */
final class VerdictAgreement {

    /** Worlds drawn per check. */
    static final int WORLDS = 24;
    private static final long SEED = 0x5EED_2019L;

    private final CriteriaSet set;

    VerdictAgreement(CriteriaSet set) {
        this.set = set;
    }

    /** A generated world with its request. */
    private record World(Snapshot snapshot, Dataset data, StatusRegister register, LocalDate date, int year) {
    }

    private List<World> worlds() {
        Optional<Probe.Request> request = Probe.request(set.period(), set.period().firstDataYear(),
                set.period().lastDataYear());
        if (request.isEmpty()) {
            return List.of();
        }
        LocalDate date = request.get().date();
        int year = request.get().year();
        SplittableRandom random = new SplittableRandom(SEED);
        Reach reach = new Reach();
        List<Standard> standards = set.standards();
        List<World> worlds = new ArrayList<>();
        for (int i = 0; i < WORLDS; i++) {
            Snapshot snapshot = Hierarchies.snapshots(date, reach).next(random);
            Dataset data = Datasets.edgeBiased(set, snapshot, year, date, reach).next(random);
            StatusRegister register = Registers.statuses(snapshot, standards, date.minusYears(3), date, reach)
                    .next(random);
            worlds.add(new World(snapshot, data, register, date, year));
        }
        return worlds;
    }

    int verdictsMode(List<Failure> found) {
        int n = 0;
        Evaluator engine = Evaluator.of(set);
        for (World w : worlds()) {
            for (CountingMode mode : CountingMode.values()) {
                n++;
                EvaluationRequest request = EvaluationRequest.of(w.date(), w.year(), mode);
                try {
                    PreparedEvaluation prepared = engine.prepare(request, w.snapshot(), w.data(), w.register());
                    Verdicts expected = Verdicts.of(prepared.evaluate());
                    compare(expected, prepared.verdicts(), "sequential, " + mode, found);
                    compare(expected, engine.parallel().verdicts(request, w.snapshot(), w.data(), w.register()),
                            "parallel, " + mode, found);
                } catch (RuntimeException e) {
                    found.add(new Failure(Check.VERDICTS_MODE, set.id(), "evaluation failed (" + mode + "): " + e));
                    return n;
                }
            }
        }
        return n;
    }

    private void compare(Verdicts expected, Verdicts actual, String how, List<Failure> found) {
        if (expected.equals(actual)) {
            return;
        }
        for (int u = 0; u < expected.size(); u++) {
            for (int s = 0; s < set.standards().size(); s++) {
                Verdict want = expected.verdictAt(u, s);
                Verdict got = actual.verdictAt(u, s);
                if (want != got || expected.recognisedAt(u, s) != actual.recognisedAt(u, s)) {
                    found.add(new Failure(Check.VERDICTS_MODE, expected.unitAt(u) + "/"
                            + set.standards().get(s).id(), "the verdicts run (" + how + ") gives " + got
                            + " where the full evaluation gives " + want));
                    return;
                }
            }
        }
        found.add(new Failure(Check.VERDICTS_MODE, set.id(), "the verdicts run (" + how + ") differs from the"
                + " full evaluation's verdicts"));
    }

    int criterionVerdicts(List<Failure> found) {
        int n = 0;
        Evaluator engine = Evaluator.of(set);
        Set<String> failed = new HashSet<>();
        for (World w : worlds()) {
            for (CountingMode mode : CountingMode.values()) {
                Evaluation full;
                try {
                    full = engine.evaluate(EvaluationRequest.of(w.date(), w.year(), mode), w.snapshot(), w.data(),
                            w.register());
                } catch (RuntimeException e) {
                    found.add(new Failure(Check.CRITERION_VERDICT, set.id(), "evaluation failed (" + mode + "): "
                            + e));
                    return n;
                }
                for (AdminUnit unit : w.snapshot().units()) {
                    for (Standard standard : set.standards()) {
                        if (!standard.appliesTo(unit, w.snapshot())) {
                            continue;
                        }
                        for (Criterion criterion : standard.criteria()) {
                            if (!criterion.appliesTo().isEmpty() && !criterion.appliesTo().contains(unit.kind())) {
                                continue;
                            }
                            n++;
                            String where = standard.id() + "/" + criterion.code();
                            if (failed.contains(where)) {
                                continue;
                            }
                            Context context = new Context(w, unit, standard.id(), mode, full);
                            try {
                                Verdict quick = criterion.verdict(context);
                                Verdict evaluated = criterion.evaluate(context).verdict();
                                if (quick != evaluated) {
                                    failed.add(where);
                                    found.add(new Failure(Check.CRITERION_VERDICT, where, "verdict(context) gives "
                                            + quick + " where evaluate(context).verdict() gives " + evaluated
                                            + " (unit " + unit.code() + ", " + mode + ")"));
                                }
                            } catch (RuntimeException e) {
                                failed.add(where);
                                found.add(new Failure(Check.CRITERION_VERDICT, where, "judging unit " + unit.code()
                                        + " failed: " + e));
                            }
                        }
                    }
                }
            }
        }
        return n;
    }

    /**
     * A context as the engine gives one: the unit's data of the year, its classifications after the
     * set's overrides, indicators judged by the kernel, units below counted from a full evaluation
     * (computed) or the register (official).
     */
    private final class Context implements CriterionContext {
        private final World world;
        private final AdminUnit unit;
        private final String standard;
        private final CountingMode mode;
        private final Evaluation full;
        private final Set<String> territory = new HashSet<>();

        Context(World world, AdminUnit unit, String standard, CountingMode mode, Evaluation full) {
            this.world = world;
            this.unit = unit;
            this.standard = standard;
            this.mode = mode;
            this.full = full;
            territory.add(unit.code());
            world.snapshot().ancestors(unit.code()).forEach(a -> territory.add(a.code()));
        }

        @Override
        public AdminUnit unit() {
            return unit;
        }

        @Override
        public Snapshot snapshot() {
            return world.snapshot();
        }

        @Override
        public LocalDate date() {
            return world.date();
        }

        @Override
        public int year() {
            return world.year();
        }

        @Override
        public String standard() {
            return standard;
        }

        @Override
        public CountingMode mode() {
            return mode;
        }

        private Optional<String> own(String scheme) {
            for (ClassificationScheme s : set.schemes()) {
                if (s.id().equals(scheme)) {
                    return world.snapshot().classification(unit.code(), s);
                }
            }
            return Optional.empty();
        }

        @Override
        public Optional<String> classification(String scheme) {
            return ClassificationOverride.effective(set.overrides(), scheme, this::own);
        }

        @Override
        public Optional<Observation> observation(String indicator) {
            return world.data().observation(unit.code(), indicator, world.year());
        }

        @Override
        public IndicatorTrace assess(IndicatorDefinition indicator) {
            return IndicatorRule.select(indicator, unit, world.year(), this::own, set.overrides(), territory::contains)
                    .judge(observation(indicator.code()).orElse(null));
        }

        @Override
        public Verdict holds(String unitCode, String standardId) {
            Optional<Standard> counted = set.standard(standardId);
            Optional<AdminUnit> other = world.snapshot().unit(unitCode);
            if (counted.isEmpty() || other.isEmpty() || !counted.get().appliesTo(other.get(), world.snapshot())) {
                return Verdict.NOT_ASSESSED;
            }
            if (mode == CountingMode.OFFICIAL) {
                return world.register().recognition(world.snapshot(), unitCode, standardId, world.date()).isPresent()
                        ? Verdict.MET : Verdict.NOT_MET;
            }
            return full.result(unitCode, standardId).map(StandardResult::verdict).orElse(Verdict.NOT_ASSESSED);
        }
    }
}
