package io.github.ntmlib.core.criteria;

import io.github.ntmlib.base.Labelled;
import io.github.ntmlib.base.Labels;

/** The outcome of judging an indicator, a criterion or a standard. */
public enum Verdict implements Labelled {
    /** Met (đạt). */
    MET("đạt", "met"),
    /** Not met (chưa đạt). */
    NOT_MET("chưa đạt", "not met"),
    /** Not assessed (chưa đánh giá): data missing or threshold not set. Never counted as met. */
    NOT_ASSESSED("chưa đánh giá", "not assessed");

    private final Labels labels;

    Verdict(String vietnamese, String english) {
        this.labels = Labels.of(vietnamese, english);
    }


    @Override
    public Labels labels() {
        return labels;
    }

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
