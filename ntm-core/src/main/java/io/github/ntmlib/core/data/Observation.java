package io.github.ntmlib.core.data;

import java.util.Objects;

/**
 * One indicator value of one unit for one year (số liệu chỉ tiêu).
 *
 * @param unit      the unit code
 * @param indicator the indicator code, e.g. "3.1"
 * @param year      the year the value describes
 * @param value     the value
 * @param source    who reported it and where it was read
 */
public record Observation(String unit, String indicator, int year, Value value, DataSource source) {

    /**
     * Validates the components.
     *
     * @param unit      the unit code
     * @param indicator the indicator code
     * @param year      the year
     * @param value     the value
     * @param source    the source
     */
    public Observation {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
    }
}
