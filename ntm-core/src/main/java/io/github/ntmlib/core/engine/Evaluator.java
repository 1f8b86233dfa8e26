package io.github.ntmlib.core.engine;

import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.core.criteria.CountingMode;
import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.Criterion;
import io.github.ntmlib.core.criteria.CriterionResult;
import io.github.ntmlib.core.criteria.IndicatorDefinition;
import io.github.ntmlib.core.criteria.Standard;
import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.data.Observation;
import io.github.ntmlib.core.data.RecordedOutcome;
import io.github.ntmlib.core.data.StatusRegister;
import io.github.ntmlib.core.data.Value;
import io.github.ntmlib.core.locality.AdminUnit;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.UnitKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The attainment engine and its request: an immutable value naming the criteria set, the date,
 * the data year, the counting mode and the data policy, which evaluates a hierarchy bottom-up
 * (village, commune, district, province) in one pass. Thread-safe: one evaluator serves any
 * number of evaluations at once.
 *
 * <pre>{@code
 * Evaluation e = Evaluator.of(set).asOf(LocalDate.of(2024, 12, 31)).dataYear(2024)
 *         .counting(CountingMode.OFFICIAL).evaluate(snapshot, data, register);
 * }</pre>
 *
 * <p>The date, the data year and the counting mode are required; the data policy is strict
 * unless {@link #lenient()} is asked for.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Evaluator {

    private final CriteriaSet set;
    private final @Nullable LocalDate asOf;
    private final @Nullable Integer dataYear;
    private final @Nullable CountingMode counting;
    private final boolean lenient;
    private final boolean parallel;
    private final CompiledPlan plan;

    private Evaluator(CriteriaSet set, @Nullable LocalDate asOf, @Nullable Integer dataYear,
            @Nullable CountingMode counting, boolean lenient, boolean parallel, CompiledPlan plan) {
        this.set = set;
        this.asOf = asOf;
        this.dataYear = dataYear;
        this.counting = counting;
        this.lenient = lenient;
        this.parallel = parallel;
        this.plan = plan;
    }

    /**
     * An evaluator for a criteria set, to be completed with {@link #asOf}, {@link #dataYear} and
     * {@link #counting}.
     *
     * @param set the criteria set (with any overlays already applied)
     * @return the evaluator
     */
    public static Evaluator of(CriteriaSet set) {
        return new Evaluator(Objects.requireNonNull(set, "set"), null, null, null, false, false, new CompiledPlan(set));
    }

    /**
     * This evaluator as of a date: the hierarchy, statuses and recorded outcomes up to it.
     *
     * @param date a date within the set's period
     * @return a new evaluator
     */
    public Evaluator asOf(LocalDate date) {
        return new Evaluator(set, Objects.requireNonNull(date, "date"), dataYear, counting, lenient, parallel, plan);
    }

    /**
     * This evaluator judging a year's data.
     *
     * @param year the data year, not after the evaluation date's year
     * @return a new evaluator
     */
    public Evaluator dataYear(int year) {
        return new Evaluator(set, asOf, year, counting, lenient, parallel, plan);
    }

    /**
     * This evaluator counting units below by recognition or by computed attainment.
     *
     * @param mode the counting mode
     * @return a new evaluator
     */
    public Evaluator counting(CountingMode mode) {
        return new Evaluator(set, asOf, dataYear, Objects.requireNonNull(mode, "mode"), lenient, parallel, plan);
    }

    /**
     * This evaluator listing data that does not apply to a unit's kind as ignored on the result,
     * rather than refusing it.
     *
     * @return a new evaluator
     */
    public Evaluator lenient() {
        return new Evaluator(set, asOf, dataYear, counting, true, parallel, plan);
    }

    /**
     * This evaluator judging the provinces (the roots of the hierarchy) in parallel, on the common
     * fork-join pool. The result is identical to a sequential evaluation: a unit's results depend
     * only on its own data and on the units below it.
     *
     * @return a new evaluator
     */
    public Evaluator parallel() {
        return new Evaluator(set, asOf, dataYear, counting, lenient, true, plan);
    }

    /**
     * The criteria set.
     *
     * @return the set
     */
    public CriteriaSet criteriaSet() {
        return set;
    }

    /**
     * The request this evaluator makes.
     *
     * @return the request
     * @throws IllegalStateException if the date, data year or counting mode is missing
     * @throws EvaluationException   if the request does not fit the set's period
     */
    public EvaluationRequest request() {
        if (asOf == null || dataYear == null || counting == null) {
            throw new IllegalStateException("an evaluation needs asOf(date), dataYear(year) and counting(mode); missing:"
                    + (asOf == null ? " asOf" : "") + (dataYear == null ? " dataYear" : "")
                    + (counting == null ? " counting" : ""));
        }
        if (!set.period().covers(dataYear, asOf)) {
            throw new EvaluationException(SourcePosition.API, null, "asOf", "data year " + dataYear + " on "
                    + asOf + " is outside the period of criteria set " + set.id() + ": "
                    + set.period().explain(dataYear, asOf));
        }
        if (dataYear > asOf.getYear()) {
            throw new EvaluationException(SourcePosition.API, null, "dataYear", "data year " + dataYear
                    + " is after the evaluation date " + asOf);
        }
        return new EvaluationRequest(asOf, dataYear, counting, lenient);
    }

    /**
     * Evaluates a hierarchy.
     *
     * @param snapshot the hierarchy in force on the evaluation date
     * @param data     indicator values and recorded outcomes
     * @param register official statuses
     * @return the evaluation, keeping the snapshot, set and request
     * @throws IllegalStateException if the request is incomplete
     * @throws EvaluationException   if the snapshot, set period and request disagree, or the data
     *                               names an unknown unit, indicator or criterion, has a value of
     *                               the wrong kind or an impossible ratio, or (strict) applies to
     *                               a kind of unit it cannot
     */
    public Evaluation evaluate(Snapshot snapshot, Dataset data, StatusRegister register) {
        EvaluationRequest request = request(snapshot);
        SnapshotIndex index = plan.index(snapshot);
        DataIndex indexed = indexed(index, data, request);
        CompiledRun run = run(index, indexed, data, register, request, false);
        return Evaluation.indexed(set, index, request, run.results(), indexed.ignored);
    }

    /**
     * Evaluates a hierarchy for its verdicts only: the verdict of every unit on every standard
     * that applies to it and its official status, equal to those of {@link #evaluate} for the same
     * request and inputs (the same checks, the same typed errors), without the facts that decided
     * them. Values are compared as primitive numbers against the thresholds chosen once per
     * rule-selection profile (exactly: in {@code long} arithmetic when the numbers fit, in exact
     * decimal arithmetic when they do not); a criterion written in code is judged as in an
     * evaluation and only its verdict kept. For tallies, pass the result to
     * {@code Tallies.of(Verdicts)}; for explanations, evaluate.
     *
     * <p>Validating and indexing a dataset is done once for the last dataset seen: evaluating or
     * judging the same (immutable) dataset again with the same snapshot, data year, date and data
     * policy reuses the index, by either method.
     *
     * @param snapshot the hierarchy in force on the evaluation date
     * @param data     indicator values and recorded outcomes
     * @param register official statuses
     * @return the verdicts, keeping the snapshot, set and request
     * @throws IllegalStateException if the request is incomplete
     * @throws EvaluationException   as {@link #evaluate} does
     */
    public Verdicts verdicts(Snapshot snapshot, Dataset data, StatusRegister register) {
        EvaluationRequest request = request(snapshot);
        SnapshotIndex index = plan.index(snapshot);
        DataIndex indexed = indexed(index, data, request);
        CompiledRun run = run(index, indexed, data, register, request, true);
        return Verdicts.indexed(set, index, request, run.verdicts(), run.recognised(), indexed.ignored);
    }

    /** The request, checked against a snapshot. */
    private EvaluationRequest request(Snapshot snapshot) {
        EvaluationRequest request = request();
        if (snapshot.date().isAfter(request.asOf())) {
            throw new EvaluationException(SourcePosition.API, null, "asOf", "the snapshot of " + snapshot.date()
                    + " is not in force as of " + request.asOf() + ": evaluate it as of " + snapshot.date()
                    + " or later, or use the snapshot in force on " + request.asOf());
        }
        return request;
    }

    /** A full run (results or verdicts) over every unit, sequential or by root in parallel. */
    private CompiledRun run(SnapshotIndex index, DataIndex indexed, Dataset data, StatusRegister register,
            EvaluationRequest request, boolean verdictsOnly) {
        Observation[] values = indexed.values;
        int slots = indexed.slots;
        CompiledRun run = new CompiledRun(plan, index, data, register, request,
                (unit, slot) -> values[unit * slots + slot], null, indexed, verdictsOnly);
        if (parallel) {
            run.evaluateByRoot();
        } else {
            run.evaluateAll();
        }
        return run;
    }

    /** The dataset's values validated and indexed, reusing the plan's last index when it matches. */
    private DataIndex indexed(SnapshotIndex index, Dataset data, EvaluationRequest request) {
        DataIndex last = plan.lastData;
        if (last != null && last.matches(index, data, request)) {
            return last;
        }
        int slots = plan.slotCount();
        Observation[] values = new Observation[index.size() * slots];
        List<IgnoredRow> ignored = validate(index, data, request, (unit, slot, o) -> values[unit * slots + slot] = o);
        DataIndex made = new DataIndex(plan, index, data, request, slots, values, ignored);
        plan.lastData = made;
        return made;
    }

    /**
     * Re-evaluates an evaluation after the data of some units changed: those units and every unit
     * above them (a commune, its district, its province) are judged again, every other result is
     * kept. The cost depends on the changed units and their ancestors' children, not on the size of
     * the country. The result equals a full evaluation of the new data, provided the data differs
     * from the previous evaluation's only in rows of the named units.
     *
     * <p>Only the rows the engine reads for the re-judged units are checked (their values of the
     * set's indicators): a row naming an indicator the set does not have, or a recorded outcome
     * that does not apply to its unit, is found by a full evaluation only. Strict evaluations only: a lenient one lists ignored
     * rows in an order only a full evaluation gives.
     *
     * @param previous an evaluation this evaluator's request made (same set, request and snapshot)
     * @param data     the new data
     * @param register the status register
     * @param changed  the codes of the units whose rows changed
     * @return the new evaluation
     * @throws IllegalArgumentException if the previous evaluation was made with another set or
     *                                  request, or was restored from storage
     * @throws IllegalStateException    if the request is incomplete or lenient
     * @throws EvaluationException      if a changed unit is unknown, or a value read is invalid or
     *                                  does not apply to its unit's kind
     */
    public Evaluation reevaluate(Evaluation previous, Dataset data, StatusRegister register,
            java.util.Collection<String> changed) {
        EvaluationRequest request = request();
        if (request.lenient()) {
            throw new IllegalStateException("re-evaluate strict evaluations only; evaluate a lenient request in full");
        }
        SnapshotIndex index = previous.index();
        StandardResult[][] before = previous.results();
        if (index == null || before == null || previous.criteriaSet() != set || !previous.request().equals(request)) {
            throw new IllegalArgumentException("the previous evaluation was not made by this evaluator's set and"
                    + " request (" + previous + ")");
        }
        java.util.BitSet affected = new java.util.BitSet(index.size());
        for (String code : changed) {
            Integer p = index.position.get(code);
            if (p == null) {
                throw new EvaluationException(SourcePosition.API, code, "unit", "unknown unit: no unit with this code"
                        + " on " + index.snapshot.date());
            }
            for (int u = p; u >= 0 && !affected.get(u); u = index.parent[u]) {
                affected.set(u);
            }
        }
        int[] order = affected.stream().boxed().sorted(Comparator.comparing(
                (Integer u) -> index.units[u].level()).reversed()).mapToInt(Integer::intValue).toArray();
        Map<Integer, Observation[]> rows = new HashMap<>();
        for (int u : order) {
            rows.put(u, values(index.units[u], data, request));
        }
        CompiledRun run = new CompiledRun(plan, index, data, register, request, (unit, slot) -> {
            Observation[] row = rows.get(unit);
            return row == null ? null : row[slot];
        }, before, null, false);
        run.evaluate(order);
        return previous.with(run.results(), order, previous.ignored());
    }

    /** A unit's values of the data year by slot, each checked as a full evaluation checks it. */
    private Observation[] values(AdminUnit unit, Dataset data, EvaluationRequest request) {
        Observation[] row = new Observation[plan.slotCount()];
        plan.slots.forEach((code, slot) -> data.observation(unit.code(), code, request.dataYear()).ifPresent(o -> {
            plan.indicators.get(code).forEach(def -> checkValue(o, def));
            if (!plan.indicatorKinds.get(code).contains(unit.kind())) {
                inapplicable(request, new ArrayList<>(), o.source().position(), unit.code(), code,
                        notApplicable(code, unit.kind()));
            }
            row[slot] = o;
        }));
        return row;
    }

    /**
     * Evaluates a hierarchy the straightforward way (every indicator's rule chosen afresh for every
     * unit, values looked up by code): the reference the compiled path is tested against.
     */
    Evaluation evaluateReference(Snapshot snapshot, Dataset data, StatusRegister register) {
        EvaluationRequest request = request();
        List<IgnoredRow> ignored = validate(plan.index(snapshot), data, request, (unit, slot, o) -> { });
        return new Run(snapshot, data, register, request).evaluate(ignored);
    }

    /** Receives each applicable value of the data year with its unit position and indicator slot. */
    private interface ValueSink {
        void accept(int unit, int slot, Observation observation);
    }

    private List<IgnoredRow> validate(SnapshotIndex index, Dataset data, EvaluationRequest request, ValueSink sink) {
        Snapshot snapshot = index.snapshot;
        List<IgnoredRow> ignored = new ArrayList<>();
        for (Observation o : data.observations(request.dataYear())) {
            SourcePosition at = o.source().position();
            Integer position = index.position.get(o.unit());
            if (position == null) {
                throw new EvaluationException(at, o.unit(), o.indicator(), "unknown unit: no unit with this code on "
                        + snapshot.date());
            }
            CompiledPlan.IndicatorInfo info = plan.info.get(o.indicator());
            if (info == null) {
                throw new EvaluationException(at, o.unit(), o.indicator(), "unknown indicator: criteria set " + set.id()
                        + " has no indicator " + o.indicator());
            }
            for (IndicatorDefinition def : info.checks) {
                checkValue(o, def);
            }
            UnitKind kind = index.units[position].kind();
            if (info.kinds.contains(kind)) {
                sink.accept(position, info.slot, o);
            } else {
                inapplicable(request, ignored, at, o.unit(), o.indicator(), notApplicable(o.indicator(), kind));
            }
        }
        for (RecordedOutcome r : data.outcomes()) {
            if (r.date().isAfter(request.asOf())) {
                continue;
            }
            String field = r.standard() + "/" + r.criterion();
            SourcePosition at = r.source().position();
            if (!snapshot.contains(r.unit())) {
                throw new EvaluationException(at, r.unit(), field, "unknown unit: no unit with this code on "
                        + snapshot.date());
            }
            Optional<Standard> standard = set.standard(r.standard());
            Optional<Criterion> criterion = standard.flatMap(s -> s.criterion(r.criterion()));
            if (criterion.isEmpty()) {
                throw new EvaluationException(at, r.unit(), field, "unknown criterion: criteria set " + set.id()
                        + " has no criterion " + r.criterion() + " in standard " + r.standard());
            }
            UnitKind kind = snapshot.require(r.unit()).kind();
            if (!standard.get().appliesTo(kind) || !applies(criterion.get(), kind)) {
                String message = (standard.get().appliesTo(kind) ? "criterion " + field : "standard " + r.standard())
                        + " does not apply to a " + kind.english() + " (" + kind.vietnamese() + ")";
                inapplicable(request, ignored, at, r.unit(), field, message);
            }
        }
        return ignored;
    }

    private String notApplicable(String indicator, UnitKind kind) {
        return "indicator " + indicator + " does not apply to a " + kind.english() + " (" + kind.vietnamese()
                + "): it is read only for " + plan.indicatorKinds.get(indicator);
    }

    private static void inapplicable(EvaluationRequest request, List<IgnoredRow> ignored, SourcePosition at,
            String unit, String field, String message) {
        if (!request.lenient()) {
            throw new EvaluationException(at, unit, field, message + " (a lenient evaluation lists such rows as"
                    + " ignored)");
        }
        ignored.add(new IgnoredRow(unit, field, at, message));
    }

    private static boolean applies(Criterion criterion, UnitKind kind) {
        return criterion.appliesTo().isEmpty() || criterion.appliesTo().contains(kind);
    }

    private static void checkValue(Observation o, IndicatorDefinition def) {
        SourcePosition at = o.source().position();
        Value value = o.value();
        if (def.kind() != value.kind()) {
            throw new EvaluationException(at, o.unit(), o.indicator(), "value of the wrong kind: " + value.kind()
                    + " given, indicator takes " + def.kind());
        }
        if (value instanceof Value.Quantity && !((Value.Quantity) value).unit().equals(def.unit())) {
            throw new EvaluationException(at, o.unit(), o.indicator(), "unit '" + ((Value.Quantity) value).unit()
                    + "' given, indicator is in '" + def.unit() + "'");
        }
        if (value instanceof Value.Ratio && !def.mayExceedWhole() && ((Value.Ratio) value).exceedsWhole()) {
            Value.Ratio r = (Value.Ratio) value;
            throw new EvaluationException(at, o.unit(), o.indicator(), "the part exceeds the whole, which this"
                    + " indicator forbids: " + r.numerator().toPlainString() + "/" + r.denominator().toPlainString());
        }
        if (value instanceof Value.Grade && !def.grades().contains(((Value.Grade) value).grade())) {
            throw new EvaluationException(at, o.unit(), o.indicator(), "grade '" + ((Value.Grade) value).grade()
                    + "' is not on the scale " + def.grades());
        }
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
                    if (standard.appliesTo(unit.kind())) {
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
                if (!applies(criterion, context.unit().kind())) {
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
                    register.recognition(snapshot, unit, standard.id(), request.asOf()).orElse(null), nested, required);
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
