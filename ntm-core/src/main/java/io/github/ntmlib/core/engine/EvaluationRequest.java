package io.github.ntmlib.core.engine;

import io.github.ntmlib.base.Language;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.core.criteria.CountingMode;
import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What an evaluation is asked, complete at construction: the date it is made as of (hierarchy,
 * statuses and recorded outcomes up to it), the data year judged, how aggregate conditions count
 * units below, and whether data that does not apply to a unit's kind is refused (strict, the
 * default) or listed as ignored (lenient). Whether the request fits a criteria set's period is
 * checked by the engine ({@link Evaluator#prepare}), with the same exception type.
 *
 * <pre>{@code
 * EvaluationRequest request = EvaluationRequest.of(LocalDate.of(2024, 12, 31), 2024, CountingMode.OFFICIAL);
 * }</pre>
 *
 * @param asOf     the date of the evaluation
 * @param dataYear the year whose data is judged, not after the date's year
 * @param counting how aggregate conditions count units below
 * @param lenient  whether inapplicable data rows are listed as ignored rather than refused
 * @since 0.1
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
     * @throws EvaluationException if the data year is after the date's year
     */
    public EvaluationRequest {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(counting, "counting");
        if (dataYear > asOf.getYear()) {
            throw new EvaluationException(SourcePosition.API, null, "dataYear", Labels.of("năm số liệu "
                    + dataYear + " sau ngày đánh giá " + Language.VIETNAMESE.format(asOf), "data year " + dataYear
                    + " is after the evaluation date " + asOf));
        }
    }

    /**
     * A strict request.
     *
     * @param asOf     the date of the evaluation
     * @param dataYear the data year, not after the date's year
     * @param counting how aggregate conditions count units below
     * @return the request
     * @throws EvaluationException if the data year is after the date's year
     */
    public static EvaluationRequest of(LocalDate asOf, int dataYear, CountingMode counting) {
        return new EvaluationRequest(asOf, dataYear, counting, false);
    }

    /**
     * This request listing data that does not apply to a unit's kind as ignored on the result,
     * rather than refusing it.
     *
     * @return the lenient request
     */
    public EvaluationRequest asLenient() {
        return new EvaluationRequest(asOf, dataYear, counting, true);
    }
}
