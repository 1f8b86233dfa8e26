package io.github.ntmlib.core.criteria;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.core.locality.UnitKind;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A criterion met when all its indicators meet their thresholds: the data-driven criterion.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class IndicatorCriterion implements Criterion {

    private final String code;
    private final Labels labels;
    private final List<IndicatorDefinition> indicators;
    private final Set<UnitKind> appliesTo;

    private IndicatorCriterion(String code, Labels labels, List<IndicatorDefinition> indicators,
            Set<UnitKind> appliesTo) {
        this.code = Objects.requireNonNull(code, "code");
        this.labels = Objects.requireNonNull(labels, "labels");
        this.indicators = List.copyOf(indicators);
        this.appliesTo = Set.copyOf(appliesTo);
        if (this.indicators.isEmpty()) {
            throw new IllegalArgumentException("criterion " + code + " needs at least one indicator");
        }
    }

    /**
     * A criterion of indicators.
     *
     * @param code       the code
     * @param labels     the names
     * @param indicators the indicators, at least one
     * @return the criterion
     */
    public static IndicatorCriterion of(String code, Labels labels, List<IndicatorDefinition> indicators) {
        return new IndicatorCriterion(code, labels, indicators, Set.of());
    }

    /**
     * A criterion of indicators that applies only to some unit kinds of its standard.
     *
     * @param code       the code
     * @param labels     the names
     * @param indicators the indicators, at least one
     * @param appliesTo  the kinds it applies to; empty for all
     * @return the criterion
     */
    public static IndicatorCriterion of(String code, Labels labels, List<IndicatorDefinition> indicators,
            Set<UnitKind> appliesTo) {
        return new IndicatorCriterion(code, labels, indicators, appliesTo);
    }

    @Override
    public Set<UnitKind> appliesTo() {
        return appliesTo;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Labels labels() {
        return labels;
    }

    @Override
    public List<IndicatorDefinition> indicators() {
        return indicators;
    }

    @Override
    public Criterion withIndicators(List<IndicatorDefinition> replaced) {
        return new IndicatorCriterion(code, labels, replaced, appliesTo);
    }

    @Override
    public CriterionResult evaluate(CriterionContext context) {
        IndicatorTrace[] traces = new IndicatorTrace[indicators.size()];
        boolean notMet = false;
        boolean unknown = false;
        for (int i = 0; i < traces.length; i++) {
            IndicatorTrace trace = context.assess(indicators.get(i));
            traces[i] = trace;
            notMet |= trace.verdict() == Verdict.NOT_MET;
            unknown |= trace.verdict() == Verdict.NOT_ASSESSED;
        }
        Verdict verdict = notMet ? Verdict.NOT_MET : unknown ? Verdict.NOT_ASSESSED : Verdict.MET;
        return CriterionResult.ofIndicators(this, verdict, List.of(traces));
    }

    @Override
    public String toString() {
        return "IndicatorCriterion[" + code + " " + labels.english() + "]";
    }
}
