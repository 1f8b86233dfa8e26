package io.github.ntmlib.core.data;

/** A sector department's rating of a criterion as a whole. */
public enum Assessment {
    /** Đạt (met). */
    MET("đạt", "met"),
    /** Cơ bản đạt (basically met): not yet met for recognition. */
    BASICALLY_MET("cơ bản đạt", "basically met"),
    /** Chưa đạt (not met). */
    NOT_MET("chưa đạt", "not met");

    private final String vietnamese;
    private final String english;

    Assessment(String vietnamese, String english) {
        this.vietnamese = vietnamese;
        this.english = english;
    }

    /**
     * The Vietnamese label.
     *
     * @return e.g. "cơ bản đạt"
     */
    public String vietnamese() {
        return vietnamese;
    }

    /**
     * The English label.
     *
     * @return e.g. "basically met"
     */
    public String english() {
        return english;
    }
}
