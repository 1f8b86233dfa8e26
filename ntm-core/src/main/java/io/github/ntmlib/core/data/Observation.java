package io.github.ntmlib.core.data;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One indicator value of one unit for one year (số liệu chỉ tiêu), optionally as of a date within
 * it ("tính đến 30/11/2024").
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Observation {

    private final String unit;
    private final String indicator;
    private final int year;
    private final Value value;
    private final DataSource source;
    private final @Nullable LocalDate asOf;

    private Observation(String unit, String indicator, int year, Value value, DataSource source,
            Optional<LocalDate> asOf) {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(asOf, "asOf");
        asOf.ifPresent(d -> {
            if (d.getYear() != year) {
                throw new IllegalArgumentException("value of " + year + " measured on " + d + ", outside its year");
            }
        });
        this.unit = unit;
        this.indicator = indicator;
        this.year = year;
        this.value = value;
        this.source = source;
        this.asOf = asOf.orElse(null);
    }

    /**
     * Observation, validated.
     *
     * @param unit the unit
     * @param indicator the indicator
     * @param year the year
     * @param value the value
     * @param source the source
     * @param asOf the as of
     * @return the observation
     */
    public static Observation of(String unit, String indicator, int year, Value value, DataSource source,
            Optional<LocalDate> asOf) {
        return new Observation(unit, indicator, year, value, source, asOf);
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
     * The indicator code, e.g. "3.1".
     *
     * @return the indicator code, e.g. "3.1"
     */
    public String indicator() {
        return indicator;
    }

    /**
     * The year the value describes; it selects year-dependent thresholds.
     *
     * @return the year the value describes; it selects year-dependent thresholds
     */
    public int year() {
        return year;
    }

    /**
     * The value.
     *
     * @return the value
     */
    public Value value() {
        return value;
    }

    /**
     * Who reported it and where it was read.
     *
     * @return who reported it and where it was read
     */
    public DataSource source() {
        return source;
    }

    /**
     * The date the value was measured at, if the report states one.
     *
     * @return the date the value was measured at, if the report states one
     */
    public Optional<LocalDate> asOf() {
        return Optional.ofNullable(asOf);
    }

    /**
     * A value for a year, without an as-of date.
     *
     * @param unit      the unit code
     * @param indicator the indicator code
     * @param year      the year
     * @param value     the value
     * @param source    the source
     * @return the observation
     */
    public static Observation of(String unit, String indicator, int year, Value value, DataSource source) {
        return new Observation(unit, indicator, year, value, source, Optional.empty());
    }


    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Observation)) {
            return false;
        }
        Observation o = (Observation) other;
        return Objects.equals(unit, o.unit)
                && Objects.equals(indicator, o.indicator)
                && Objects.equals(year, o.year)
                && Objects.equals(value, o.value)
                && Objects.equals(source, o.source)
                && Objects.equals(asOf, o.asOf);
    }

    @Override
    public int hashCode() {
        return Objects.hash(unit, indicator, year, value, source, asOf);
    }

    @Override
    public String toString() {
        return "Observation[" + "unit=" + unit + ", " + "indicator=" + indicator + ", " + "year=" + year
                + ", " + "value=" + value + ", " + "source=" + source + ", " + "asOf=" + asOf + "]";
    }
}
