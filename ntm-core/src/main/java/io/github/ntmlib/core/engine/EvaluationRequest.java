package io.github.ntmlib.core.engine;

import io.github.ntmlib.core.criteria.CountingMode;
import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What an evaluation was asked: the date it is made as of (hierarchy, statuses and recorded
 * outcomes up to it), the data year judged, how aggregate conditions count units below, and
 * whether data that does not apply to a unit's kind is refused (strict, the default) or listed
 * as ignored (lenient). Built by {@link Evaluator}.
 *
 * @param asOf     the date of the evaluation
 * @param dataYear the year whose data is judged, not after the date's year
 * @param counting how aggregate conditions count units below
 * @param lenient  whether inapplicable data rows are listed as ignored rather than refused
 */
@API(status = API.Status.STABLE, since = "0.1")
public record EvaluationRequest(LocalDate asOf, int dataYear, CountingMode counting, boolean lenient) {

    /**
     * Validates the components.
     *
     * @param asOf     the date
     * @param dataYear the data year
     * @param counting the counting mode
     * @param lenient  the data policy
     */
    public EvaluationRequest {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(counting, "counting");
        if (dataYear > asOf.getYear()) {
            throw new IllegalArgumentException("data year " + dataYear + " is after the evaluation date " + asOf);
        }
    }
}
