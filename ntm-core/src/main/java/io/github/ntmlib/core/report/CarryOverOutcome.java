package io.github.ntmlib.core.report;

import io.github.ntmlib.base.Labelled;
import io.github.ntmlib.base.Labels;

/** What a carry-over policy decided for one unit and standard. */
public enum CarryOverOutcome implements Labelled {
    /** The policy's condition holds: the status is carried over (kế thừa). */
    CARRIED_OVER("kế thừa", "carried over"),
    /** The policy's condition fails: the unit must be recognised anew. */
    NOT_CARRIED_OVER("không kế thừa", "not carried over"),
    /** The policy never carries statuses over: the unit must be re-acknowledged (thừa nhận lại). */
    REACKNOWLEDGEMENT_REQUIRED("phải thừa nhận lại", "re-acknowledgement required"),
    /** The standard does not apply to the new unit's kind (commune NTM for a phường): never granted. */
    NOT_APPLICABLE_TO_UNIT("không áp dụng", "not applicable to the unit's kind");

    private final Labels labels;

    CarryOverOutcome(String vietnamese, String english) {
        this.labels = Labels.of(vietnamese, english);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
