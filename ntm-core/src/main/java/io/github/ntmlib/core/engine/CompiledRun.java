package io.github.ntmlib.core.engine;

import io.github.ntmlib.core.criteria.AggregateCriterion;
import io.github.ntmlib.core.criteria.CountingMode;
import io.github.ntmlib.core.criteria.Criterion;
import io.github.ntmlib.core.criteria.CriterionContext;
import io.github.ntmlib.core.criteria.CriterionResult;
import io.github.ntmlib.core.criteria.IndicatorDefinition;
import io.github.ntmlib.core.criteria.IndicatorRule;
import io.github.ntmlib.core.criteria.IndicatorTrace;
import io.github.ntmlib.core.criteria.Verdict;
import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.data.Observation;
import io.github.ntmlib.core.data.RecordedOutcome;
import io.github.ntmlib.core.data.StatusEvent;
import io.github.ntmlib.core.data.StatusRegister;
import io.github.ntmlib.core.locality.AdminUnit;
import io.github.ntmlib.core.locality.UnitKind;
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
    /** The results by unit position and standard index; null in the verdicts mode. */
    private final StandardResult @Nullable [][] results;
    /** The verdicts mode's data, verdict codes and recognitions by position × standards + index; else null. */
    private final @Nullable DataIndex indexed;
    private final byte @Nullable [] verdicts;
    private final boolean @Nullable [] recognised;
    private final int standards;
    private final CompiledPlan.Profiles profiles;
    /** The units with recorded outcomes (null: look every unit up). */
    private final @Nullable Set<String> withOutcomes;
    /** The recognitions of every unit (null: look every unit up). */
    private final @Nullable RegisterIndex recognitions;

    /**
     * A run.
     *
     * @param values       the values by unit position and indicator slot
     * @param previous     results to start from (incremental), or null
     * @param indexed      the validated data of a run over every unit, whose units with recorded
     *                     outcomes and statuses are listed first; or null for a run over a few
     *                     units, which looks every unit up
     * @param recognitions the recognitions of every unit (with the data index), or null
     * @param verdictsOnly whether to keep only verdicts and statuses (no results, no traces but
     *                     those criteria written in code make), which needs the data index
     */
    CompiledRun(CompiledPlan plan, SnapshotIndex index, CompiledPlan.Profiles profiles, Dataset data,
            StatusRegister register, EvaluationRequest request, Values values,
            StandardResult @Nullable [][] previous, @Nullable DataIndex indexed,
            @Nullable RegisterIndex recognitions, boolean verdictsOnly) {
        this.plan = plan;
        this.index = index;
        this.data = data;
        this.register = register;
        this.request = request;
        this.values = values;
        this.standards = plan.set.standards().size();
        this.indexed = verdictsOnly ? java.util.Objects.requireNonNull(indexed, "indexed") : null;
        this.profiles = profiles;
        if (verdictsOnly) {
            this.results = null;
            this.verdicts = new byte[index.size() * standards];
            this.recognised = new boolean[index.size() * standards];
        } else {
            this.results = previous != null ? previous.clone() : new StandardResult[index.size()][standards];
            this.verdicts = null;
            this.recognised = null;
        }
        this.withOutcomes = indexed == null ? null : indexed.withOutcomes;
        this.recognitions = indexed == null ? null : java.util.Objects.requireNonNull(recognitions, "recognitions");
    }

    /** The values of the data year by unit position and indicator slot. */
    interface Values {
        @Nullable Observation get(int unit, int slot);
    }

    StandardResult[][] results() {
        return java.util.Objects.requireNonNull(results, "a run with full results");
    }

    /** The verdict codes of a run in the verdicts mode. */
    byte[] verdicts() {
        return java.util.Objects.requireNonNull(verdicts, "a run in the verdicts mode");
    }

    /** The recognitions of a run in the verdicts mode. */
    boolean[] recognised() {
        return java.util.Objects.requireNonNull(recognised, "a run in the verdicts mode");
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
        if (indexed != null) {
            judgeVerdicts(u, cache);
            return;
        }
        AdminUnit unit = index.units[u];
        CompiledPlan.StandardPlan[] plans = CompiledPlan.known(plan.byKind, unit.kind());
        StandardResult[][] all = java.util.Objects.requireNonNull(results, "a run with full results");
        StandardResult[] own = new StandardResult[standards];
        Context context = null;
        for (CompiledPlan.StandardPlan sp : plans) {
            if (!sp.admits(index, u)) {
                continue;
            }
            context = new Context(u, unit, sp.standard.id(), cache, context);
            own[sp.index] = judge(context, sp, own);
        }
        all[u] = own;
    }

    private StandardResult judge(Context context, CompiledPlan.StandardPlan sp, StandardResult[] own) {
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
        StatusEvent recognition = recognitions != null ? recognitions.recognition(context.position, sp.index)
                : register.recognition(index.snapshot, unit, sp.standard.id(), request.asOf()).orElse(null);
        return StandardResult.judged(sp.standard.id(), List.of(criteria), recognition, nested,
                nested == null ? null : plan.set.standard(nested).map(io.github.ntmlib.core.criteria.Standard::labels)
                        .orElse(null), required);
    }

    /**
     * The verdicts mode: a unit's verdict on each standard and its recognitions, with the branches
     * of {@link #judge} and of the data criteria ({@link io.github.ntmlib.core.criteria.IndicatorCriterion}
     * and {@link AggregateCriterion}), values compared as primitive numbers against the profile's
     * templates; a criterion written in code is judged in full and only its verdict kept.
     */
    private void judgeVerdicts(int u, Cache cache) {
        DataIndex data = java.util.Objects.requireNonNull(indexed, "the verdicts mode's data");
        DataIndex.Encoded encoded = data.encoded();
        byte[] out = java.util.Objects.requireNonNull(verdicts, "the verdicts mode's verdicts");
        boolean[] held = java.util.Objects.requireNonNull(recognised, "the verdicts mode's recognitions");
        RegisterIndex register = java.util.Objects.requireNonNull(recognitions, "the verdicts mode's register");
        AdminUnit unit = index.units[u];
        String code = unit.code();
        CompiledPlan.StandardPlan[] plans = CompiledPlan.known(plan.byKind, unit.kind());
        boolean outcomes = java.util.Objects.requireNonNull(withOutcomes, "the verdicts mode's outcomes")
                .contains(code);
        int profile = profiles.of[u];
        CompiledPlan.Row row = profiles.rows[profile];
        int[] op = row.op;
        long[] bound = row.bound;
        int[] scale = row.scale;
        io.github.ntmlib.core.criteria.Comparison[] direction = row.direction;
        int[] cells = encoded.cell;
        long[] parts = encoded.part;
        long[] wholes = encoded.whole;
        int at = encoded.rowStart[u];
        int raw = u * data.slots;
        int base = u * standards;
        Context context = null;
        for (CompiledPlan.StandardPlan sp : plans) {
            if (!sp.admits(index, u)) {
                continue;
            }
            // "every part must be met" over verdict weights: the heaviest part (Verdict.and)
            int all = Verdict.MET.weight();
            if (sp.standard.nestedIn().isPresent()) {
                Verdict required = sp.nested >= 0 ? VerdictTable.decode(out[base + sp.nested]) : null;
                all = (required == null ? Verdict.NOT_ASSESSED : required).weight();
            }
            for (int c = 0; c < sp.criteria.length; c++) {
                Criterion criterion = sp.criteria[c];
                RecordedOutcome recorded = outcomes ? this.data.outcome(code, sp.standard.id(), criterion.code(),
                        request.asOf()).orElse(null) : null;
                int v;
                int[] definitions = sp.definitions[c];
                if (recorded != null) {
                    v = CriterionResult.verdictOf(recorded).weight();
                } else if (definitions != null) {
                    v = Verdict.MET.weight();
                    int[] slots = sp.slots[c];
                    int[] dense = sp.denseSlots[c];
                    for (int i = 0; i < definitions.length; i++) {
                        int d = definitions[i];
                        int cell = at + dense[i];
                        int w = IndicatorRule.weigh(op[d], direction[d], bound[d], scale[d], cells[cell], parts[cell],
                                wholes[cell]);
                        if (w < 0) {
                            w = row.rules[d].verdict(data.values[raw + slots[i]]).weight();
                        }
                        v = Math.max(v, w);
                    }
                } else if (criterion instanceof AggregateCriterion) {
                    v = aggregate(u, (AggregateCriterion) criterion, sp.counted[c], sp.countedKinds[c]).weight();
                } else {
                    context = new Context(u, unit, sp.standard.id(), cache, context);
                    v = criterion.verdict(context).weight();
                }
                all = Math.max(all, v);
            }
            out[base + sp.index] = VerdictTable.encode(Verdict.ofWeight(all));
            held[base + sp.index] = register.recognition(u, sp.index) != null;
        }
    }

    /**
     * An aggregate's verdict from the verdicts of the units below (their subtree is the range of
     * positions after the unit), counted as {@link Context#holds} counts them.
     */
    private Verdict aggregate(int u, AggregateCriterion criterion, int counted, boolean[] kinds) {
        int holding = 0;
        int unknown = 0;
        int total = 0;
        int end = index.end[u];
        int deepest = -1;
        for (UnitKind k : UnitKind.values()) {
            deepest = kinds[k.ordinal()] ? Math.max(deepest, k.level().ordinal()) : deepest;
        }
        for (int i = u + 1; i < end; i = next(i, deepest)) {
            if (!kinds[index.units[i].kind().ordinal()]) {
                continue;
            }
            total++;
            Verdict v = holdsAt(i, counted);
            holding += v == Verdict.MET ? 1 : 0;
            unknown += v == Verdict.NOT_ASSESSED ? 1 : 0;
        }
        return criterion.verdict(holding, unknown, total);
    }

    /**
     * The next position to count after a unit: the one after it, or after its subtree when its level
     * is the deepest counted (units below sit at deeper levels, none of which is counted).
     */
    private int next(int i, int deepest) {
        return index.units[i].kind().level().ordinal() >= deepest ? index.end[i] : i + 1;
    }

    /** Whether the unit at a position holds the standard at an index (verdicts mode). */
    private Verdict holdsAt(int u, int s) {
        if (s < 0 || !plan.applies[s][index.units[u].kind().ordinal()]
                || !plan.subdivisions[s].admits(index.hasCommunes[u])) {
            return Verdict.NOT_ASSESSED;
        }
        if (request.counting() == CountingMode.OFFICIAL) {
            return java.util.Objects.requireNonNull(recognised, "the verdicts mode's recognitions")[u * standards + s]
                    ? Verdict.MET : Verdict.NOT_MET;
        }
        Verdict v = VerdictTable.decode(java.util.Objects.requireNonNull(verdicts, "the verdicts mode's verdicts")[
                u * standards + s]);
        return v == null ? Verdict.NOT_ASSESSED : v;
    }

    /**
     * Per thread: the row of templates of a unit's rule-selection profile (the plan's
     * {@link CompiledPlan.Profiles}; rows are shared by every run of the same data year, templates
     * are immutable and a racing duplicate is equal), and the template of a definition in a row.
     */
    private final class Cache {
        IndicatorRule[] profile(int u, Context context) {
            return profiles.rows[profiles.of[u]].rules;
        }

        IndicatorRule template(IndicatorRule[] row, int definition, IndicatorDefinition indicator, Context context) {
            IndicatorRule t = row[definition];
            if (t == null) {
                t = IndicatorRule.select(indicator, context.unit, request.dataYear(), context::own,
                        plan.set.overrides(), context::within);
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
        private IndicatorRule @Nullable [] profile;

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
            return io.github.ntmlib.core.criteria.ClassificationOverride.effective(plan.set.overrides(), scheme, this::own);
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
                return IndicatorRule.select(indicator, unit, request.dataYear(), this::own, plan.set.overrides(),
                        this::within).judge(value(indicator.code()));
            }
            IndicatorRule[] row = profile;
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
            if (s == null || u == null || !plan.set.standards().get(s).appliesTo(index.units[u].kind())
                    || !plan.subdivisions[s].admits(index.hasCommunes[u])) {
                return Verdict.NOT_ASSESSED;
            }
            if (mode() == CountingMode.OFFICIAL) {
                return register.recognition(index.snapshot, unitCode, standardId, date()).isPresent()
                        ? Verdict.MET : Verdict.NOT_MET;
            }
            if (results == null) {
                return holdsAt(u, s);
            }
            StandardResult[] row = results[u];
            StandardResult r = row == null ? null : row[s];
            return r == null ? Verdict.NOT_ASSESSED : r.verdict();
        }
    }
}
