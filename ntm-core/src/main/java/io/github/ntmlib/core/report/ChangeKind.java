package io.github.ntmlib.core.report;

import io.github.ntmlib.base.Labelled;
import org.apiguardian.api.API;

/**
 * What happened to a standard between two evaluations for one group of matched units (the same
 * unit, or the units a merger or split joins through the lineage). Held means recognised in the
 * official counting mode and met in the computed one.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ChangeKind implements Labelled {
    /** Every unit before held it and every unit after holds it (giữ chuẩn). */
    KEPT,
    /** No unit before held it; every unit after holds it (đạt mới). */
    GAINED,
    /** Every unit before held it; no unit after holds it (mất chuẩn). */
    LOST,
    /** Held by none before and none after. */
    NOT_HELD,
    /**
     * The units on one side differed (a merged commune whose predecessors did not all hold it, or
     * a split one whose parts differ): reported with every unit's standing, never decided.
     */
    MIXED,
    /** Not assessed on one side (missing data): neither a gain nor a loss. */
    NOT_ASSESSED,
    /** The standard did not apply to the units before and applies after (a phường become a xã). */
    NEWLY_APPLICABLE,
    /** The standard applied before and does not apply after (a xã become a phường). */
    NO_LONGER_APPLICABLE,
    /** A unit after with no unit before in the lineage (a new code the lineage gives no origin for). */
    NO_PREDECESSOR,
    /** A unit before with no unit after in the lineage (ended, the lineage names no successor). */
    NO_SUCCESSOR;

    /**
     * Whether the change compares a held status on both sides (kept, gained, lost, held by none).
     *
     * @return true for those four
     */
    public boolean isDecided() {
        return this == KEPT || this == GAINED || this == LOST || this == NOT_HELD;
    }

    /**
     * The change seen from the other side: gained and lost, newly and no longer applicable, no
     * predecessor and no successor swap; the others stay.
     *
     * @return the mirror change
     */
    public ChangeKind reversed() {
        switch (this) {
            case GAINED:
                return LOST;
            case LOST:
                return GAINED;
            case NEWLY_APPLICABLE:
                return NO_LONGER_APPLICABLE;
            case NO_LONGER_APPLICABLE:
                return NEWLY_APPLICABLE;
            case NO_PREDECESSOR:
                return NO_SUCCESSOR;
            case NO_SUCCESSOR:
                return NO_PREDECESSOR;
            default:
                return this;
        }
    }
}
