package io.github.ntmlib.plan;

import io.github.ntmlib.base.Labelled;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A unit the plan may not choose, and why: excluded by the province, or already in another plan.
 * Neither is counted toward the target.
 *
 * @param unit the unit code
 * @param kind why it cannot be targeted
 * @param note the province's note, may be empty
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Exclusion(String unit, Kind kind, String note) {

    /**
     * Validates.
     *
     * @param unit the unit code
     * @param kind the kind
     * @param note the note
     */
    public Exclusion {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(note, "note");
        if (unit.isBlank()) {
            throw new IllegalArgumentException("an exclusion needs a unit code");
        }
    }

    /**
     * Why a unit cannot be targeted.
     *
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public enum Kind implements Labelled {
        /** Excluded by the province. */
        EXCLUDED,
        /** Already registered in another plan. */
        IN_ANOTHER_PLAN;
    }
}
