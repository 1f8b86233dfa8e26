package io.github.ntmlib.core.data;

/** The kinds of indicator value. */
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
