package io.github.ntmlib.core.data;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A criterion outcome recorded by the department that assesses it as a whole (kết quả đánh giá
 * tiêu chí), with an optional degree of completion such as "60-85% of the requirement".
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class RecordedOutcome {

    private final String unit;
    private final String standard;
    private final String criterion;
    private final Assessment assessment;
    private final @Nullable BigDecimal completionLow;
    private final @Nullable BigDecimal completionHigh;
    private final LocalDate date;
    private final DataSource source;

    private RecordedOutcome(String unit, String standard, String criterion, Assessment assessment,
            Optional<BigDecimal> completionLow, Optional<BigDecimal> completionHigh, LocalDate date,
            DataSource source) {
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
        this.unit = unit;
        this.standard = standard;
        this.criterion = criterion;
        this.assessment = assessment;
        this.completionLow = completionLow.orElse(null);
        this.completionHigh = completionHigh.orElse(null);
        this.date = date;
        this.source = source;
    }

    /**
     * Recorded outcome, validated.
     *
     * @param unit the unit
     * @param standard the standard
     * @param criterion the criterion
     * @param assessment the assessment
     * @param completionLow the completion low
     * @param completionHigh the completion high
     * @param date the date
     * @param source the source
     * @return the recorded outcome
     */
    public static RecordedOutcome of(String unit, String standard, String criterion, Assessment assessment,
            Optional<BigDecimal> completionLow, Optional<BigDecimal> completionHigh, LocalDate date,
            DataSource source) {
        return new RecordedOutcome(unit, standard, criterion, assessment, completionLow, completionHigh,
                date, source);
    }

    /**
     * The unit code.
     *
     * @return the unit code
     */
    public String unit() {
        return unit;
    }

    /**
     * The standard id the criterion belongs to.
     *
     * @return the standard id the criterion belongs to
     */
    public String standard() {
        return standard;
    }

    /**
     * The criterion code.
     *
     * @return the criterion code
     */
    public String criterion() {
        return criterion;
    }

    /**
     * Met, basically met or not met.
     *
     * @return met, basically met or not met
     */
    public Assessment assessment() {
        return assessment;
    }

    /**
     * The lower bound of the degree of completion in percent, if stated.
     *
     * @return the lower bound of the degree of completion in percent, if stated
     */
    public Optional<BigDecimal> completionLow() {
        return Optional.ofNullable(completionLow);
    }

    /**
     * The upper bound of the degree of completion in percent, if stated.
     *
     * @return the upper bound of the degree of completion in percent, if stated
     */
    public Optional<BigDecimal> completionHigh() {
        return Optional.ofNullable(completionHigh);
    }

    /**
     * The date of the assessment.
     *
     * @return the date of the assessment
     */
    public LocalDate date() {
        return date;
    }

    /**
     * Who assessed it, in which document.
     *
     * @return who assessed it, in which document
     */
    public DataSource source() {
        return source;
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
        return new RecordedOutcome(unit, standard, criterion, assessment, Optional.of(low),
                Optional.of(high), date,
                source);
    }


    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof RecordedOutcome)) {
            return false;
        }
        RecordedOutcome o = (RecordedOutcome) other;
        return Objects.equals(unit, o.unit)
                && Objects.equals(standard, o.standard)
                && Objects.equals(criterion, o.criterion)
                && Objects.equals(assessment, o.assessment)
                && Objects.equals(completionLow, o.completionLow)
                && Objects.equals(completionHigh, o.completionHigh)
                && Objects.equals(date, o.date)
                && Objects.equals(source, o.source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(unit, standard, criterion, assessment, completionLow, completionHigh, date, source);
    }

    @Override
    public String toString() {
        return "RecordedOutcome[" + "unit=" + unit + ", " + "standard=" + standard
                + ", " + "criterion=" + criterion + ", " + "assessment=" + assessment
                + ", " + "completionLow=" + completionLow + ", " + "completionHigh=" + completionHigh
                + ", " + "date=" + date + ", " + "source=" + source + "]";
    }
}
