package io.github.ntmlib.core.criteria;

import io.github.ntmlib.base.Labels;

import io.github.ntmlib.core.data.Observation;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * How one indicator was judged: the value and its source, the threshold and its provenance, the
 * verdict and, when not met, the distance to the threshold.
 *
 * @param indicator   the indicator code
 * @param labels      the indicator's names
 * @param observation the value used, with its source; empty when missing
 * @param threshold   the threshold selected; empty when no rule applied
 * @param verdict     the verdict
 * @param distance    how far the value is from the threshold, in the threshold's unit (percentage
 *                    points for a ratio); empty unless not met and measurable
 * @param explanation the verdict in a sentence
 */
public record IndicatorTrace(String indicator, Labels labels, Optional<Observation> observation,
        Optional<Threshold> threshold, Verdict verdict, Optional<BigDecimal> distance, String explanation) {

    /**
     * Validates the components.
     *
     * @param indicator   the indicator code
     * @param labels      the names
     * @param observation the value used
     * @param threshold   the threshold
     * @param verdict     the verdict
     * @param distance    the distance
     * @param explanation the explanation
     */
    public IndicatorTrace {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(observation, "observation");
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(distance, "distance");
        Objects.requireNonNull(explanation, "explanation");
    }
}
