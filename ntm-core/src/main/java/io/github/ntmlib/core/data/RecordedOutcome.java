package io.github.ntmlib.core.data;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A criterion outcome recorded by the department that assesses it as a whole (kết quả đánh giá
 * tiêu chí), with an optional degree of completion such as "60-85% of the requirement".
 *
 * @param unit          the unit code
 * @param standard      the standard id the criterion belongs to
 * @param criterion     the criterion code
 * @param assessment    met, basically met or not met
 * @param completionLow the lower bound of the degree of completion in percent, if stated
 * @param completionHigh the upper bound of the degree of completion in percent, if stated
 * @param date          the date of the assessment
 * @param source        who assessed it, in which document
 */
public record RecordedOutcome(String unit, String standard, String criterion, Assessment assessment,
        Optional<BigDecimal> completionLow, Optional<BigDecimal> completionHigh, LocalDate date, DataSource source) {

    /**
     * Validates the components.
     *
     * @param unit           the unit code
     * @param standard       the standard id
     * @param criterion      the criterion code
     * @param assessment     the assessment
     * @param completionLow  the lower bound of completion, percent
     * @param completionHigh the upper bound of completion, percent
     * @param date           the date
     * @param source         the source
     */
    public RecordedOutcome {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(completionLow, "completionLow");
        Objects.requireNonNull(completionHigh, "completionHigh");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(source, "source");
        if (completionLow.isPresent() && completionHigh.isPresent()
                && completionLow.get().compareTo(completionHigh.get()) > 0) {
            throw new IllegalArgumentException("completion " + completionLow.get() + "-" + completionHigh.get()
                    + "% is not a range");
        }
    }

    /**
     * An outcome without a degree of completion.
     *
     * @param unit       the unit code
     * @param standard   the standard id
     * @param criterion  the criterion code
     * @param assessment the assessment
     * @param date       the date
     * @param source     the source
     * @return the outcome
     */
    public static RecordedOutcome of(String unit, String standard, String criterion, Assessment assessment,
            LocalDate date, DataSource source) {
        return new RecordedOutcome(unit, standard, criterion, assessment, Optional.empty(), Optional.empty(), date,
                source);
    }

    /**
     * This outcome with a degree of completion range, e.g. 60-85%.
     *
     * @param low  the lower bound, percent
     * @param high the upper bound, percent
     * @return a new outcome
     */
    public RecordedOutcome withCompletion(BigDecimal low, BigDecimal high) {
        return new RecordedOutcome(unit, standard, criterion, assessment, Optional.of(low), Optional.of(high), date,
                source);
    }
}
