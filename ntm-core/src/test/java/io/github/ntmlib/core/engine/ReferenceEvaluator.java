package io.github.ntmlib.core.engine;

import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.Criterion;
import io.github.ntmlib.core.criteria.CriterionResult;
import io.github.ntmlib.core.criteria.Standard;
import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.data.RecordedOutcome;
import io.github.ntmlib.core.data.StatusRegister;
import io.github.ntmlib.core.locality.AdminUnit;
import io.github.ntmlib.core.locality.Snapshot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The test oracle of the equivalence properties: a hierarchy evaluated the straightforward way,
 * every indicator's rule chosen afresh for every unit through the criteria's own {@code evaluate}
 * (values looked up by code, units below counted by code, results kept in maps), against which the
 * compiled engine (full evaluation, verdicts mode, parallel and incremental) is checked. Lives in
 * the tests only: the library ships one path.
 */
final class ReferenceEvaluator {

    private final CriteriaSet set;
    private final CompiledPlan plan;

    private ReferenceEvaluator(Evaluator engine) {
        this.set = engine.criteriaSet();
        this.plan = engine.plan();
    }

    /**
     * The reference evaluation of a request: the engine's own checks and validation (so that the
     * same inputs are refused with the same errors), then the straightforward run.
     */
    static Evaluation evaluate(Evaluator engine, EvaluationRequest request, Snapshot snapshot, Dataset data,
            StatusRegister register) {
        engine.check(request, snapshot);
        List<IgnoredRow> ignored = engine.validate(new SnapshotIndex(snapshot), data, request, (unit, slot, o) -> { });
        return new ReferenceEvaluator(engine).new Run(snapshot, data, register, request).evaluate(ignored);
    }

    /** One evaluation: the results computed so far, by unit code and standard id. */
    private final class Run implements EngineContext.RunView {
        private final Snapshot snapshot;
        private final Dataset data;
        private final StatusRegister register;
        private final EvaluationRequest request;
        private final Map<String, Map<String, StandardResult>> results = new HashMap<>();
        private final Map<String, io.github.ntmlib.core.locality.ClassificationScheme> schemes = new HashMap<>();

        Run(Snapshot snapshot, Dataset data, StatusRegister register, EvaluationRequest request) {
            this.snapshot = snapshot;
            this.data = data;
            this.register = register;
            this.request = request;
            set.schemes().forEach(s -> schemes.put(s.id(), s));
        }

        @Override
        public Map<String, io.github.ntmlib.core.locality.ClassificationScheme> schemes() {
            return schemes;
        }

        Evaluation evaluate(List<IgnoredRow> ignored) {
            evaluateUnits(snapshot.units());
            Map<String, List<StandardResult>> byUnit = new HashMap<>();
            results.forEach((code, map) -> byUnit.put(code, List.copyOf(map.values())));
            return Evaluation.of(set, snapshot, request, byUnit, ignored);
        }

        private void evaluateUnits(List<AdminUnit> units) {
            List<AdminUnit> bottomUp = new ArrayList<>(units);
            bottomUp.sort(Comparator.comparing((AdminUnit u) -> u.level()).reversed());
            for (AdminUnit unit : bottomUp) {
                Set<String> territory = new java.util.HashSet<>();
                territory.add(unit.code());
                snapshot.ancestors(unit.code()).forEach(a -> territory.add(a.code()));
                Map<String, StandardResult> own = new HashMap<>();
                results.put(unit.code(), own);
                for (Standard standard : plan.order) {
                    if (standard.appliesTo(unit, snapshot)) {
                        own.put(standard.id(), judge(new EngineContext(this, unit, standard.id(), territory), standard,
                                own));
                    }
                }
            }
        }

        private StandardResult judge(EngineContext context, Standard standard, Map<String, StandardResult> own) {
            List<CriterionResult> criteria = new ArrayList<>();
            String unit = context.unit().code();
            for (Criterion criterion : standard.criteria()) {
                if (!Evaluator.applies(criterion, context.unit().kind())) {
                    continue;
                }
                Optional<RecordedOutcome> recorded = data.outcome(unit, standard.id(), criterion.code(), request.asOf());
                criteria.add(recorded.isPresent() ? CriterionResult.ofRecorded(criterion, recorded.get())
                        : criterion.evaluate(context));
            }
            String nested = standard.nestedIn().orElse(null);
            io.github.ntmlib.core.criteria.Verdict required = io.github.ntmlib.core.criteria.Verdict.MET;
            if (nested != null) {
                StandardResult base = own.get(nested);
                required = base == null ? io.github.ntmlib.core.criteria.Verdict.NOT_ASSESSED : base.verdict();
            }
            return StandardResult.judged(standard.id(), criteria,
                    register.recognition(snapshot, unit, standard.id(), request.asOf()).orElse(null), nested,
                    nested == null ? null : set.standard(nested).map(io.github.ntmlib.core.criteria.Standard::labels)
                            .orElse(null), required);
        }

        @Override
        public Snapshot snapshot() {
            return snapshot;
        }

        @Override
        public Dataset data() {
            return data;
        }

        @Override
        public StatusRegister register() {
            return register;
        }

        @Override
        public EvaluationRequest request() {
            return request;
        }

        @Override
        public CriteriaSet set() {
            return set;
        }

        @Override
        public @Nullable StandardResult result(String unit, String standard) {
            Map<String, StandardResult> map = results.get(unit);
            return map == null ? null : map.get(standard);
        }
    }
}
