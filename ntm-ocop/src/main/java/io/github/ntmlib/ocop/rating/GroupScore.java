package io.github.ntmlib.ocop.rating;

import io.github.ntmlib.ocop.OcopDataException;
import org.apiguardian.api.API;

/**
 * The subtotal of a criterion group (điểm nhóm tiêu chí).
 *
 * @param code  the group code, e.g. "1"
 * @param title the group title
 * @param score the exact (average) points
 * @param max   the group maximum
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record GroupScore(String code, String title, Score score, int max) {

    /**
     * Validates.
     *
     * @param code  the code
     * @param title the title
     * @param score the points
     * @param max   the maximum
     */
    public GroupScore {
        OcopDataException.requirePresent(code, null, "code");
        OcopDataException.requirePresent(score, null, "score");
    }
}
