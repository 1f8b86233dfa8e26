package io.github.ntmlib.testkit.conformance;

import org.apiguardian.api.API;

/**
 * The checks of the conformance kit for criteria-set plugins.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Check {
    /** Every threshold has a provenance (a verified value names its document) or a declared status. */
    PROVENANCE,
    /**
     * Evaluation is monotone in each indicator's direction, and the verified threshold is where the
     * verdict changes.
     */
    MONOTONE,
    /** A nested standard applies within its base's kinds and is never met where its base is not. */
    NESTING,
    /** Every standard and criterion applies to a kind that exists in the set's hierarchy. */
    KINDS,
    /** An overlay that tightens a verified value takes effect; one that loosens it never does. */
    OVERLAYS,
    /**
     * An evaluation written as JSON reads back equal to the one written, writes the same text, and
     * names only criteria of the set.
     */
    JSON_ROUND_TRIP,
    /**
     * On contexts of generated worlds, every criterion's {@code verdict(context)} equals its {@code
     * evaluate(context).verdict()}.
     */
    CRITERION_VERDICT,
    /**
     * On generated worlds, the engine's verdicts run equals the full evaluation's verdicts, in both
     * counting modes, sequential and parallel.
     */
    VERDICTS_MODE
}
