package io.github.ntmlib.core.data;

import io.github.ntmlib.base.Labelled;
import org.apiguardian.api.API;

/**
 * A sector department's rating of a criterion as a whole.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum Assessment implements Labelled {
    /** Đạt (met). */
    MET,
    /** Cơ bản đạt (basically met): not yet met for recognition. */
    BASICALLY_MET,
    /** Chưa đạt (not met). */
    NOT_MET;

}
