package io.github.ntmlib.core.criteria;

import org.apiguardian.api.API;

/**
 * Where a criterion's verdict came from.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum Origin {
    /** Computed from indicator values and thresholds. */
    INDICATORS,
    /** Recorded by the department that assesses the criterion as a whole. */
    RECORDED,
    /** Computed from the standards held by units below (aggregate condition). */
    AGGREGATE,
    /** Computed by code of the criteria set (a rule that is not a plain threshold). */
    RULE
}
