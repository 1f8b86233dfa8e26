package io.github.ntmlib.core.criteria;

import io.github.ntmlib.base.Labels;

import io.github.ntmlib.core.data.RecordedOutcome;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The verdict on one criterion for one unit, with everything that decided it.
 *
 * @param code        the criterion code
 * @param labels      the criterion's names
 * @param verdict     met, not met or not assessed
 * @param origin      where the verdict came from
 * @param indicators  the indicator traces (computed from indicators)
 * @param aggregate   the aggregate trace (a condition over units below)
 * @param recorded    the recorded outcome used, if the verdict was recorded
 * @param explanation the verdict in a sentence, naming what is missing
 */
public record CriterionResult(String code, Labels labels, Verdict verdict, Origin origin,
        List<IndicatorTrace> indicators, Optional<AggregateTrace> aggregate, Optional<RecordedOutcome> recorded,
        String explanation) {

    /**
     * Validates the components.
     *
     * @param code        the criterion code
     * @param labels      the names
     * @param verdict     the verdict
     * @param origin      the origin
     * @param indicators  the indicator traces
     * @param aggregate   the aggregate trace
     * @param recorded    the recorded outcome
     * @param explanation the explanation
     */
    public CriterionResult {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(origin, "origin");
        indicators = List.copyOf(indicators);
        Objects.requireNonNull(aggregate, "aggregate");
        Objects.requireNonNull(recorded, "recorded");
        Objects.requireNonNull(explanation, "explanation");
    }

    /**
     * A result decided by code of a criteria set.
     *
     * @param code        the criterion code
     * @param labels      the names
     * @param verdict     the verdict
     * @param indicators  the indicator traces used, if any
     * @param explanation the explanation
     * @return the result
     */
    public static CriterionResult ofRule(String code, Labels labels, Verdict verdict, List<IndicatorTrace> indicators,
            String explanation) {
        return new CriterionResult(code, labels, verdict, Origin.RULE, indicators, Optional.empty(), Optional.empty(),
                explanation);
    }
}
