package io.github.ntmlib.ocop.rating;

import io.github.ntmlib.ocop.OcopDataException;
import java.util.OptionalInt;
import org.apiguardian.api.API;

/**
 * One change of upgrade advice: tick another option on a criterion.
 *
 * @param criterion  the criterion code
 * @param from       the option ticked now ({@link Scorecard#NONE_MET} for none), or empty when the
 *                   criterion does not apply now (a conditional criterion that the advice makes apply)
 * @param to         the option to reach
 * @param pointsFrom the points now
 * @param pointsTo   the points after the change
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record OptionChange(String criterion, OptionalInt from, int to, int pointsFrom, int pointsTo) {

    /**
     * Validates.
     *
     * @param criterion  the criterion
     * @param from       the current option, or empty
     * @param to         the new option
     * @param pointsFrom the current points
     * @param pointsTo   the new points
     */
    public OptionChange {
        OcopDataException.requirePresent(criterion, null, "criterion");
        OcopDataException.requirePresent(from, null, "from");
    }

    /**
     * The points this change adds.
     *
     * @return {@code pointsTo - pointsFrom}
     */
    public int gain() {
        return pointsTo - pointsFrom;
    }
}
