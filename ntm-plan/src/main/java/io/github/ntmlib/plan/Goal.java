package io.github.ntmlib.plan;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A standard and how many units of the scope should hold it: "20 more xã nâng cao".
 *
 * @param standard the standard's id in the evaluation's criteria set
 * @param target   how many
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Goal(String standard, Target target) {

    /**
     * Validates.
     *
     * @param standard the standard id
     * @param target   the target
     */
    public Goal {
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(target, "target");
        if (standard.isBlank()) {
            throw new IllegalArgumentException("a goal needs a standard");
        }
    }

    /**
     * A goal.
     *
     * @param standard the standard id
     * @param target   how many units
     * @return the goal
     */
    public static Goal of(String standard, Target target) {
        return new Goal(standard, target);
    }
}
