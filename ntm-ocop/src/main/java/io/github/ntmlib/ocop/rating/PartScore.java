package io.github.ntmlib.ocop.rating;

import io.github.ntmlib.ocop.OcopDataException;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The subtotal of a part (điểm phần A/B/C) with its groups.
 *
 * @param code   "A", "B" or "C"
 * @param title  the part title
 * @param score  the exact (average) points
 * @param max    the part maximum
 * @param groups the group subtotals
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record PartScore(String code, String title, Score score, int max, List<GroupScore> groups) {

    /**
     * Validates and copies.
     *
     * @param code   the code
     * @param title  the title
     * @param score  the points
     * @param max    the maximum
     * @param groups the groups
     */
    public PartScore {
        OcopDataException.requirePresent(code, null, "code");
        OcopDataException.requirePresent(score, null, "score");
        groups = List.copyOf(groups);
    }
}
