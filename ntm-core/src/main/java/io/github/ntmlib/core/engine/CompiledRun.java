package io.github.ntmlib.core.engine;

import io.github.ntmlib.core.criteria.CountingMode;
import io.github.ntmlib.core.criteria.spi.Criterion;
import io.github.ntmlib.core.criteria.spi.CriterionContext;
import io.github.ntmlib.core.criteria.spi.CriterionResult;
import io.github.ntmlib.core.criteria.IndicatorDefinition;
import io.github.ntmlib.core.criteria.spi.IndicatorTrace;
import io.github.ntmlib.core.criteria.Verdict;
import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.data.Observation;
import io.github.ntmlib.core.data.RecordedOutcome;
import io.github.ntmlib.core.data.StatusEvent;
import io.github.ntmlib.core.data.StatusRegister;
import io.github.ntmlib.core.locality.AdminUnit;
import io.github.ntmlib.core.locality.Snapshot;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One evaluation on a compiled plan: results in an array by unit position and standard index,
 * values by unit position and indicator slot, each indicator's rule choice made once per
 * rule-selection profile. Gives the same results, traces included, as judging every unit with
 * {@link IndicatorDefinition#judge} (the equivalence tests compare the two).
 */
final class CompiledRun {

    private final CompiledPlan plan;
    private final SnapshotIndex index;
    private final Dataset data;
    private final StatusRegister register;
    private final EvaluationRequest request;
    private final Values values;
    private final StandardResult[][] results;
    private final @Nullable Set<String> withOutcomes;
    /** Unit code to the standards it has status events of (null: look every unit up). */
    private final @Nullable Map<String, Set<String>> withEvents;

    /**
     * A run.
     *
     * @param values   the values by unit position and indicator slot
     * @param previous results to start from (incremental), or null
     * @param scan     whether to list the units with recorded outcomes and statuses first (a full
     *                 run), rather than look every unit up (a run over a few units)
     */
    CompiledRun(CompiledPlan plan, SnapshotIndex index, Dataset data, StatusRegister register,
            EvaluationRequest request, Values values,
            StandardResult @Nullable [][] previous, boolean scan) {
        this.plan = plan;
        this.index = index;
        this.data = data;
        this.register = register;
        this.request = request;
        this.values = values;
        this.results = previous != null ? previous.clone()
                : new StandardResult[index.size()][plan.set.standards().size()];
        this.withOutcomes = scan ? new HashSet<>() : null;
        this.withEvents = scan ? new HashMap<>() : null;
        if (scan) {
            data.outcomes().forEach(o -> withOutcomes.add(o.unit()));
            register.events().forEach(e -> withEvents.computeIfAbsent(e.unit(), k -> new HashSet<>()).add(e.standard()));
        }
    }

    /** The values of the data year by unit position and indicator slot. */
    interface Values {
        @Nullable Observation get(int unit, int slot);
    }

    StandardResult[][] results() {
        return results;
    }

    /** Evaluates every unit, level by level from the bottom. */
    void evaluateAll() {
        Cache cache = new Cache();
        for (int u : index.bottomUp) {
            evaluate(u, cache);
        }
    }

    /** Evaluates the roots' subtrees in parallel (each a contiguous range, bottom-up within it). */
    void evaluateByRoot() {
        int roots = index.rootStarts.length - 1;
        java.util.stream.IntStream.range(0, roots).parallel().forEach(r -> {
            Cache cache = new Cache();
            for (int u = index.rootStarts[r + 1] - 1; u >= index.rootStarts[r]; u--) {
                evaluate(u, cache);
            }
        });
    }

    /** Evaluates some units, each after every unit below it among them (positions bottom-up). */
    void evaluate(int[] bottomUp) {
        Cache cache = new Cache();
        for (int u : bottomUp) {
            evaluate(u, cache);
        }
    }

    private void evaluate(int u, Cache cache) {
        AdminUnit unit = index.units[u];
        CompiledPlan.StandardPlan[] plans = plan.byKind.get(unit.kind());
        StandardResult[] own = new StandardResult[plan.set.standards().size()];
        Set<String> events = withEvents == null ? null : withEvents.getOrDefault(unit.code(), Set.of());
        if (events != null && plans.length > 0) {
            // Reads the register once for every unit, so that a unit it refuses fails as on the
            // reference path; then only for the standards the unit has events of.
            register.recognition(index.snapshot, unit.code(), plans[0].standard.id(), request.asOf());
        }
        Context context = null;
        for (CompiledPlan.StandardPlan sp : plans) {
            context = new Context(u, unit, sp.standard.id(), cache, context);
            own[sp.index] = judge(context, sp, own, events);
        }
        results[u] = own;
    }

    private StandardResult judge(Context context, CompiledPlan.StandardPlan sp, StandardResult[] own,
            @Nullable Set<String> events) {
        String unit = context.unit.code();
        boolean outcomes = withOutcomes == null || withOutcomes.contains(unit);
        CriterionResult[] criteria = new CriterionResult[sp.criteria.length];
        for (int i = 0; i < criteria.length; i++) {
            Criterion criterion = sp.criteria[i];
            RecordedOutcome recorded = outcomes ? data.outcome(unit, sp.standard.id(), criterion.code(),
                    request.asOf()).orElse(null) : null;
            criteria[i] = recorded != null ? CriterionResult.ofRecorded(criterion, recorded)
                    : criterion.evaluate(context);
        }
        String nested = sp.standard.nestedIn().orElse(null);
        Verdict required = Verdict.MET;
        if (nested != null) {
            StandardResult base = sp.nested >= 0 ? own[sp.nested] : null;
            required = base == null ? Verdict.NOT_ASSESSED : base.verdict();
        }
        StatusEvent recognition = events == null || events.contains(sp.standard.id())
                ? register.recognition(index.snapshot, unit, sp.standard.id(), request.asOf()).orElse(null) : null;
        return StandardResult.judged(sp.standard.id(), List.of(criteria), recognition, nested, required);
    }

    /**
     * Per thread: the rule-selection profiles met, each with its row of templates. The rows live in
     * the plan, shared by every run of the same data year (templates are immutable and a racing
     * duplicate is equal).
     */
    private final class Cache {
        private final Map<List<Object>, TraceTemplate[]> rows = new HashMap<>();

        TraceTemplate[] profile(int u, Context context) {
            List<Object> key = new ArrayList<>(2 + plan.schemes.size() + plan.territories.size());
            key.add(request.dataYear());
            key.add(index.units[u].kind());
            for (String scheme : plan.schemes) {
                key.add(context.own(scheme));
            }
            for (String territory : plan.territories) {
                key.add(index.within(u, territory));
            }
            TraceTemplate[] row = rows.get(key);
            if (row == null) {
                row = plan.templates.computeIfAbsent(key, k -> new TraceTemplate[plan.definitions.size()]);
                rows.put(key, row);
            }
            return row;
        }

        TraceTemplate template(TraceTemplate[] row, int definition, IndicatorDefinition indicator, Context context) {
            TraceTemplate t = row[definition];
            if (t == null) {
                t = new TraceTemplate(indicator, indicator.judge(context.unit, request.dataYear(), context::own,
                        plan.set.overrides(), context::within, null));
                row[definition] = t;
            }
            return t;
        }
    }

    /** What a criterion sees: the engine's context on the compiled run. */
    private final class Context implements CriterionContext {
        private final int position;
        private final AdminUnit unit;
        private final String standard;
        private final Cache cache;
        private TraceTemplate @Nullable [] profile;

        Context(int position, AdminUnit unit, String standard, Cache cache, @Nullable Context sameUnit) {
            this.position = position;
            this.unit = unit;
            this.standard = standard;
            this.cache = cache;
            if (sameUnit != null) {
                this.profile = sameUnit.profile;
            }
        }

        Optional<String> own(String scheme) {
            return index.snapshot.classification(unit.code(), plan.scheme(scheme));
        }

        boolean within(String code) {
            return index.within(position, code);
        }

        @Override
        public AdminUnit unit() {
            return unit;
        }

        @Override
        public Snapshot snapshot() {
            return index.snapshot;
        }

        @Override
        public LocalDate date() {
            return request.asOf();
        }

        @Override
        public int year() {
            return request.dataYear();
        }

        @Override
        public String standard() {
            return standard;
        }

        @Override
        public CountingMode mode() {
            return request.counting();
        }

        @Override
        public Optional<String> classification(String scheme) {
            return EngineContext.effective(plan.set.overrides(), scheme, this::own);
        }

        @Override
        public Optional<Observation> observation(String indicator) {
            return Optional.ofNullable(value(indicator));
        }

        private @Nullable Observation value(String indicator) {
            Integer slot = plan.slots.get(indicator);
            if (slot == null) {
                return data.observation(unit.code(), indicator, request.dataYear()).orElse(null);
            }
            return values.get(position, slot);
        }

        @Override
        public IndicatorTrace assess(IndicatorDefinition indicator) {
            Integer definition = plan.definitions.get(indicator);
            if (definition == null) {
                return indicator.judge(unit, request.dataYear(), this::own, plan.set.overrides(), this::within,
                        value(indicator.code()));
            }
            TraceTemplate[] row = profile;
            if (row == null) {
                row = cache.profile(position, this);
                profile = row;
            }
            return cache.template(row, definition, indicator, this).judge(value(indicator.code()));
        }

        @Override
        public Verdict holds(String unitCode, String standardId) {
            Integer s = plan.standardIndex.get(standardId);
            Integer u = index.position.get(unitCode);
            if (s == null || u == null || !plan.set.standards().get(s).appliesTo(index.units[u].kind())) {
                return Verdict.NOT_ASSESSED;
            }
            if (mode() == CountingMode.OFFICIAL) {
                return register.recognition(index.snapshot, unitCode, standardId, date()).isPresent()
                        ? Verdict.MET : Verdict.NOT_MET;
            }
            StandardResult[] row = results[u];
            StandardResult r = row == null ? null : row[s];
            return r == null ? Verdict.NOT_ASSESSED : r.verdict();
        }
    }
}
