package io.github.ntmlib.finance.disbursement;

import io.github.ntmlib.base.Labelled;
import io.github.ntmlib.base.Labels;

/**
 * What a disbursement rate is measured against (cơ sở tính tỷ lệ giải ngân). Reports differ on
 * whether capital extended from earlier years counts, so every rate states its base.
 */
public enum RateBase implements Labelled {
    /** Only capital allocated for the plan year itself (kế hoạch vốn năm). */
    PLAN_YEAR_ONLY("kế hoạch vốn năm", "the plan year's capital"),
    /** The plan year's capital plus capital of earlier years extended into it (kể cả vốn kéo dài). */
    PLAN_YEAR_WITH_EXTENDED("kế hoạch vốn năm và vốn các năm trước kéo dài sang", "the plan year's capital and earlier years' capital extended into it");

    private final Labels labels;

    RateBase(String vietnamese, String english) {
        this.labels = Labels.of(vietnamese, english);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
