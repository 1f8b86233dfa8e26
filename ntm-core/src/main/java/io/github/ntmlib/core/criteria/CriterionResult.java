package io.github.ntmlib.core.criteria;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.core.data.Assessment;
import io.github.ntmlib.core.data.RecordedOutcome;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The verdict on one criterion for one unit, with the facts that decided it: the indicator
 * traces, the aggregate count, or the recorded outcome used. Created by the engine and by
 * criteria; a criterion written in code builds its result with {@link #ofRule}.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class CriterionResult {

    private final String code;
    private final Labels labels;
    private final Verdict verdict;
    private final Origin origin;
    private final List<IndicatorTrace> indicators;
    private final @Nullable AggregateTrace aggregate;
    private final @Nullable RecordedOutcome recorded;
    private final @Nullable Labels note;

    private CriterionResult(String code, Labels labels, Verdict verdict, Origin origin,
            List<IndicatorTrace> indicators, @Nullable AggregateTrace aggregate, @Nullable RecordedOutcome recorded,
            @Nullable Labels note) {
        this.code = Objects.requireNonNull(code, "code");
        this.labels = Objects.requireNonNull(labels, "labels");
        this.verdict = Objects.requireNonNull(verdict, "verdict");
        this.origin = Objects.requireNonNull(origin, "origin");
        this.indicators = List.copyOf(indicators);
        this.aggregate = aggregate;
        this.recorded = recorded;
        this.note = note;
        if ((origin == Origin.AGGREGATE) != (aggregate != null) || (origin == Origin.RECORDED) != (recorded != null)) {
            throw new IllegalArgumentException("criterion " + code + ": an " + origin + " result with the wrong facts");
        }
    }

    /**
     * A result decided by code of a criteria set, for criteria written in code.
     *
     * @param code        the criterion code
     * @param labels      the criterion's names
     * @param verdict     the verdict; never met when data is missing
     * @param indicators  the indicator traces used, if any
     * @param explanation what the rule decided, in both languages
     * @return the result
     */
    public static CriterionResult ofRule(String code, Labels labels, Verdict verdict, List<IndicatorTrace> indicators,
            Labels explanation) {
        return new CriterionResult(code, labels, verdict, Origin.RULE, indicators, null, null,
                Objects.requireNonNull(explanation, "explanation"));
    }

    /**
     * The result a recorded outcome gives (the department that assesses the criterion as a whole).
     *
     * @param criterion the criterion
     * @param outcome   the outcome recorded for the unit
     * @return met when recorded met, not met otherwise
     */
    public static CriterionResult ofRecorded(Criterion criterion, RecordedOutcome outcome) {
        return new CriterionResult(criterion.code(), criterion.labels(), verdictOf(outcome), Origin.RECORDED,
                List.of(), null, outcome, null);
    }

    /**
     * The verdict a recorded outcome gives: met when recorded met; "cơ bản đạt" (basically met)
     * and not met give not met. The one place this reading is written.
     *
     * @param outcome the outcome recorded for a unit
     * @return met or not met
     */
    public static Verdict verdictOf(RecordedOutcome outcome) {
        return outcome.assessment() == Assessment.MET ? Verdict.MET : Verdict.NOT_MET;
    }

    /** A result computed from indicator traces (the criteria package's data criteria). */
    static CriterionResult ofIndicators(Criterion criterion, Verdict verdict, List<IndicatorTrace> traces) {
        return new CriterionResult(criterion.code(), criterion.labels(), verdict, Origin.INDICATORS, traces, null,
                null, null);
    }

    /** A result computed by counting units below (the criteria package's aggregate criteria). */
    static CriterionResult ofAggregate(Criterion criterion, Verdict verdict, AggregateTrace trace) {
        return new CriterionResult(criterion.code(), criterion.labels(), verdict, Origin.AGGREGATE, List.of(), trace,
                null, null);
    }

    /**
     * Rebuilds a result from stored facts (for readers of stored evaluations).
     *
     * @param code       the criterion code
     * @param labels     the names
     * @param verdict    the verdict
     * @param origin     where the verdict came from
     * @param indicators the indicator traces
     * @param aggregate  the aggregate trace, for an aggregate result, else {@code null}
     * @param recorded   the recorded outcome, for a recorded result, else {@code null}
     * @param note       a rule's explanation, or {@code null}
     * @return the result
     * @throws IllegalArgumentException if the facts do not fit the origin
     */
    public static CriterionResult restore(String code, Labels labels, Verdict verdict, Origin origin,
            List<IndicatorTrace> indicators, @Nullable AggregateTrace aggregate, @Nullable RecordedOutcome recorded,
            @Nullable Labels note) {
        return new CriterionResult(code, labels, verdict, origin, indicators, aggregate, recorded, note);
    }

    /**
     * The criterion code.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * The criterion's names.
     *
     * @return the labels
     */
    public Labels labels() {
        return labels;
    }

    /**
     * The verdict.
     *
     * @return met, not met or not assessed
     */
    public Verdict verdict() {
        return verdict;
    }

    /**
     * Where the verdict came from.
     *
     * @return the origin
     */
    public Origin origin() {
        return origin;
    }

    /**
     * The indicator traces.
     *
     * @return the traces; empty for aggregate and recorded results
     */
    public List<IndicatorTrace> indicators() {
        return indicators;
    }

    /**
     * The aggregate trace.
     *
     * @return the trace of a condition over units below, or empty
     */
    public Optional<AggregateTrace> aggregate() {
        return Optional.ofNullable(aggregate);
    }

    /**
     * The recorded outcome used.
     *
     * @return the outcome, or empty if the verdict was computed
     */
    public Optional<RecordedOutcome> recorded() {
        return Optional.ofNullable(recorded);
    }

    /**
     * The explanation a criterion written in code gave.
     *
     * @return the note, or empty
     */
    public Optional<Labels> note() {
        return Optional.ofNullable(note);
    }

    /**
     * Why the criterion is not assessed: the reasons of its indicators, or units below not
     * assessed.
     *
     * @return the reasons; empty unless not assessed
     */
    public Set<Reason> reasons() {
        if (verdict != Verdict.NOT_ASSESSED) {
            return Set.of();
        }
        Set<Reason> reasons = EnumSet.noneOf(Reason.class);
        indicators.stream().filter(t -> t.verdict() == Verdict.NOT_ASSESSED).forEach(t -> reasons.addAll(t.reasons()));
        if (aggregate != null) {
            reasons.add(Reason.UNITS_NOT_ASSESSED);
        }
        return Set.copyOf(reasons);
    }

    /**
     * The verdict in a sentence, rendered from the facts.
     *
     * @param language the language
     * @return the explanation
     */
    public String explanation(Language language) {
        return VerdictText.criterion(this, language);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof CriterionResult)) {
            return false;
        }
        CriterionResult r = (CriterionResult) o;
        return code.equals(r.code) && labels.equals(r.labels) && verdict == r.verdict && origin == r.origin
                && indicators.equals(r.indicators) && Objects.equals(aggregate, r.aggregate)
                && Objects.equals(recorded, r.recorded) && Objects.equals(note, r.note);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, verdict, origin, indicators);
    }

    @Override
    public String toString() {
        return "CriterionResult[" + code + " " + verdict + " " + origin + "]";
    }
}
