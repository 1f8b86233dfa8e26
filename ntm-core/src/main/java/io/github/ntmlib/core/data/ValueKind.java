package io.github.ntmlib.core.data;

import org.apiguardian.api.API;

/**
 * The kinds of indicator value.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum ValueKind {
    /** Met or not met (đạt / không đạt). */
    FLAG,
    /** A quantity with a unit. */
    QUANTITY,
    /** A ratio of two parts, compared as a percentage. */
    RATIO,
    /** A whole count. */
    COUNT,
    /** A grade on an ordered scale. */
    GRADE
}
