package io.github.ntmlib.core.criteria;

/** The outcome of judging an indicator, a criterion or a standard. */
public enum Verdict {
    /** Met (đạt). */
    MET("đạt", "met"),
    /** Not met (chưa đạt). */
    NOT_MET("chưa đạt", "not met"),
    /** Not assessed (chưa đánh giá): data missing or threshold not set. Never counted as met. */
    NOT_ASSESSED("chưa đánh giá", "not assessed");

    private final String vietnamese;
    private final String english;

    Verdict(String vietnamese, String english) {
        this.vietnamese = vietnamese;
        this.english = english;
    }

    /**
     * The Vietnamese label.
     *
     * @return e.g. "chưa đạt"
     */
    public String vietnamese() {
        return vietnamese;
    }

    /**
     * The English label.
     *
     * @return e.g. "not met"
     */
    public String english() {
        return english;
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
