package io.github.ntmlib.core.data;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One indicator value of one unit for one year (số liệu chỉ tiêu), optionally as of a date within
 * it ("tính đến 30/11/2024").
 *
 * @param unit      the unit code
 * @param indicator the indicator code, e.g. "3.1"
 * @param year      the year the value describes; it selects year-dependent thresholds
 * @param value     the value
 * @param source    who reported it and where it was read
 * @param asOf      the date the value was measured at, if the report states one
 */
public record Observation(String unit, String indicator, int year, Value value, DataSource source,
        Optional<LocalDate> asOf) {

    /**
     * A value for a year, without an as-of date.
     *
     * @param unit      the unit code
     * @param indicator the indicator code
     * @param year      the year
     * @param value     the value
     * @param source    the source
     */
    public Observation(String unit, String indicator, int year, Value value, DataSource source) {
        this(unit, indicator, year, value, source, Optional.empty());
    }

    /**
     * Validates the components.
     *
     * @param unit      the unit code
     * @param indicator the indicator code
     * @param year      the year
     * @param value     the value
     * @param source    the source
     * @param asOf      the measurement date, if stated
     */
    public Observation {
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
    }
}
