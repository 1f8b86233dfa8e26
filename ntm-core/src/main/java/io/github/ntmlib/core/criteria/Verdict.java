package io.github.ntmlib.core.criteria;

import io.github.ntmlib.base.Labelled;
import org.apiguardian.api.API;

/**
 * The outcome of judging an indicator, a criterion or a standard.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum Verdict implements Labelled {
    /** Met (đạt). */
    MET,
    /** Not met (chưa đạt). */
    NOT_MET,
    /** Not assessed (chưa đánh giá): data missing or threshold not set. Never counted as met. */
    NOT_ASSESSED;

    /**
     * Combines the verdicts of parts that must all be met: any not met gives not met; otherwise
     * any not assessed gives not assessed; otherwise met.
     *
     * @param verdicts the parts' verdicts
     * @return the combined verdict; met for no parts
     */
    public static Verdict allOf(Iterable<Verdict> verdicts) {
        Verdict all = MET;
        for (Verdict v : verdicts) {
            all = all.and(v);
        }
        return all;
    }

    /**
     * This verdict and another part's, both required: the one encoding of "every part must be
     * met" ({@link #allOf} folds it). Not met wins over not assessed, which wins over met.
     *
     * @param other the other part's verdict
     * @return the combined verdict
     */
    public Verdict and(Verdict other) {
        return this == NOT_MET || other == NOT_MET ? NOT_MET
                : this == NOT_ASSESSED || other == NOT_ASSESSED ? NOT_ASSESSED : MET;
    }
}
