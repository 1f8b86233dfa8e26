package io.github.ntmlib.ocop.rating;

import io.github.ntmlib.ocop.OcopDataException;
import io.github.ntmlib.ocop.Stars;
import org.apiguardian.api.API;

/**
 * One star marker checked: the criterion's (average) points against the points of the marked option.
 *
 * @param stars     the level the marker is for
 * @param criterion the criterion code
 * @param option    the marked option's number
 * @param required  the marked option's points
 * @param achieved  the points achieved on the criterion (the council average)
 * @param met       whether {@code achieved >= required}
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record MarkerCheck(Stars stars, String criterion, int option, int required, Score achieved, boolean met) {

    /**
     * Validates.
     *
     * @param stars     the level
     * @param criterion the criterion
     * @param option    the marked option
     * @param required  the required points
     * @param achieved  the achieved points
     * @param met       whether met
     */
    public MarkerCheck {
        OcopDataException.requirePresent(stars, null, "stars");
        OcopDataException.requirePresent(criterion, null, "criterion");
        OcopDataException.requirePresent(achieved, null, "achieved");
    }
}
