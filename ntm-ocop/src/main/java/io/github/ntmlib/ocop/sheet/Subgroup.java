package io.github.ntmlib.ocop.sheet;

import io.github.ntmlib.ocop.OcopDataException;
import org.apiguardian.api.API;

/**
 * A subgroup of criteria inside a group (sheets 11 and 13, e.g. "6.1 Ngoại hình" holding 6.1.1 to 6.1.5).
 *
 * @param code   the code, e.g. "6.1"
 * @param title  the title as printed
 * @param points the subgroup total, equal to the sum of its criteria maxima
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Subgroup(String code, String title, int points) {

    /**
     * Validates.
     *
     * @param code   the code
     * @param title  the title
     * @param points the total
     */
    public Subgroup {
        OcopDataException.requirePresent(code, null, "code");
        OcopDataException.requirePresent(title, null, "title");
    }
}
