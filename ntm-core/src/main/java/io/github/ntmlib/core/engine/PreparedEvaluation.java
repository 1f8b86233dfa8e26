package io.github.ntmlib.core.engine;

import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.data.StatusRegister;
import io.github.ntmlib.core.locality.Snapshot;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A request's inputs validated and indexed once ({@link Evaluator#prepare}): the snapshot's units
 * in hierarchy order, the data year's values by unit and indicator, the units' rule-selection
 * profiles and their recognitions on the evaluation date. Every question on the same inputs is
 * answered from it without validating or indexing again: the full evaluation ({@link #evaluate},
 * made once and kept), the verdicts ({@link #verdicts}) and, after the data of a few units
 * changed, an incremental re-evaluation ({@link #update}).
 *
 * <p>What a handle keeps alive is exactly what it names: the snapshot, the dataset and register,
 * their index and, once asked for, the evaluation. Drop the handle to release them; the engine
 * keeps none of it. Immutable apart from that evaluation, which is made at most once; thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PreparedEvaluation {

    private final Evaluator engine;
    private final EvaluationRequest request;
    final SnapshotIndex index;
    final CompiledPlan.Profiles profiles;
    private final Dataset data;
    private final StatusRegister register;
    /** The validated data index; null until needed when made by an update (validated on first use). */
    private volatile @Nullable DataIndex indexed;
    private volatile @Nullable RegisterIndex recognitions;
    private volatile @Nullable Evaluation evaluation;

    PreparedEvaluation(Evaluator engine, EvaluationRequest request, SnapshotIndex index, Dataset data,
            StatusRegister register, @Nullable DataIndex indexed, @Nullable Evaluation evaluation) {
        this.engine = engine;
        this.request = request;
        this.index = index;
        this.profiles = new CompiledPlan.Profiles(engine.plan(), index, request.dataYear());
        this.data = data;
        this.register = register;
        this.indexed = indexed;
        this.evaluation = evaluation;
    }

    private PreparedEvaluation(PreparedEvaluation from, Dataset data, Evaluation evaluation) {
        this.engine = from.engine;
        this.request = from.request;
        this.index = from.index;
        this.profiles = from.profiles;
        this.data = data;
        this.register = from.register;
        this.recognitions = from.recognitions;
        this.indexed = null;
        this.evaluation = evaluation;
    }

    /**
     * The full evaluation, with every verdict's facts: made on first call, then the same object.
     *
     * @return the evaluation
     */
    public Evaluation evaluate() {
        Evaluation e = evaluation;
        if (e == null) {
            synchronized (this) {
                e = evaluation;
                if (e == null) {
                    DataIndex d = indexed();
                    e = Evaluation.indexed(engine.criteriaSet(), index, request, engine.run(this, false).results(),
                            d.ignored);
                    evaluation = e;
                }
            }
        }
        return e;
    }

    /**
     * Every unit's verdict on every standard that applies to it and its official status, without
     * the facts (the kernel alone: values compared as primitive numbers against the thresholds
     * chosen once per rule-selection profile, exactly). Equal to {@code Verdicts.of(evaluate())}.
     *
     * @return the verdicts
     */
    public Verdicts verdicts() {
        DataIndex d = indexed();
        CompiledRun run = engine.run(this, true);
        return Verdicts.indexed(engine.criteriaSet(), index, request, run.verdicts(), run.recognised(), d.ignored);
    }

    /**
     * The handle for new data that differs from this handle's only in rows of the named units:
     * those units and every unit above them (a commune, its district, its province) are judged
     * again, every other result of {@link #evaluate} is kept. The cost depends on the changed units
     * and their ancestors' children, not on the size of the country. The new handle's evaluation
     * equals a full evaluation of the new data, provided the data differs only in rows of the named
     * units.
     *
     * <p>Only the rows the engine reads for the re-judged units are checked now (their values of
     * the set's indicators); the new handle validates the whole dataset when its verdicts are asked
     * for. Strict requests only: a lenient one lists ignored rows in an order only a full
     * evaluation gives.
     *
     * @param newData the new data
     * @param changed the codes of the units whose rows changed
     * @return the new handle, its evaluation made
     * @throws IllegalStateException if the request is lenient
     * @throws EvaluationException   if a changed unit is unknown, or a value read is invalid or does
     *                               not apply to its unit's kind
     */
    public PreparedEvaluation update(Dataset newData, Collection<String> changed) {
        Objects.requireNonNull(newData, "newData");
        List<String> codes = List.copyOf(changed);
        return new PreparedEvaluation(this, newData, engine.reevaluate(this, evaluate(), newData, codes));
    }

    /**
     * What was asked.
     *
     * @return the request
     */
    public EvaluationRequest request() {
        return request;
    }

    /**
     * The hierarchy judged.
     *
     * @return the snapshot
     */
    public Snapshot snapshot() {
        return index.snapshot;
    }

    /**
     * The data judged.
     *
     * @return the dataset
     */
    public Dataset data() {
        return data;
    }

    /**
     * The official statuses read.
     *
     * @return the register
     */
    public StatusRegister register() {
        return register;
    }

    /**
     * The criteria set.
     *
     * @return the set
     */
    public CriteriaSet criteriaSet() {
        return engine.criteriaSet();
    }

    /** The validated data index (made now for a handle made by an update). */
    DataIndex indexed() {
        DataIndex d = indexed;
        if (d == null) {
            d = engine.index(index, data, register, request);
            indexed = d;
        }
        return d;
    }

    /** The recognitions of every unit on the evaluation date, made on first use. */
    RegisterIndex recognitions() {
        RegisterIndex r = recognitions;
        if (r == null) {
            r = new RegisterIndex(engine.plan(), index, register, request.asOf());
            recognitions = r;
        }
        return r;
    }

    @Override
    public String toString() {
        return "PreparedEvaluation[" + engine.criteriaSet().id() + " of " + index.snapshot.date() + ", " + request
                + ", " + index.size() + " units]";
    }
}
