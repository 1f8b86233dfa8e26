package io.github.ntmlib.core.criteria;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.core.data.Observation;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * How one indicator was judged, as facts: the value and its source, the threshold chosen and why
 * ({@link RuleChoice}), the verdict, the reasons when not assessed (every one: missing data and a
 * missing threshold are both reported), and, when not met, the distance to the threshold. The
 * text is rendered from the facts on demand ({@link #explanation(Language)}).
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class IndicatorTrace {

    private final String indicator;
    private final Labels labels;
    private final @Nullable Observation observation;
    private final @Nullable Threshold threshold;
    private final @Nullable RuleChoice choice;
    private final Verdict verdict;
    private final Set<Reason> reasons;
    /**
     * The distance: a BigDecimal, a {@link Deferred} distance computed on first read, or null. Final,
     * so that a trace handed to another thread without synchronisation is seen whole; a deferred
     * distance's inputs are final too.
     */
    private final @Nullable Object distance;
    private final @Nullable Labels note;

    private IndicatorTrace(String indicator, Labels labels, @Nullable Observation observation,
            @Nullable Threshold threshold, @Nullable RuleChoice choice, Verdict verdict, Collection<Reason> reasons,
            @Nullable Object distance, @Nullable Labels note) {
        this.indicator = Objects.requireNonNull(indicator, "indicator");
        this.labels = Objects.requireNonNull(labels, "labels");
        this.observation = observation;
        this.threshold = threshold;
        this.choice = choice;
        this.verdict = Objects.requireNonNull(verdict, "verdict");
        this.reasons = reasons.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(reasons));
        this.distance = distance instanceof BigDecimal ? Measure.canonical((BigDecimal) distance) : distance;
        this.note = note;
        if ((verdict == Verdict.NOT_ASSESSED) == this.reasons.isEmpty()) {
            throw new IllegalArgumentException("indicator " + indicator + ": a trace is not assessed exactly when it"
                    + " gives reasons (" + verdict + ", " + this.reasons + ")");
        }
        if (threshold != null && choice == null) {
            throw new IllegalArgumentException("indicator " + indicator + ": a threshold without the rule choice");
        }
    }

    /**
     * A trace judged by the kernel ({@link IndicatorRule}): when not met, its distance is computed
     * on first read from the value and the bound (most callers never read it).
     */
    static IndicatorTrace judged(IndicatorDefinition indicator, @Nullable Observation observation,
            @Nullable Threshold threshold, @Nullable RuleChoice choice, Verdict verdict, Set<Reason> reasons,
            @Nullable BigDecimal bound) {
        return new IndicatorTrace(indicator.code(), indicator.labels(), observation, threshold, choice, verdict,
                reasons, bound == null || observation == null ? null
                        : new Deferred(observation.value(), indicator, bound), null);
    }

    /** A distance computed when first read; its inputs are final, its memo a racy but equal value. */
    private static final class Deferred {
        private final io.github.ntmlib.core.data.Value value;
        private final IndicatorDefinition indicator;
        private final BigDecimal bound;
        private volatile @Nullable BigDecimal memo;

        Deferred(io.github.ntmlib.core.data.Value value, IndicatorDefinition indicator, BigDecimal bound) {
            this.value = value;
            this.indicator = indicator;
            this.bound = bound;
        }

        BigDecimal get() {
            BigDecimal d = memo;
            if (d == null) {
                d = Measure.distance(value, indicator, bound);
                memo = d;
            }
            return d;
        }
    }

    /**
     * Rebuilds a trace from its stored facts (for readers of stored evaluations); the engine
     * creates traces by judging.
     *
     * @param indicator   the indicator code
     * @param labels      the indicator's names
     * @param observation the value used, or {@code null}
     * @param threshold   the threshold chosen, or {@code null}
     * @param choice      why the threshold was chosen, or {@code null} when none was
     * @param verdict     the verdict
     * @param reasons     the reasons; non-empty exactly when not assessed
     * @param distance    the distance, or {@code null}
     * @param note        a rule's note (a criterion written in code), or {@code null}
     * @return the trace
     * @throws IllegalArgumentException if the facts are inconsistent
     */
    public static IndicatorTrace restore(String indicator, Labels labels, @Nullable Observation observation,
            @Nullable Threshold threshold, @Nullable RuleChoice choice, Verdict verdict, Collection<Reason> reasons,
            @Nullable BigDecimal distance, @Nullable Labels note) {
        return new IndicatorTrace(indicator, labels, observation, threshold, choice, verdict, reasons, distance, note);
    }

    /**
     * This trace judged again by a criterion written in code (e.g. "income ≥ 110% of the level
     * read as this indicator's threshold"), keeping the value, threshold and choice.
     *
     * @param newVerdict  met or not met (not assessed keeps this trace's reasons)
     * @param newDistance the distance when not met, or {@code null}
     * @param ruleNote    what the rule compared, in both languages
     * @return the new trace
     */
    public IndicatorTrace rejudged(Verdict newVerdict, @Nullable BigDecimal newDistance, Labels ruleNote) {
        return new IndicatorTrace(indicator, labels, observation, threshold, choice, newVerdict,
                newVerdict == Verdict.NOT_ASSESSED ? reasons : Set.of(), newDistance,
                Objects.requireNonNull(ruleNote, "ruleNote"));
    }

    /**
     * The indicator code.
     *
     * @return the code
     */
    public String indicator() {
        return indicator;
    }

    /**
     * The indicator's names.
     *
     * @return the labels
     */
    public Labels labels() {
        return labels;
    }

    /**
     * The value used, with its source.
     *
     * @return the observation, or empty when missing
     */
    public Optional<Observation> observation() {
        return Optional.ofNullable(observation);
    }

    /**
     * The threshold chosen.
     *
     * @return the threshold, or empty when no rule applied
     */
    public Optional<Threshold> threshold() {
        return Optional.ofNullable(threshold);
    }

    /**
     * Why the threshold was chosen.
     *
     * @return the choice, or empty when no rule applied
     */
    public Optional<RuleChoice> choice() {
        return Optional.ofNullable(choice);
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
     * Why the indicator is not assessed: every reason that applies.
     *
     * @return the reasons; empty unless not assessed
     */
    public Set<Reason> reasons() {
        return reasons;
    }

    /**
     * How far the value is from the threshold, in the threshold's unit (percentage points for a
     * ratio).
     *
     * @return the distance, or empty unless not met and measurable
     */
    public Optional<BigDecimal> distance() {
        return Optional.ofNullable(distanceValue());
    }

    /**
     * The note of a criterion written in code that judged this indicator again.
     *
     * @return the note, or empty
     */
    public Optional<Labels> note() {
        return Optional.ofNullable(note);
    }

    /**
     * The verdict in a sentence, rendered from the facts.
     *
     * @param language the language
     * @return e.g. "3.1: 799/1,000 = 79.9% does not meet ≥ 80% (national) [Test decision 1/QĐ]"
     */
    public String explanation(Language language) {
        return VerdictText.indicator(this, language);
    }

    /** The distance, computed on first read when the kernel deferred it. */
    private @Nullable BigDecimal distanceValue() {
        Object d = distance;
        return d instanceof Deferred ? ((Deferred) d).get() : (BigDecimal) d;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof IndicatorTrace)) {
            return false;
        }
        IndicatorTrace t = (IndicatorTrace) o;
        return indicator.equals(t.indicator) && labels.equals(t.labels) && Objects.equals(observation, t.observation)
                && Objects.equals(threshold, t.threshold) && Objects.equals(choice, t.choice)
                && verdict == t.verdict && reasons.equals(t.reasons) && Objects.equals(distanceValue(), t.distanceValue())
                && Objects.equals(note, t.note);
    }

    @Override
    public int hashCode() {
        return Objects.hash(indicator, verdict, reasons, distanceValue());
    }

    @Override
    public String toString() {
        return "IndicatorTrace[" + indicator + " " + verdict + (reasons.isEmpty() ? "" : " " + reasons) + "]";
    }
}
