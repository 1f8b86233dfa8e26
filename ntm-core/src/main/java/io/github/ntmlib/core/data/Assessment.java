package io.github.ntmlib.core.data;

import io.github.ntmlib.base.Labelled;
import io.github.ntmlib.base.Labels;

/** A sector department's rating of a criterion as a whole. */
public enum Assessment implements Labelled {
    /** Đạt (met). */
    MET("đạt", "met"),
    /** Cơ bản đạt (basically met): not yet met for recognition. */
    BASICALLY_MET("cơ bản đạt", "basically met"),
    /** Chưa đạt (not met). */
    NOT_MET("chưa đạt", "not met");

    private final Labels labels;

    Assessment(String vietnamese, String english) {
        this.labels = Labels.of(vietnamese, english);
    }


    @Override
    public Labels labels() {
        return labels;
    }
}
