package io.github.ntmlib.core.criteria;

import io.github.ntmlib.base.Labels;
import org.apiguardian.api.API;

/**
 * A criterion of a standard (tiêu chí): a code, its names, and how it is judged for a unit.
 *
 * <p>Most criteria are data: {@link IndicatorCriterion} judges indicator values against threshold
 * rules and {@link AggregateCriterion} counts the units below that hold a standard. A criteria
 * set implements this interface in code only for rules of another shape, such as "income ≥ 110%
 * of the nâng cao level". Implementations must be immutable and thread-safe, must not return
 * {@link Verdict#MET} when data is missing, and should explain every verdict. A recorded outcome
 * for the criterion, when the data holds one, takes the place of {@link #evaluate}; the engine
 * handles that.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public interface Criterion {

    /**
     * The code, unique within its standard, e.g. "3" or "P1".
     *
     * @return the code
     */
    String code();

    /**
     * The names.
     *
     * @return the labels
     */
    Labels labels();

    /**
     * The unit kinds this criterion applies to, within those of its standard; empty for all of
     * them. A criterion that does not apply to a unit's kind is left out of its result (a
     * district criterion on a bus station, say, where a kind has none).
     *
     * @return the kinds, or empty for every kind of the standard
     */
    default java.util.Set<io.github.ntmlib.core.locality.UnitKind> appliesTo() {
        return java.util.Set.of();
    }

    /**
     * The indicators this criterion reads, for overlays and documentation.
     *
     * @return the indicator definitions; empty for aggregates
     */
    java.util.List<IndicatorDefinition> indicators();

    /**
     * Judges the criterion for the unit of the context.
     *
     * @param context the unit, its data, and the results of units below
     * @return the result
     */
    CriterionResult evaluate(CriterionContext context);

    /**
     * The verdict alone, for an evaluation that keeps only verdicts ({@code Evaluator.verdicts}):
     * must equal {@code evaluate(context).verdict()} for every context. The default does exactly
     * that; a criterion written in code may override it to skip building its facts and text.
     *
     * @param context the unit, its data, and the results of units below
     * @return met, not met or not assessed
     */
    default Verdict verdict(CriterionContext context) {
        return evaluate(context).verdict();
    }

    /**
     * This criterion with its indicators replaced (an overlay tightened or supplied thresholds).
     * Criteria without indicators return themselves. A criterion written in code that reads
     * indicators must override this; the default refuses, so that an overlay never silently has no
     * effect ({@link Overlay#applyTo} reports it as a typed error).
     *
     * @param indicators the new definitions, by the same codes
     * @return a criterion using them
     * @throws UnsupportedOperationException if the criterion cannot use replaced indicators
     */
    default Criterion withIndicators(java.util.List<IndicatorDefinition> indicators) {
        if (indicators().isEmpty() && indicators.isEmpty()) {
            return this;
        }
        throw new UnsupportedOperationException("criterion " + code() + " is written in code and does not take"
                + " replaced indicators");
    }
}
