package io.github.ntmlib.core.criteria;

import io.github.ntmlib.base.Labelled;

/** The outcome of judging an indicator, a criterion or a standard. */
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
        boolean unknown = false;
        for (Verdict v : verdicts) {
            if (v == NOT_MET) {
                return NOT_MET;
            }
            unknown |= v == NOT_ASSESSED;
        }
        return unknown ? NOT_ASSESSED : MET;
    }
}
