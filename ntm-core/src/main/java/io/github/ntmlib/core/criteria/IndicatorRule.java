package io.github.ntmlib.core.criteria;

import io.github.ntmlib.core.data.Observation;
import io.github.ntmlib.core.data.Value;
import io.github.ntmlib.core.data.ValueCell;
import io.github.ntmlib.core.locality.AdminUnit;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The kernel's judgement of one indicator: the threshold chosen for a unit (its rule-selection
 * profile: kind, the classifications the rules and overrides read, the territories it lies in),
 * ready to compare values. Every verdict on indicator data, in a full evaluation, in the verdicts
 * mode and in a criterion written in code, is given by an instance of this class: the full
 * evaluation asks for the trace ({@link #judge}), the verdicts mode for the verdict of a value
 * encoded as primitive numbers ({@link #verdict(int, long, long)}, on flat tables {@link #weigh});
 * both compare through {@link Comparison#holds} and one exact measure. Immutable and thread-safe;
 * units of one profile share one rule.
 *
 * <p>Legal reading of rule selection: the set's classification overrides give the effective
 * classification (an extremely difficult or safe-zone commune is judged on the thresholds of
 * Trung du và miền núi phía Bắc); the most specific national rule is chosen on it. A territorial
 * rule (a provincial overlay) applies on top only where it is at least as strict as that national
 * rule: a province may only tighten. A looser territorial rule is set aside and the trace says so.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class IndicatorRule {

    private final IndicatorDefinition indicator;
    private final @Nullable Threshold threshold;
    private final @Nullable RuleChoice choice;
    /** The reasons a unit with a value is not assessed (empty: it is judged). */
    private final Set<Reason> reasons;
    /** The reasons a unit without a value is not assessed. */
    private final Set<Reason> reasonsWithoutData;
    /** The bound compared against, or null for a flag (or no threshold). */
    private final @Nullable BigDecimal bound;
    /** The bound's unscaled value when it has at most 18 digits, else Long.MIN_VALUE. */
    private final long boundUnscaled;
    private final int boundScale;
    private final @Nullable Comparison comparison;
    /** Whether a value decides (no reason stands): {@code reasons.isEmpty()}, read once. */
    private final boolean decides;

    private IndicatorRule(IndicatorDefinition indicator, @Nullable Threshold threshold, @Nullable RuleChoice choice,
            Set<Reason> reasons) {
        this.indicator = indicator;
        this.threshold = threshold;
        this.choice = choice;
        this.reasons = reasons.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(reasons));
        EnumSet<Reason> all = EnumSet.of(Reason.NO_DATA);
        all.addAll(reasons);
        this.reasonsWithoutData = java.util.Collections.unmodifiableSet(all);
        this.comparison = threshold == null ? null : threshold.comparison();
        this.bound = threshold == null || threshold.comparison() == Comparison.MET ? null
                : threshold.value().orElse(null);
        this.boundUnscaled = bound == null ? Long.MIN_VALUE : ValueCell.unscaledOrMin(bound);
        this.boundScale = bound == null ? 0 : bound.scale();
        this.decides = this.reasons.isEmpty();
    }

    /**
     * Chooses an indicator's threshold for a unit (see {@link RuleOrigin} for the order of national,
     * regional and territorial rules).
     *
     * @param indicator      the indicator
     * @param unit           the unit judged (its kind selects rules)
     * @param year           the data year
     * @param own            the unit's own (inherited) classification lookup, before overrides
     * @param overrides      the set's classification overrides
     * @param within         whether the unit lies within a territory code (itself or an ancestor)
     * @return the rule for the unit's profile
     */
    public static IndicatorRule select(IndicatorDefinition indicator, AdminUnit unit, int year,
            Function<String, Optional<String>> own, List<ClassificationOverride> overrides, Predicate<String> within) {
        Map<String, String> read = new LinkedHashMap<>();
        Map<String, String> overridden = new LinkedHashMap<>();
        Map<String, Optional<String>> memo = new java.util.HashMap<>(4);
        Function<String, Optional<String>> lookup = scheme -> {
            for (ClassificationOverride override : overrides) {
                if (override.scheme().equals(scheme)) {
                    for (String trigger : override.whenAny().keySet()) {
                        own.apply(trigger).ifPresent(v -> read.put(trigger, v));
                    }
                    Optional<String> value = override.apply(own);
                    if (value.isPresent()) {
                        overridden.put(scheme, own.apply(scheme).orElse(""));
                        read.put(scheme, value.get());
                        return value;
                    }
                }
            }
            Optional<String> value = own.apply(scheme);
            value.ifPresent(v -> read.put(scheme, v));
            return value;
        };
        Function<String, Optional<String>> effective = scheme -> {
            Optional<String> known = memo.get(scheme);
            if (known == null) {
                known = lookup.apply(scheme);
                memo.put(scheme, known);
            }
            return known;
        };
        ThresholdRule national = null;
        ThresholdRule territorial = null;
        for (ThresholdRule rule : indicator.rules()) {
            boolean applies = rule.coversYear(year)
                    && (rule.kinds().isEmpty() || rule.kinds().contains(unit.kind()))
                    && rule.within().map(within::test).orElse(true)
                    && rule.when().entrySet().stream()
                            .allMatch(e -> effective.apply(e.getKey()).filter(e.getValue()::equals).isPresent());
            if (!applies) {
                continue;
            }
            if (rule.within().isPresent()) {
                territorial = territorial == null || rule.specificity() > territorial.specificity() ? rule : territorial;
            } else {
                national = national == null || rule.specificity() > national.specificity() ? rule : national;
            }
        }
        ThresholdRule chosen = national;
        Threshold setAside = null;
        if (territorial != null) {
            if (national == null || !national.threshold().isKnown() || tightens(territorial, national)) {
                chosen = territorial;
            } else {
                setAside = territorial.threshold();
            }
        }
        if (chosen == null) {
            return new IndicatorRule(indicator, null, null, EnumSet.of(Reason.NO_RULE_APPLIES));
        }
        RuleChoice choice = new RuleChoice(chosen.origin(), chosen.when(), read, overridden, setAside);
        Threshold threshold = chosen.threshold();
        Set<Reason> reasons = EnumSet.noneOf(Reason.class);
        if (!threshold.isKnown()) {
            reasons.add(threshold.status() == ThresholdStatus.SET_BY_PROVINCE ? Reason.SET_BY_PROVINCE_NOT_SUPPLIED
                    : Reason.THRESHOLD_NOT_ENCODED);
        }
        return new IndicatorRule(indicator, threshold, choice, reasons);
    }

    /** Whether a territorial rule is at least as strict as the national one. */
    private static boolean tightens(ThresholdRule territorial, ThresholdRule national) {
        Threshold mine = territorial.threshold();
        Threshold theirs = national.threshold();
        if (!mine.isKnown() || mine.comparison() != theirs.comparison()) {
            return false;
        }
        return mine.comparison() == Comparison.MET
                || mine.comparison().atLeastAsStrict(mine.value().orElseThrow(), theirs.value().orElseThrow());
    }

    /**
     * The indicator judged.
     *
     * @return the indicator
     */
    public IndicatorDefinition indicator() {
        return indicator;
    }

    /**
     * The threshold chosen.
     *
     * @return the threshold, or empty when no rule applies
     */
    public Optional<Threshold> threshold() {
        return Optional.ofNullable(threshold);
    }

    /**
     * Whether a unit with a value is judged (no reason makes it not assessed).
     *
     * @return true when a value decides the verdict
     */
    public boolean decides() {
        return decides;
    }

    /**
     * The trace of a unit of this rule's profile with its value (or none): the verdict, the
     * threshold and why it was chosen, the reasons when not assessed, the distance when not met.
     *
     * @param observation the unit's value for the data year, or {@code null} when missing
     * @return the trace
     */
    public IndicatorTrace judge(@Nullable Observation observation) {
        if (observation == null) {
            return IndicatorTrace.judged(indicator, null, threshold, choice, Verdict.NOT_ASSESSED, reasonsWithoutData,
                    null);
        }
        if (!reasons.isEmpty()) {
            return IndicatorTrace.judged(indicator, observation, threshold, choice, Verdict.NOT_ASSESSED, reasons,
                    null);
        }
        boolean met = met(observation.value());
        return IndicatorTrace.judged(indicator, observation, threshold, choice, met ? Verdict.MET : Verdict.NOT_MET,
                Set.of(), met ? null : bound);
    }

    /** {@link #op()}: a value never decides (a reason stands, or no rule applies). */
    public static final int UNDECIDED = 0;
    /** {@link #op()}: a flag decides. */
    public static final int FLAG = 1;
    /** {@link #op()}: a number compared with a bound of at most 18 digits. */
    public static final int COMPARE = 2;
    /** {@link #op()}: a number compared with a bound too long for {@code long} arithmetic. */
    public static final int EXACT = 3;

    /**
     * How this rule judges a value, for flat tables of rules ({@link #weigh}).
     *
     * @return {@link #UNDECIDED}, {@link #FLAG}, {@link #COMPARE} or {@link #EXACT}
     */
    public int op() {
        if (!decides) {
            return UNDECIDED;
        }
        if (bound == null) {
            return FLAG;
        }
        return boundUnscaled == Long.MIN_VALUE ? EXACT : COMPARE;
    }

    /**
     * The direction of the comparison, for flat tables of rules.
     *
     * @return the comparison, or {@link Comparison#MET} for a flag or a rule that never decides
     */
    public Comparison direction() {
        return comparison == null || bound == null ? Comparison.MET : comparison;
    }

    /**
     * The bound's unscaled value, for flat tables of rules.
     *
     * @return the unscaled bound, or {@code Long.MIN_VALUE} when there is none or it is too long
     */
    public long boundUnscaled() {
        return boundUnscaled;
    }

    /**
     * The bound's scale, for flat tables of rules.
     *
     * @return the scale (0 when there is no bound)
     */
    public int boundScale() {
        return boundScale;
    }

    /**
     * The kernel on primitives: the {@linkplain Verdict#weight() weight} of the verdict a rule
     * given as {@code (op, direction, bound, scale)} gives a value encoded by {@link ValueCell}, or
     * −1 when only the exact value can decide (a grade, a number of more than 18 digits, a product
     * that overflows). {@link #verdict(int, long, long)} is this function on the rule's own fields;
     * the engine calls it on flat tables of rules.
     *
     * @param op        the rule's {@link #op()}
     * @param direction the rule's {@link #direction()}
     * @param bound     the rule's {@link #boundUnscaled()}
     * @param scale     the rule's {@link #boundScale()}
     * @param cell      the value's cell ({@link ValueCell#MISSING} for none)
     * @param part      the unscaled scalar or ratio part
     * @param whole     the unscaled ratio whole
     * @return the verdict's weight, or −1
     * @throws IllegalArgumentException for a flag rule and a value that is not a flag
     */
    public static int weigh(int op, Comparison direction, long bound, int scale, int cell, long part, long whole) {
        int tag = ValueCell.tag(cell);
        if (tag == ValueCell.MISSING || op == UNDECIDED) {
            return Verdict.NOT_ASSESSED.weight();
        }
        if (op == FLAG) {
            if (tag != ValueCell.TRUE && tag != ValueCell.FALSE) {
                throw new IllegalArgumentException("a flag threshold for a value that is not a flag");
            }
            return tag == ValueCell.TRUE ? Verdict.MET.weight() : Verdict.NOT_MET.weight();
        }
        int cmp = Measure.OVERFLOW;
        if (op == COMPARE) {
            if (tag == ValueCell.SCALAR) {
                cmp = Measure.compareScaled(part, ValueCell.partScale(cell), bound, scale);
            } else if (tag == ValueCell.RATIO) {
                cmp = Measure.compareRatio(part, ValueCell.partScale(cell), whole, ValueCell.wholeScale(cell),
                        bound, scale);
            }
        }
        if (cmp == Measure.OVERFLOW) {
            return -1;
        }
        return direction.holds(cmp) ? Verdict.MET.weight() : Verdict.NOT_MET.weight();
    }

    /**
     * The verdict of a value encoded by {@link ValueCell}, without the trace: the same verdict as
     * {@link #judge}, the comparison in {@code long} arithmetic ({@link #weigh}). When the encoded
     * numbers cannot decide (a grade, a number of more than 18 digits, a product that overflows),
     * the answer is {@code null} and the caller asks {@link #verdict(Observation)} with the value.
     *
     * @param cell  the value's cell ({@link ValueCell#MISSING} for none)
     * @param part  the unscaled scalar or ratio part
     * @param whole the unscaled ratio whole
     * @return the verdict, or {@code null} when only the exact value can decide
     * @throws IllegalArgumentException for a flag rule and a value that is not a flag
     */
    public @Nullable Verdict verdict(int cell, long part, long whole) {
        try {
            int w = weigh(op(), direction(), boundUnscaled, boundScale, cell, part, whole);
            return w < 0 ? null : Verdict.ofWeight(w);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("indicator " + indicator.code() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The verdict of a value, without the trace: the same verdict as {@link #judge} gives it.
     *
     * @param observation the unit's value, or {@code null} when missing
     * @return the verdict
     */
    public Verdict verdict(@Nullable Observation observation) {
        if (observation == null || !decides) {
            return Verdict.NOT_ASSESSED;
        }
        return met(observation.value()) ? Verdict.MET : Verdict.NOT_MET;
    }

    private boolean met(Value value) {
        BigDecimal b = bound;
        Comparison c = comparison;
        if (b == null || c == null) {
            return ((Value.Flag) value).met();
        }
        return c.holds(Measure.compare(value, indicator, b));
    }

    @Override
    public String toString() {
        return "IndicatorRule[" + indicator.code() + " " + (threshold == null ? "no rule" : threshold) + " "
                + reasons + "]";
    }
}
