package io.github.ntmlib.core.report;

import io.github.ntmlib.base.Labelled;
import io.github.ntmlib.core.criteria.CountingMode;
import io.github.ntmlib.core.engine.StandardResult;
import io.github.ntmlib.core.criteria.Verdict;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A unit's standing for a standard in one evaluation, in a counting mode: held (recognised, or
 * met when computed), not held, not assessed (computed only: data missing), or the standard does
 * not apply to the unit's kind.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Standing implements Labelled {
    /** Held: recognised (official) or met (computed). */
    HELD,
    /** Not held: not recognised (official) or not met (computed). */
    NOT_HELD,
    /** Computed attainment not assessed: some data is missing. */
    NOT_ASSESSED,
    /** The standard does not apply to the unit's kind. */
    NOT_APPLICABLE;

    /**
     * The standing a result gives in a counting mode.
     *
     * @param result the unit's result for the standard, empty when the standard does not apply
     * @param mode   official (recognition) or computed (attainment)
     * @return the standing
     */
    public static Standing of(Optional<StandardResult> result, CountingMode mode) {
        if (result.isEmpty()) {
            return NOT_APPLICABLE;
        }
        StandardResult r = result.get();
        if (mode == CountingMode.OFFICIAL) {
            return r.isRecognised() ? HELD : NOT_HELD;
        }
        return r.verdict() == Verdict.MET ? HELD : r.verdict() == Verdict.NOT_MET ? NOT_HELD : NOT_ASSESSED;
    }
}
