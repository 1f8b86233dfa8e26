package io.github.ntmlib.core.locality;

import io.github.ntmlib.base.Language;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The half-open interval of dates [from, until) in which a version of a unit exists.
 *
 * <p>A GSO code is reused after mergers and renames, so a unit's identity across time is its
 * code together with its validity.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Validity {

    private final LocalDate from;
    private final @Nullable LocalDate until;

    private Validity(LocalDate from, @Nullable LocalDate until) {
        this.from = from;
        this.until = until;
    }

    /**
     * An open-ended interval starting on a date.
     *
     * @param from the first day of validity
     * @return the interval [from, ∞)
     */
    public static Validity from(LocalDate from) {
        return between(from, null);
    }

    /**
     * The interval [from, until).
     *
     * @param from  the first day of validity
     * @param until the first day on which the unit no longer exists in this form, or {@code null}
     *              if it still does
     * @return the interval
     * @throws IllegalArgumentException if {@code until} is not after {@code from}
     */
    public static Validity between(LocalDate from, @Nullable LocalDate until) {
        Objects.requireNonNull(from, "from");
        if (until != null && !until.isAfter(from)) {
            throw new IllegalArgumentException("validity ends " + until + ", not after its start " + from);
        }
        return new Validity(from, until);
    }

    /**
     * The first day of validity.
     *
     * @return the start date
     */
    public LocalDate start() {
        return from;
    }

    /**
     * The first day on which this version no longer exists.
     *
     * @return the end date (exclusive), or empty if still valid
     */
    public Optional<LocalDate> end() {
        return Optional.ofNullable(until);
    }

    /**
     * Whether the interval contains a date.
     *
     * @param date a date
     * @return true if {@code from <= date < until}
     */
    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && (until == null || date.isBefore(until));
    }

    /**
     * Whether two intervals share a day.
     *
     * @param other another interval
     * @return true if they overlap
     */
    public boolean overlaps(Validity other) {
        boolean thisStartsBeforeOtherEnds = other.until == null || from.isBefore(other.until);
        boolean otherStartsBeforeThisEnds = until == null || other.from.isBefore(until);
        return thisStartsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }

    /**
     * The same interval closed on a date.
     *
     * @param end the exclusive end
     * @return [start, end)
     */
    public Validity endingOn(LocalDate end) {
        return between(from, end);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Validity && ((Validity) o).from.equals(from) && Objects.equals(((Validity) o).until, until);
    }

    @Override
    public int hashCode() {
        return Objects.hash(from, until);
    }

    /** The interval as a Vietnamese message writes it: "từ 01/01/2020 đến trước 01/07/2025". */
    String vietnamese() {
        return "từ " + Language.VIETNAMESE.format(from) + (until == null ? ""
                : " đến trước " + Language.VIETNAMESE.format(until));
    }

    @Override
    public String toString() {
        return "[" + from + ", " + (until == null ? "…" : until) + ")";
    }
}
