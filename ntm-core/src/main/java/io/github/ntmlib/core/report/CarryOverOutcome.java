package io.github.ntmlib.core.report;

import io.github.ntmlib.base.Labelled;
import org.apiguardian.api.API;

/**
 * What a carry-over policy decided for one unit and standard.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum CarryOverOutcome implements Labelled {
    /** The policy's condition holds: the status is carried over (kế thừa). */
    CARRIED_OVER,
    /** The policy's condition fails: the unit must be recognised anew. */
    NOT_CARRIED_OVER,
    /** The policy never carries statuses over: the unit must be re-acknowledged (thừa nhận lại). */
    REACKNOWLEDGEMENT_REQUIRED,
    /** The standard does not apply to the new unit's kind (commune NTM for a phường): never granted. */
    NOT_APPLICABLE_TO_UNIT;

}
