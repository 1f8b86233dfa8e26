package io.github.ntmlib.core.report;

import org.apiguardian.api.API;

/**
 * Whether a unit formed by a reorganisation takes over its predecessors' official status. No
 * national rule was found for the July 2025 mergers, so the choice is the caller's; earlier
 * rounds required a formal re-acknowledgement (thừa nhận, guidance 5424/BNN-VPĐP of 2023).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum CarryOverPolicy implements io.github.ntmlib.base.Labelled {
    /** Never carried over: the new unit must be recognised or re-acknowledged anew. */
    REQUIRE_REACKNOWLEDGEMENT,
    /**
     * Carried over when every predecessor that went into it wholly, of a kind the standard applies to,
     * held the standard, and there is at least one such predecessor.
     */
    ALL_FULL_PREDECESSORS,
    /**
     * Carried over when every predecessor, whole or partial, of a kind the standard applies to held the
     * standard, and there is at least one such predecessor.
     */
    ALL_PREDECESSORS
}
