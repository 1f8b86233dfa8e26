package io.github.ntmlib.core.criteria;

import org.apiguardian.api.API;

/**
 * Whether a threshold's value is known, and who sets it.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum ThresholdStatus {
    /** The value was read from the legal text. */
    VERIFIED,
    /** The national set leaves the value to the province (do tỉnh quy định): an overlay supplies it. */
    SET_BY_PROVINCE,
    /** The value exists in law but could not be read: it must be supplied as data. */
    NOT_ENCODED
}
